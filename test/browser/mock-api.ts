/**
 * A stand-in for the Orbit HTTP API that serves web/dist and canned answers written here (a
 * short fictional corpus, including hostile text), so the UI's rendering of every panel can be
 * tested deterministically, independent of what the extractors find. `empty` mode answers every
 * list with nothing and leaves optional fields out, to test empty states.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

export const HOSTILE_TITLE = 'Ministers meet <script>window.__orbitXss=1</script> in Tbilisi';
const HOSTILE_LINE =
  'A reader comment said <img src=x onerror="window.__orbitXss=2"> and <b>bold</b> claims.';

const DOC1 = 'doc1aaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const DOC2 = 'doc2bbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const DOC3 = 'doc3cccccccccccccccccccccccccccc';

/** Fictional article written for these tests. */
const TEXT1 = [
  'ASTANA, March 4 — Kazakhstan and Uzbekistan signed a water-sharing accord on Tuesday, the foreign ministry said.',
  '“We will build the canal together,” Minister Aidos Serikbay told reporters, according to the Steppe Herald.',
  HOSTILE_LINE,
  'The Collective Security Treaty Organization did not comment.',
].join('\n\n');

function span(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return out;
}

const ENTITIES = [
  {
    id: 'country:KZ',
    type: 'country',
    name: 'Kazakhstan',
    aliases: ['Kazakhstan', 'Qazaqstan'],
    mentions: 12,
    documents: 3,
  },
  {
    id: 'country:UZ',
    type: 'country',
    name: 'Uzbekistan',
    aliases: ['Uzbekistan'],
    mentions: 7,
    documents: 2,
  },
  {
    id: 'person:aidos-serikbay',
    type: 'person',
    name: 'Aidos Serikbay',
    aliases: ['Serikbay', 'Aidos Serikbay'],
    mentions: 4,
    documents: 2,
  },
  {
    id: 'org:csto',
    type: 'organization',
    name: 'Collective Security Treaty Organization',
    aliases: ['CSTO'],
    mentions: 3,
    documents: 2,
  },
  { id: 'media:steppe-herald', type: 'media', name: 'Steppe Herald', aliases: [], mentions: 2, documents: 1 },
  {
    id: 'location:astana',
    type: 'location',
    name: 'Astana',
    aliases: ['Nur-Sultan'],
    mentions: 2,
    documents: 2,
  },
  {
    id: 'person:x-hostile',
    type: 'person',
    name: '<img src=x onerror="window.__orbitXss=3">',
    aliases: [],
    mentions: 1,
    documents: 1,
  },
];

function mention(text: string, needle: string, entity: string, from = 0) {
  const e = ENTITIES.find((x) => x.id === entity)!;
  const s = span(text, needle, from);
  return { ...s, text: needle, entity, entityName: e.name, entityType: e.type };
}

const quote1 = {
  id: 'q1',
  document: DOC1,
  text: 'We will build the canal together,',
  ...span(TEXT1, 'We will build the canal together,'),
  direct: true,
  speaker: 'person:aidos-serikbay',
  speakerName: 'Aidos Serikbay',
  reportedBy: ['media:steppe-herald'],
  reportedByNames: ['Steppe Herald'],
  cue: 'told',
};
const event1 = {
  id: 'ev1',
  type: 'AGREE',
  mode: 'asserted',
  summary: 'Kazakhstan and Uzbekistan signed a water-sharing accord',
  actors: ['country:KZ'],
  targets: ['country:UZ'],
  location: 'location:astana',
  date: { start: '2025-03-04', end: '2025-03-04' },
  evidence: [
    {
      document: DOC1,
      ...span(TEXT1, 'Kazakhstan and Uzbekistan signed a water-sharing accord on Tuesday'),
      text: 'Kazakhstan and Uzbekistan signed a water-sharing accord on Tuesday',
    },
  ],
};

const DOCS = [
  {
    id: DOC1,
    source: 'fixtures/accord.txt',
    title: 'Kazakhstan and Uzbekistan sign water accord',
    published: '2025-03-04T10:00:00+05:00',
    outlet: 'Steppe Wire',
    language: 'en',
    words: 74,
  },
  {
    id: DOC2,
    source: 'fixtures/accord-copy.txt',
    title: 'Water accord signed (syndicated)',
    published: '2025-03-04T14:00:00+05:00',
    outlet: 'Daily Aggregator',
    language: 'en',
    words: 70,
  },
  {
    id: DOC3,
    source: 'fixtures/hostile.txt',
    title: HOSTILE_TITLE,
    published: '2025-03-05',
    outlet: 'Comment Board',
    language: 'en',
    words: 20,
  },
];

