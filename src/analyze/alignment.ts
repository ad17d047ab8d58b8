/**
 * The alignment index: for each country × bloc × month, a score in [-1, 1] saying whether the
 * country moved toward (+) or away from (−) the bloc, with every piece of evidence and a
 * plain-language explanation. Weights are documented in docs/alignment.md; they live in WEIGHTS.
 *
 * Evidence, per item — only what happened or was explicitly said:
 * - asserted events between the country (or its officials, its capital, places in it) and a bloc
 *   member (the leader country, its officials, or a bloc organization): value = event intensity
 *   / 10 × who-says-it factor (deed, official statement inside a quotation, commentary) ×
 *   independent-source factor; a hedged report ("reportedly") counts half. Negated,
 *   hypothetical, intended and offered events never count: a treaty not signed, an attack called
 *   likely or a planned visit says nothing about where the country stands today;
 * - troops of a bloc organization the country belongs to, deployed into it, are alliance
 *   support (+), not a show of force;
 * - quotations by a country's speaker calling a bloc member "our ally/partner/friend";
 * - ally_of / partner_of (+) and in_conflict_with (−) relations stated in text.
 * The sum per cell is squashed with tanh. Period: the month of an explicit event date, else of the
 * publication (of the document or, for an undated copy, of the copy's source). Each contribution
 * is explained by one sentence an analyst can read ("+0.50: Kazakhstan signed an agreement with
 * China (14 Sep 2022, 2 sources)"), the cell by a closing sentence, never by a formula.
 */
import type { AlignmentScore, DocLink, Entity, OrbitEvent, Quote, Relation } from '../model/index.js';
import type { Span } from '../model/index.js';
import type { Bloc, Gazetteer } from '../resolve/gazetteer.js';

export const WEIGHTS = {
  /** an event reported as fact, not inside a quotation */
  deed: 1,
  /** an event inside a quotation whose speaker holds an office of one side */
  officialStatement: 0.7,
  /** an event inside any other quotation */
  commentary: 0.3,
  /** a report hedged by the outlet ("reportedly", "allegedly") */
  hedged: 0.5,
  /** each further independent source adds this fraction, up to `maxSourceFactor` */
  perExtraSource: 0.25,
  maxSourceFactor: 2,
  /** "X is our main ally" by an official / by anyone else */
  allyQuoteOfficial: 0.5,
  allyQuoteOther: 0.2,
  /** a text relation ally_of / partner_of (+) or in_conflict_with (−), per evidence sentence */
  relation: 0.3,
  /** tanh(sum / squash) */
  squash: 1,
} as const;

type Input = {
  entities: Entity[];
  events: (OrbitEvent & { sources?: number; intensity?: number })[];
  quotes: Quote[];
  relations: Relation[];
  /**
   * `text`: the document's text, which evidence spans are cut from. Without it a span keeps the
   * text it carries (events' and relations' evidence, a quotation's own text: each cut from the
   * same text when it was found), so a caller need not read a long document whole for a few spans
   * (the incremental update: src/corpus/incremental.ts).
   */
  docs: { id: string; published: string | null; outlet: string | null; text?: string }[];
  links: DocLink[];
  gaz: Gazetteer;
};

export type AlignmentResult = AlignmentScore & { explanation?: string[] };

type Contribution = { value: number; evidence: Span[]; line: string };

/**
 * A speaker calling another state "ours": "our main ally", "нашим стратегическим партнёром",
 * "stratejik ortağımız", "dost ve kardeş ülke". (JavaScript's \b knows only ASCII letters, so the
 * Russian and Turkish forms are bounded by non-letters instead.)
 */
const ALLY_CUE = new RegExp(
  [
    "\\b(?:our|my\\s+country's|my\\s+country’s)\\s+(?:\\p{L}+\\s+){0,3}?(?:ally|allies|partner|partners|friend|friends|brother|brothers)\\b",
    '(?<!\\p{L})наш(?:им|его|ему|ем|и|а|у|ей|ими|их)?\\s+(?:\\p{L}+\\s+){0,3}?(?:союзник|партн[её]р|друг|друзь|брат)\\p{L}*',
    '(?<!\\p{L})(?:союзник|партн[её]р|друг|брат)\\p{L}*\\s+наш(?:им|его|ему|ем|и|а|у|ей|ими|их)?(?!\\p{L})',
    '(?<!\\p{L})(?:müttefik|ortağ|dost|kardeş)(?:ımız|imiz|umuz|ümüz)(?:[dt][ıiuü]r)?(?!\\p{L})',
    '(?<!\\p{L})(?:dost\\s+ve\\s+)?kardeş\\s+(?:ülke|devlet|millet)',
  ].join('|'),
  'iu',
);
const NEG_CUE = /\b(?:not|never|no\s+longer|isn't|is\s+not|aren't)\b/iu;
/** Russian and Turkish negation next to the cue only: "не" is everywhere in a Russian quotation. */
const NEAR_NEG_CUE = /(?<!\p{L})(?:не|нет|никогда|değil|asla|hiçbir\s+zaman)(?!\p{L})/iu;