const DETAIL1 = {
  document: {
    ...DOCS[0],
    author: 'Staff reporter',
    originalSource: null,
    dateline: 'ASTANA',
    text: TEXT1,
    paragraphs: paragraphs(TEXT1),
    diagnostics: [],
  },
  mentions: [
    mention(TEXT1, 'ASTANA', 'location:astana'),
    mention(TEXT1, 'Kazakhstan', 'country:KZ'),
    mention(TEXT1, 'Uzbekistan', 'country:UZ'),
    mention(TEXT1, 'Aidos Serikbay', 'person:aidos-serikbay'),
    mention(TEXT1, 'Steppe Herald', 'media:steppe-herald'),
    mention(TEXT1, 'Collective Security Treaty Organization', 'org:csto'),
  ],
  quotes: [quote1],
  events: [event1],
  times: [
    {
      ...span(TEXT1, 'March 4'),
      text: 'March 4',
      value: { start: '2025-03-04', end: '2025-03-04' },
      kind: 'date',
    },
    {
      ...span(TEXT1, 'Tuesday'),
      text: 'Tuesday',
      value: { start: '2025-03-04', end: '2025-03-04' },
      kind: 'relative',
    },
  ],
  links: [{ from: DOC2, to: DOC1, type: 'syndicated', score: 0.97 }],
};

const ALIGN: {
  entity: string;
  entityName: string;
  bloc: string;
  period: string;
  score: number;
  evidence: unknown[];
  explanation?: string;
}[] = [];
{
  const base: Record<string, Record<string, number>> = {
    KZ: { russia: 0.35, turkey: 0.2, china: 0.4, west: 0.1 },
    UZ: { russia: 0.1, turkey: 0.3, china: 0.35, west: 0.15 },
    AM: { russia: -0.4, turkey: -0.5, china: 0.05, west: 0.45 },
    AZ: { russia: -0.1, turkey: 0.8, china: 0.1, west: 0.2 },
    GE: { russia: -0.6, turkey: 0.3, china: 0.1, west: 0.5 },
    KG: { russia: 0.6, turkey: 0.2, china: 0.3, west: -0.1 },
    TJ: { russia: 0.55, turkey: 0.05, china: 0.45, west: -0.2 },
    TM: { russia: 0.05, turkey: 0.15, china: 0.3, west: 0 },
  };
  const names: Record<string, string> = {
    KZ: 'Kazakhstan',
    UZ: 'Uzbekistan',
    AM: 'Armenia',
    AZ: 'Azerbaijan',
    GE: 'Georgia',
    KG: 'Kyrgyzstan',
    TJ: 'Tajikistan',
    TM: 'Turkmenistan',
  };
  const months = ['2025-01', '2025-02', '2025-03'];
  for (const [a2, blocs] of Object.entries(base))
    for (const [bloc, score] of Object.entries(blocs))
      months.forEach((period, i) =>
        ALIGN.push({
          entity: `country:${a2}`,
          entityName: names[a2],
          bloc,
          period,
          score: Math.max(-1, Math.min(1, score + (i - 1) * 0.05)),
          evidence: i === 2 && a2 === 'KZ' ? [event1.evidence[0]] : [],
          explanation: i === 2 && a2 === 'KZ' ? 'signed an accord with a bloc partner' : undefined,
        }),
      );
}

const ENTITY_KZ = {
  entity: {
    id: 'country:KZ',
    type: 'country',
    name: 'Kazakhstan',
    aliases: ['Kazakhstan', 'Qazaqstan', 'Казахстан'],
    roles: [],
    country: null,
    reasons: ['gazetteer match "Kazakhstan"'],
  },
  mentions: [
    {
      document: DOC1,
      title: DOCS[0].title,
      published: DOCS[0].published,
      ...span(TEXT1, 'Kazakhstan'),
      text: 'Kazakhstan',
      before: 'ASTANA, March 4 — ',
      after: ' and Uzbekistan signed a water-sharing',
    },
  ],
  quotesBy: [],
  quotesAbout: [{ ...quote1, title: DOCS[0].title, published: DOCS[0].published }],
  events: [event1],
  relations: [
    {
      type: 'member_of',
      from: 'country:KZ',
      to: 'org:csto',
      fromName: 'Kazakhstan',
      toName: 'Collective Security Treaty Organization',
      source: 'gazetteer',
      evidence: [],
      validFrom: '1992-05-15',
    },
    {
      type: 'partner_of',
      from: 'country:UZ',
      to: 'country:KZ',
      fromName: 'Uzbekistan',
      toName: 'Kazakhstan',
      source: 'text',
      evidence: event1.evidence,
    },
  ],
  alignment: ALIGN.filter((a) => a.entity === 'country:KZ'),
};

const ENTITY_PERSON = {
  entity: {
    id: 'person:aidos-serikbay',
    type: 'person',
    name: 'Aidos Serikbay',
    aliases: ['Serikbay'],
    roles: [
      { title: 'Foreign Minister', of: 'country:KZ', ofName: 'Kazakhstan', from: '2024-01-01', to: null },
    ],
    country: 'country:KZ',
    reasons: [],
  },
  mentions: [],
  quotesBy: [{ ...quote1, title: DOCS[0].title, published: DOCS[0].published }],
  quotesAbout: [],
  events: [],
  relations: [],
  alignment: [],
};

const GRAPH = {
  nodes: ENTITIES.slice(0, 6).map((e) => ({ id: e.id, label: e.name, type: e.type, weight: e.mentions })),
  edges: [
    { source: 'country:KZ', target: 'country:UZ', type: 'co_occurs', weight: 5 },
    { source: 'country:KZ', target: 'person:aidos-serikbay', type: 'holds_role', weight: 3 },
    { source: 'country:KZ', target: 'org:csto', type: 'member_of', weight: 2 },
    { source: 'person:aidos-serikbay', target: 'media:steppe-herald', type: 'co_occurs', weight: 1 },
    { source: 'location:astana', target: 'country:KZ', type: 'located_in', weight: 2 },
  ],
};

const HOSTILE_TEXT = `${HOSTILE_TITLE}\n\n${HOSTILE_LINE}\n\n</p><svg onload="window.__orbitXss=4"></svg>`;

const DETAIL3 = {
  document: {
    ...DOCS[2],
    author: '<script>window.__orbitXss=5</script>',
    originalSource: null,
    dateline: null,
    text: HOSTILE_TEXT,
    paragraphs: paragraphs(HOSTILE_TEXT),
    diagnostics: [],
  },
  mentions: [
    {
      ...span(HOSTILE_TEXT, 'Tbilisi'),
      text: 'Tbilisi',
      entity: 'person:x-hostile',
      entityName: ENTITIES[6].name,
      entityType: 'person',
    },
  ],
  quotes: [
    {
      id: 'q9',
      text: '<script>window.__orbitXss=6</script>',
      start: 0,
      end: 5,
      direct: true,
      speaker: 'person:x-hostile',
      speakerName: ENTITIES[6].name,
      reportedBy: [],
      reportedByNames: [],
      cue: null,
    },
  ],
  events: [],
  times: [],
  links: [],
};

type Answer = { status: number; body: unknown; type?: string };