/** Whether the quotation calls a state "ours" (null), or says it is not (true) or is (false). */
function allyNegated(text: string): boolean | null {
  const m = ALLY_CUE.exec(text);
  if (!m) return null;
  const near = text.slice(Math.max(0, m.index - 25), m.index + m[0].length + 12);
  return NEG_CUE.test(text) || NEAR_NEG_CUE.test(near);
}
const FORMER = /\b(?:former|ex-|ex\s|late|then-)/iu;
const COPY = new Set(['duplicate', 'syndicated', 'rewrite', 'excerpt']);
const SYMMETRIC_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

const month = (d: string | null | undefined) => (d && /^\d{4}-\d{2}/.test(d) ? d.slice(0, 7) : null);
const fmt = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "14 Sep 2022", "Sep 2022", "2022" from an ISO date (or its prefix). */
export function humanDate(d: string | null | undefined): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(d ?? '');
  if (!m) return null;
  const mon = m[2] ? MONTHS[+m[2] - 1] : null;
  return [m[3] ? String(+m[3]) : null, mon, m[1]].filter(Boolean).join(' ');
}
/** When an event happened, in words: a stated day or range, "by <date>" for an inferred bound. */
export function eventWhen(date: { start: string | null; end: string | null; inferred?: boolean }): string {
  if (date.inferred) return date.end ? `by ${humanDate(date.end)}` : 'date not stated';
  const a = humanDate(date.start ?? date.end);
  const b = humanDate(date.end ?? date.start);
  if (!a) return 'date not stated';
  return a === b ? a : `${a} – ${b}`;
}
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function computeAlignment(input: Input): AlignmentResult[] {
  const { gaz } = input;
  if (!gaz || !Array.isArray(gaz.blocs) || !gaz.blocs.length) return [];
  const entities = input.entities ?? [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const docText = new Map<string, string>();
  for (const d of input.docs ?? []) if (typeof d.text === 'string') docText.set(d.id, d.text);
  const name = (id: string) => byId.get(id)?.name ?? gaz.byId(id)?.name ?? id;
  const isCountry = (id: string) => (byId.get(id)?.type ?? gaz.byId(id)?.type) === 'country';

  // --- publication month per document (an undated copy takes its source's)
  const pubMonth = new Map<string, string | null>();
  for (const d of input.docs ?? []) pubMonth.set(d.id, month(d.published));
  for (const l of input.links ?? []) {
    if (!COPY.has(l.type)) continue;
    if (!pubMonth.get(l.from) && pubMonth.get(l.to)) pubMonth.set(l.from, pubMonth.get(l.to)!);
    else if (!pubMonth.get(l.to) && pubMonth.get(l.from)) pubMonth.set(l.to, pubMonth.get(l.from)!);
  }

  // --- copies: documents linked by copy links form one source, so a statement they repeat counts once
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const l of input.links ?? []) if (COPY.has(l.type)) parent.set(root(l.from), root(l.to));
  /** First contribution per (source, key) wins; repeats only add their evidence to it. */
  const firstOf = new Map<string, Contribution>();
  const oncePerSource = (docId: string, key: string, c: Contribution): boolean => {
    const k = `${root(docId)}|${key}`;
    const prev = firstOf.get(k);
    if (prev) {
      prev.evidence.push(...c.evidence);
      return false;
    }
    firstOf.set(k, c);
    return true;
  };
  const statementKey = (s: string) =>
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  // --- who belongs to which country, who is an official
  const countryCache = new Map<string, { country: string | null; official: boolean }>();
  const countryOf = (id: string): { country: string | null; official: boolean } => {
    const hit = countryCache.get(id);
    if (hit) return hit;
    let res: { country: string | null; official: boolean } = { country: null, official: false };
    const e = byId.get(id);
    const g = gaz.byId(id);
    const type = e?.type ?? g?.type;
    if (type === 'country') res = { country: id, official: true };
    else if (g?.seatOf) res = { country: g.seatOf, official: true };
    else if (type === 'person') {
      const role = (e?.roles ?? []).find((r) => r.of && isCountry(r.of) && !r.to && !FORMER.test(r.title));
      if (role?.of) res = { country: role.of, official: true };
      else {
        const gr = (g?.roles ?? []).find((r) => r.of && r.of.startsWith('country:') && !r.to);
        if (gr?.of) res = { country: gr.of, official: true };
        else {
          const anyRole = (e?.roles ?? []).find((r) => r.of && isCountry(r.of));
          const c = e?.country ?? anyRole?.of ?? null;
          res = { country: c && isCountry(c) ? c : null, official: false };
        }
      }
    } else {
      const c = e?.country ?? g?.country ?? null;
      res = { country: c && isCountry(c) ? c : null, official: type === 'organization' };
    }
    countryCache.set(id, res);
    return res;
  };
  /**
   * The bloc organizations a participant stands for: itself, the organization it is part of
   * ("European Parliament" -> EU), or, for a person, the organization of a current office held
   * ("the EU's foreign policy chief", "NATO's Secretary General").
   */
  const orgsCache = new Map<string, string[]>();
  const orgsOf = (id: string): string[] => {
    const hit = orgsCache.get(id);
    if (hit) return hit;
    const out = [id];
    for (let g = gaz.byId(id); g?.partOf && !out.includes(g.partOf) && out.length < 6; g = gaz.byId(g.partOf))
      out.push(g.partOf);
    const e = byId.get(id);
    if ((e?.type ?? gaz.byId(id)?.type) === 'person') {
      for (const r of e?.roles ?? [])
        if (r.of && !isCountry(r.of) && !r.to && !FORMER.test(r.title)) out.push(r.of);
      for (const r of gaz.byId(id)?.roles ?? []) if (r.of && !isCountry(r.of) && !r.to) out.push(r.of);
    }
    orgsCache.set(id, out);
    return out;
  };
  const blocsOfParticipant = (id: string): Bloc[] => {
    const out = new Set<Bloc>();
    const orgs = orgsOf(id);
    for (const b of gaz.blocs) {
      if (orgs.some((o) => b.members.includes(o))) out.add(b);
      else {
        const c = countryOf(id).country;
        if (c && b.members.includes(c)) out.add(b);
      }
    }
    return [...out];
  };
  const directMember = (country: string, b: Bloc) => b.members.includes(country);
  /** Is `country` a member of organization `org` (a member of bloc `b`) at `period`? */
  const memberOfBlocOrg = (country: string, org: string, b: Bloc, period: string | null) => {
    if (!b.members.includes(org)) return false;
    try {
      return gaz.membershipsOf(country, period).some((m) => m.type === 'member_of' && m.org === org);
    } catch {
      return false;
    }
  };

  const cells = new Map<string, { entity: string; bloc: string; period: string; items: Contribution[] }>();
  const push = (country: string, bloc: Bloc, period: string | null, c: Contribution) => {
    if (!period || !c.value || !Number.isFinite(c.value) || directMember(country, bloc)) return;
    const k = `${country}|${bloc.id}|${period}`;
    const cell = cells.get(k) ?? { entity: country, bloc: bloc.id, period, items: [] };
    cell.items.push(c);
    cells.set(k, cell);
  };

  // --- quotations: which spans are inside one, and by whom
  const quotesByDoc = new Map<string, Quote[]>();
  for (const q of input.quotes ?? []) {
    const l = quotesByDoc.get(q.document);
    if (l) l.push(q);
    else quotesByDoc.set(q.document, [q]);
  }
  const quoteAround = (s: Span): Quote | null => {
    for (const q of quotesByDoc.get(s.document) ?? [])
      if (q.start < s.end && s.start < q.end && q.direct) return q;
    return null;
  };

  // --- events: only what happened (asserted; a hedged report counts less)
  for (const ev of input.events ?? []) {
    if (!ev || !ev.evidence?.length) continue;
    if ((ev.mode ?? 'asserted') !== 'asserted') continue;
    const intensity = typeof ev.intensity === 'number' ? ev.intensity : 0;
    if (!intensity) continue;
    const date = ev.date as { start: string | null; end: string | null; inferred?: boolean };
    const firstDoc =
      ev.evidence.map((s) => s.document).find((d) => pubMonth.get(d)) ?? ev.evidence[0].document;
    // an event dated by its year alone ("in 2024") is scored for that year
    const period =
      date.start && !date.inferred
        ? (month(date.start) ?? (/^\d{4}$/.test(date.start) ? date.start : null))
        : date.inferred
          ? month(date.end)
          : (pubMonth.get(firstDoc) ?? null);
    const sources = Math.max(1, ev.sources ?? 1);
    const sourceFactor = Math.min(WEIGHTS.maxSourceFactor, 1 + WEIGHTS.perExtraSource * (sources - 1));
    const sides: [string[], string[]] = [
      ev.actors ?? [],
      ev.targets?.length ? ev.targets : ev.location ? [ev.location] : [],
    ];
    // a meeting, an agreement, a joint project: everyone named took part with everyone else
    // ("X signed a declaration with Y and Z": Y and Z signed it together too)
    const everyone = [...new Set([...sides[0], ...sides[1]])];
    const pairings: (readonly [string[], string[]])[] = SYMMETRIC_TYPES.has(ev.type)
      ? [[everyone, everyone]]
      : [sides, [sides[1], sides[0]]];
    const seen = new Set<string>();
    for (const [xs, ys] of pairings) {
      for (const x of xs) {
        const { country } = countryOf(x);
        if (!country) continue;
        for (const y of ys) {
          if (y === x || countryOf(y).country === country) continue;
          for (const b of blocsOfParticipant(y)) {
            if (directMember(country, b)) continue;
            const k = `${country}|${b.id}`;
            if (seen.has(k)) continue;
            seen.add(k);
            let value = intensity / 10;
            // Troops of an alliance the country belongs to, sent into it: alliance support.
            if (ev.type === 'MOBILIZE' && xs === sides[1] && memberOfBlocOrg(country, y, b, period))
              value = Math.abs(value);
            const q = quoteAround(ev.evidence[0]);
            let who = '';
            let factor: number = WEIGHTS.deed;
            if (q) {
              const sp = q.speaker ? countryOf(q.speaker) : null;
              const isOfficial =
                !!sp?.official && !!sp.country && (sp.country === country || b.members.includes(sp.country));
              factor = isOfficial ? WEIGHTS.officialStatement : WEIGHTS.commentary;
              who = isOfficial ? `, as said by ${name(q.speaker!)}` : ', in a quotation';
            }
            if (ev.hedged) {
              factor *= WEIGHTS.hedged;
              who += ', reportedly';
            }
            value *= factor * sourceFactor;
            const line = `${fmt(value)}: ${stripModeNote(ev.summary)} (${eventWhen(date)}, ${plural(sources, 'source')}${who})`;
            push(country, b, period, { value, evidence: ev.evidence.map((s) => withText(s, docText)), line });
          }
        }
      }
    }
  }

  // --- quotations: "X is our main ally"
  const blocNames: { bloc: Bloc; id: string; re: RegExp }[] = [];
  for (const b of gaz.blocs) {
    for (const id of b.members) {
      const e = byId.get(id);
      if (!e) continue;
      const names = [e.name, ...(e.aliases ?? [])].filter((n) => n && n.length >= 2 && n.length <= 60);
      if (!names.length) continue;
      const alt = names.map(nameInAnyCase).join('|');
      blocNames.push({ bloc: b, id, re: new RegExp(`(?:^|[^\\p{L}])(?:${alt})(?:$|[^\\p{L}])`, 'u') });
    }
  }
  for (const q of input.quotes ?? []) {
    const negated = q.speaker ? allyNegated(q.text) : null;
    if (!q.speaker || negated === null) continue;
    const { country, official } = countryOf(q.speaker);
    if (!country) continue;
    const period = pubMonth.get(q.document) ?? null;
    const done = new Set<string>();
    for (const bn of blocNames) {
      if (done.has(bn.bloc.id) || !bn.re.test(q.text)) continue;
      done.add(bn.bloc.id);
      const value = (official ? WEIGHTS.allyQuoteOfficial : WEIGHTS.allyQuoteOther) * (negated ? -1 : 1);
      const line = `${fmt(value)}: ${name(q.speaker)} (${name(country)}) ${negated ? 'said' : 'called'} ${name(bn.id)} ${negated ? 'is not an ally or partner' : 'an ally or partner'}: “${clip(q.text, 90)}” (${humanDate(period) ?? 'date not stated'})`;
      const c: Contribution = {
        value,
        evidence: [withText({ document: q.document, start: q.start, end: q.end, text: q.text }, docText)],
        line,
      };
      if (oncePerSource(q.document, `quote|${q.speaker}|${bn.bloc.id}|${statementKey(q.text)}`, c))
        push(country, bn.bloc, period, c);
    }
  }

  // --- relations stated in text
  for (const r of input.relations ?? []) {
    if (r.source === 'gazetteer' || !r.evidence?.length) continue;
    const sign = r.type === 'ally_of' || r.type === 'partner_of' ? 1 : r.type === 'in_conflict_with' ? -1 : 0;
    if (!sign) continue;
    for (const [a, b] of [
      [r.from, r.to],
      [r.to, r.from],
    ] as const) {
      const { country } = countryOf(a);
      if (!country) continue;
      for (const bloc of blocsOfParticipant(b)) {
        for (const s of r.evidence) {
          const value = sign * WEIGHTS.relation;
          const rel =
            r.type === 'in_conflict_with'
              ? 'in conflict with'
              : r.type === 'ally_of'
                ? 'an ally of'
                : 'a partner of';
          const line = `${fmt(value)}: the text calls ${name(a)} ${rel} ${name(b)} (${humanDate(pubMonth.get(s.document)) ?? 'date not stated'})`;
          const c: Contribution = { value, evidence: [withText(s, docText)], line };
          if (oncePerSource(s.document, `rel|${r.type}|${a}|${b}|${bloc.id}`, c))
            push(country, bloc, pubMonth.get(s.document) ?? null, c);
        }
      }
    }
  }

  const out: AlignmentResult[] = [];
  for (const cell of cells.values()) {
    const sum = cell.items.reduce((a, c) => a + c.value, 0);
    const score = Math.round(Math.tanh(sum / WEIGHTS.squash) * 1000) / 1000;
    if (!score) continue;
    const evidence: Span[] = [];
    const seen = new Set<string>();
    for (const c of cell.items) {
      for (const s of c.evidence) {
        const k = `${s.document}|${s.start}|${s.end}`;
        if (!seen.has(k)) {
          seen.add(k);
          evidence.push(s);
        }
      }
    }
    const explanation = cell.items
      .slice()
      .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
      .map((c) => c.line);
    const toward = cell.items.filter((c) => c.value > 0).length;
    const away = cell.items.filter((c) => c.value < 0).length;
    const blocName = blocPhrase(gaz.blocs.find((b) => b.id === cell.bloc)?.name ?? cell.bloc);
    explanation.push(
      `Overall ${fmt(score)}: ${name(cell.entity)} ${score > 0 ? 'moved toward' : 'moved away from'} ${blocName} in ${humanDate(cell.period)} ` +
        `(${plural(toward, 'item')} toward, ${away} away; scores run from −1 to +1).`,
    );
    out.push({ entity: cell.entity, bloc: cell.bloc, period: cell.period, score, evidence, explanation });
  }
  return out.sort(
    (a, b) =>
      a.entity.localeCompare(b.entity) || a.bloc.localeCompare(b.bloc) || a.period.localeCompare(b.period),
  );
}

function withText(s: Span, docText: Map<string, string>): Span {
  const t = docText.get(s.document);
  if (t == null && typeof s.text === 'string')
    return { document: s.document, start: s.start, end: s.end, text: s.text };
  if (t == null || s.start < 0 || s.end > t.length || s.start > s.end)
    return { document: s.document, start: s.start, end: s.end };
  return { document: s.document, start: s.start, end: s.end, text: t.slice(s.start, s.end) };
}

/** The extraction's mode note ("(intended)") has no place in a line about what happened. */
function stripModeNote(summary: string): string {
  return summary.replace(/\s*\((?:negated|hypothetical|intended|offered)\)$/, '');
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/**
 * A bloc's name as it reads after "moved toward": "the Russia-led bloc", "the West", "Turkey and
 * the Turkic world" (the names in blocs.json are titles: "Russia-led bloc", "The West").
 */
/**
 * A name as a pattern that also finds its Russian case forms: a Cyrillic name ending in a vowel or
 * "й" ends in any short ending instead ("Россия" finds "России", "Россией"; "Китай" finds "Китаем").
 * Turkish suffixes follow an apostrophe ("Rusya'nın") and need nothing more.
 */
function nameInAnyCase(name: string): string {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = /^(.*[\u0400-\u04ff]{2})[аяйеоиы]$/u.exec(name);
  return m ? `${esc(m[1])}[\\u0400-\\u04ff]{0,3}` : esc(name);
}

export function blocPhrase(name: string): string {
  if (/^the\s/iu.test(name)) return `the ${name.slice(4)}`;
  if (/\bbloc$/iu.test(name)) return `the ${name}`;
  return name;
}