function list<T>(all: T[], q: URLSearchParams): { items: T[]; total: number; limit: number; offset: number } {
  const limit = Number(q.get('limit')) || 50;
  const offset = Number(q.get('offset')) || 0;
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

function notFound(what: string): Answer {
  return { status: 404, body: { error: { code: 'ORBIT_E_UNKNOWN_ID', message: `no such ${what}` } } };
}

function answer(path: string, q: URLSearchParams, empty: boolean): Answer {
  const ok = (body: unknown): Answer => ({ status: 200, body });
  if (empty) {
    if (path === '/api/stats') return ok({ documents: 0 });
    if (path === '/api/blocs') return ok([]);
    if (path === '/api/graph') return ok({ nodes: [], edges: [] });
    if (path === '/api/brief') return { status: 200, body: '', type: 'text/markdown' };
    if (path.startsWith('/api/documents/')) return ok({ document: { id: path.split('/').pop() } });
    if (path.startsWith('/api/entities/'))
      return ok({ entity: { id: 'country:KZ', type: 'country', name: 'Kazakhstan' } });
    if (path.startsWith('/api/stories/')) return ok({ story: { id: 's1' } });
    return ok({ items: [], limit: 50, offset: 0 });
  }
  switch (path) {
    case '/api/stats':
      return ok({
        documents: 3,
        words: 164,
        languages: { en: 3 },
        outlets: DOCS.map((d) => ({ outlet: d.outlet, documents: 1 })),
        entities: { country: 2, person: 2, organization: 1, media: 1, location: 1 },
        mentions: 31,
        quotes: 2,
        events: 1,
        relations: 2,
        links: { syndicated: 1 },
        stories: 1,
        firstPublished: '2025-03-04',
        lastPublished: '2025-03-05',
      });
    case '/api/search': {
      const term = (q.get('q') ?? '').toLowerCase();
      const hits = DOCS.filter(
        (d) => (d.title ?? '').toLowerCase().includes(term) || TEXT1.toLowerCase().includes(term),
      ).map((d, i) => ({
        ...d,
        rank: 1 / (i + 1),
        snippet: `…the \u0002${q.get('q')}\u0003 accord <b>was</b> signed by \u0002both\u0003 sides…`,
      }));
      return ok(list(hits, q));
    }
    case '/api/search/facets': {
      const term = (q.get('q') ?? '').toLowerCase();
      const hits = DOCS.filter(
        (d) => (d.title ?? '').toLowerCase().includes(term) || TEXT1.toLowerCase().includes(term),
      );
      const count = (key: 'outlet' | 'language') => {
        const n = new Map<string, number>();
        for (const d of hits) if (d[key]) n.set(String(d[key]), (n.get(String(d[key])) ?? 0) + 1);
        return [...n].map(([value, c]) => ({ value, count: c }));
      };
      return ok({
        total: hits.length,
        facets: {
          outlet: count('outlet'),
          language: count('language'),
          month: [],
          entity: [],
          entityDocuments: hits.length,
        },
      });
    }
    case '/api/documents':
      return ok(list(DOCS, q));
    case '/api/entities':
      return ok(list(q.get('type') ? ENTITIES.filter((e) => e.type === q.get('type')) : ENTITIES, q));
    case '/api/quotes':
      return ok(list([{ ...quote1, title: DOCS[0].title, published: DOCS[0].published }], q));
    case '/api/events':
    case '/api/timeline':
      return ok(list([{ ...event1, sources: [DOCS[0], DOCS[1]] }], q));
    case '/api/alignment': {
      const all = ALIGN.filter(
        (a) =>
          (!q.get('bloc') || a.bloc === q.get('bloc')) && (!q.get('entity') || a.entity === q.get('entity')),
      );
      return ok({ items: all, total: all.length, limit: all.length, offset: 0 });
    }
    case '/api/blocs':
      return ok([
        { id: 'russia', name: 'Russia-led bloc', leader: 'country:RU', members: ['country:RU', 'org:csto'] },
        { id: 'turkey', name: 'Turkic world', leader: 'country:TR', members: ['country:TR'] },
        { id: 'china', name: 'China-led bloc', leader: 'country:CN', members: ['country:CN'] },
        { id: 'west', name: 'The West', leader: 'country:US', members: ['country:US'] },
      ]);
    case '/api/stories':
      return ok(
        list(
          [
            {
              id: 'story1',
              title: 'Water accord',
              documents: [DOC1, DOC2],
              firstDay: '2025-03-04',
              lastDay: '2025-03-04',
            },
          ],
          q,
        ),
      );
    case '/api/stories/story1':
      return ok({
        story: {
          id: 'story1',
          title: 'Water accord',
          documents: [DOC1, DOC2],
          firstDay: '2025-03-04',
          lastDay: '2025-03-04',
        },
        documents: DOCS.slice(0, 2),
        links: DETAIL1.links,
      });
    case '/api/graph':
      return ok(GRAPH);
    case '/api/brief':
      return {
        status: 200,
        body: `# Briefing\n\n## Key events\n\n- Kazakhstan and Uzbekistan signed an accord [\\[Water accord, “They signed.”\\]](/#/doc/${DOC1}?at=0-10)\n- quoted: <script>window.__orbitXss=7</script> [a link](javascript:window.__orbitXss=8)\n`,
        type: 'text/markdown',
      };
  }
  if (path === `/api/documents/${DOC1}`) return ok(DETAIL1);
  if (path === `/api/documents/${DOC3}`) return ok(DETAIL3);
  if (path.startsWith('/api/documents/')) return notFound('document');
  if (path === '/api/entities/country%3AKZ' || path === '/api/entities/country:KZ') return ok(ENTITY_KZ);
  if (path === '/api/entities/person%3Aaidos-serikbay' || path === '/api/entities/person:aidos-serikbay')
    return ok(ENTITY_PERSON);
  if (path.startsWith('/api/entities/')) return notFound('entity');
  return { status: 404, body: { error: { code: 'ORBIT_E_NOT_FOUND', message: `no route ${path}` } } };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function serveStatic(dist: string, path: string, res: ServerResponse): void {
  const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dist, safe);
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory())
    file = join(dist, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}

export async function startMockApi(
  dist: string,
  opts: { empty?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      const a = answer(url.pathname, url.searchParams, !!opts.empty);
      const isText = typeof a.body === 'string';
      res.writeHead(a.status, { 'content-type': a.type ?? (isText ? 'text/plain' : 'application/json') });
      res.end(isText ? (a.body as string) : JSON.stringify(a.body));
      return;
    }
    serveStatic(dist, url.pathname, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export const MOCK_IDS = { DOC1, DOC2, DOC3 };
