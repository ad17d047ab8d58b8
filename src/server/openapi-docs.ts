/**
 * The documentation of every API response: each field described, with examples, for
 * /openapi.json and /docs. These schemas are for the document only (added by @fastify/swagger's
 * transform); they do not change how responses are serialised. test/openapi.test.ts checks that
 * every parameter and field is described and that real responses carry no undocumented field.
 */

type Schema = Record<string, unknown>;

const str = (description: string, example?: string): Schema => ({
  type: 'string',
  description,
  ...(example !== undefined ? { examples: [example] } : {}),
});
const strOrNull = (description: string, example?: string | null): Schema => ({
  type: ['string', 'null'],
  description,
  ...(example !== undefined ? { examples: [example] } : {}),
});
const int = (description: string, example?: number): Schema => ({
  type: 'integer',
  description,
  ...(example !== undefined ? { examples: [example] } : {}),
});
const num = (description: string, example?: number): Schema => ({
  type: 'number',
  description,
  ...(example !== undefined ? { examples: [example] } : {}),
});
const bool = (description: string): Schema => ({ type: 'boolean', description });
const arr = (description: string, items: Schema): Schema => ({ type: 'array', description, items });
const obj = (description: string, properties: Record<string, Schema>, extra: Schema = {}): Schema => ({
  type: 'object',
  description,
  properties,
  ...extra,
});
/** A map from keys to values, e.g. counts per language. */
const map = (description: string, values: Schema, example: Record<string, unknown>): Schema => ({
  type: 'object',
  description,
  additionalProperties: values,
  examples: [example],
});

const DOC_ID = 'e8eb73053d3a5bf307833314ec744372';
const ENTITY_ID = 'country:KZ';

/** An object schema with more properties. */
const withProperties = (o: Schema, more: Record<string, Schema>): Schema => ({
  ...o,
  properties: { ...(o.properties as Record<string, Schema>), ...more },
});

/** A paged list: items plus the limit and offset that were applied. */
const page = (what: string, item: Schema): Schema =>
  obj(
    `a page of ${what}`,
    {
      items: arr(`${what}, at most limit of them; fewer means the last page`, item),
      limit: int('the page size that was applied', 50),
      offset: int('the rows that were skipped', 0),
    },
    { required: ['items', 'limit', 'offset'] },
  );

export const errorDoc: Schema = obj(
  'an error, as data',
  {
    error: obj(
      'what went wrong',
      {
        code: str('stable error code (ORBIT_E_…, listed in src/errors.ts); match on this', 'ORBIT_E_USAGE'),
        message: str(
          'what went wrong, naming the parameter or id concerned',
          'unknown parameter "countr" (did you mean "country"?); accepted: limit, offset, entity, bloc, from, to',
        ),
      },
      { required: ['code', 'message'] },
    ),
  },
  { required: ['error'] },
);

const span: Schema = obj(
  "evidence: a range of a document's cleaned text; text equals that text sliced from start to end",
  {
    document: str('document id', DOC_ID),
    start: int('first character (UTF-16 offset into the cleaned text)', 120),
    end: int('one past the last character', 214),
    text: str('the text of the range', 'Kazakhstan and China signed an agreement on transit corridors.'),
  },
);

const docSummary = (extra: Record<string, Schema> = {}): Schema =>
  obj('a document (without its text)', {
    id: str('document id: hash of the ingested bytes', DOC_ID),
    source: str(
      'where it was ingested from: file path, feed item ("feed.xml#3") or "api:<name>"',
      'examples/04-enw-china-kazakhstan-deals.html',
    ),
    title: strOrNull('headline; null when none was found', 'China and Kazakhstan sign transit deals'),
    published: strOrNull(
      'publication time, ISO 8601 (date only when only the day is known); null when unknown',
      '2022-09-14T10:30:00+06:00',
    ),
    outlet: strOrNull('the site that published this copy; null when unknown', 'Eurasia News Wire'),
    language: str('ISO 639-1 code, "und" when undetermined', 'en'),
    words: int('words in the cleaned text', 412),
    ...extra,
  });

const quote: Schema = obj(
  'a quotation with its speaker and the relay chain through which it is known',
  {
    id: str('quote id', 'f5a26ac9fc8c:q0'),
    document: str('document id', DOC_ID),
    text: str(
      'the quoted words, exactly as in the cleaned text',
      'We are ready to expand transit through our territory',
    ),
    start: int('first character of the quote in the cleaned text', 301),
    end: int('one past its last character', 352),
    direct: bool('true for a direct quotation (quotation marks); false for reported speech'),
    kind: str('speech, or thought for attributed beliefs and intentions', 'speech'),
    speaker: strOrNull(
      'entity id of the speaker; null when the speaker is unknown (never guessed)',
      'person:kassym-jomart-tokayev',
    ),
    speakerName: strOrNull("the speaker's name; null when unknown", 'Kassym-Jomart Tokayev'),
    speakerText: strOrNull(
      'the phrase naming the source in the text ("a senior official"); null when none',
      'the president',
    ),
    cue: strOrNull(
      'the verb or phrase attributing the quote ("said", "according to"); null when none',
      'said',
    ),
    reportedBy: arr(
      'entity ids of the relays through whom the quote is known, nearest first (an agency citing a newspaper…)',
      str('entity id', 'media:tass'),
    ),
    reportedByNames: arr('names of reportedBy, in the same order', str('name', 'TASS')),
    title: strOrNull("title of the quote's document", 'China and Kazakhstan sign transit deals'),
    published: strOrNull("publication time of the quote's document; null when unknown", '2022-09-14'),
  },
  { required: ['id', 'document', 'text', 'start', 'end', 'direct', 'speaker', 'reportedBy'] },
);

const event: Schema = obj(
  'an event (PLOVER type) with its participants, date and sources',
  {
    id: str('event id', 'ev_7d1e2a'),
    type: str('PLOVER type (AGREE, CONSULT, SUPPORT, …)', 'AGREE'),
    mode: {
      ...str(
        'asserted: it happened; negated: it did not; hypothetical: possible, conditional or asked about; intended: planned or announced; offered: proposed',
        'asserted',
      ),
      enum: ['asserted', 'negated', 'hypothetical', 'intended', 'offered'],
    },
    hedged: bool('true when the outlet reports it without vouching for it ("reportedly"); absent otherwise'),
    summary: str('one line: who did what to whom', 'Kazakhstan AGREE China: signed transit agreements'),
    actors: arr('entity ids of who acted', str('entity id', ENTITY_ID)),
    actorNames: arr('names of actors, in the same order', str('name', 'Kazakhstan')),
    targets: arr('entity ids of whom it was done to or with', str('entity id', 'country:CN')),
    targetNames: arr('names of targets, in the same order', str('name', 'China')),
    location: strOrNull('entity id of where it happened; null when not stated', 'location:astana'),
    locationName: strOrNull('name of the location; null when not stated', 'Astana'),
    date: obj(
      'when: an inclusive range of ISO dates',
      {
        start: strOrNull('first day (YYYY, YYYY-MM or YYYY-MM-DD); null when unknown', '2022-09-14'),
        end: strOrNull('last day; equals start for one day', '2022-09-14'),
        inferred: bool(
          'true: no date in the event\'s own clause; start..end is a window ending at publication, read "by <end>", never a stated date',
        ),
      },
      { required: ['start', 'end'] },
    ),
    evidence: arr('the sentences that report it', span),
    sources: int('independent sources (copies and one outlet count once)', 2),
    intensity: num('cooperation (+1) .. conflict (−1), scaled by mode', 0.6),
    merges: arr(
      'why reports were taken for one event, one line per merge',
      str('reason', 'same type, actors and day'),
    ),
    documents: arr(
      'the documents of the evidence',
      obj('a source document', {
        id: str('document id', DOC_ID),
        title: strOrNull('headline; null when unknown', 'China and Kazakhstan sign transit deals'),
        outlet: strOrNull('outlet; null when unknown', 'Eurasia News Wire'),
        published: strOrNull('publication time; null when unknown', '2022-09-14'),
      }),
    ),
    evidenceCount: int(
      'on an entity page: how many evidence spans there are (evidence holds a sample; /api/events has them all)',
      3,
    ),
  },
  { required: ['id', 'type', 'mode', 'summary', 'actors', 'targets', 'date', 'evidence'] },
);

const relation: Schema = obj(
  'a relation between two entities, read "from <type> to" (Tokayev holds_role Kazakhstan)',
  {
    type: str(
      'member_of, observer_of, holds_role, ally_of, partner_of, in_conflict_with, located_in, part_of or affiliated_with',
      'member_of',
    ),
    from: str('entity id of the subject', ENTITY_ID),
    to: str('entity id of the object', 'org:csto'),
    fromName: str('name of from', 'Kazakhstan'),
    toName: str('name of to', 'Collective Security Treaty Organization'),
    validFrom: strOrNull('first day it holds (ISO date); null or absent when unknown', '2019-03-20'),
    validTo: strOrNull('last day it holds; null or absent when it still holds or is unknown', null),
    source: str(
      'text: stated in an article (see evidence); gazetteer: world knowledge shipped with Orbit',
      'gazetteer',
    ),
    evidence: arr('the sentences that state it (empty for gazetteer relations)', span),
    roles: arr(
      'holds_role on entity pages only: the roles the holder (from) has of the object (to), to read "Berik Uali is press secretary of Kazakhstan"',
      obj('one role', {
        title: str('the title as written', 'press secretary'),
        from: strOrNull('first day in the role (ISO date), when known', '2019-03-20'),
        to: strOrNull('last day in the role; null when current or unknown', null),
      }),
    ),
  },
  { required: ['type', 'from', 'to', 'evidence'] },
);

const facetValue = (what: string, example: string, count: number): Schema =>
  obj(`one ${what} among the matches`, {
    value: str(`the ${what}: pass it as the filter parameter of the same name`, example),
    count: int('matching documents with this value (what the filter would leave)', count),
  });

const alignment: Schema = obj(
  'how far a country leaned toward a bloc in one month, and why',
  {
    entity: str('entity id of the country', ENTITY_ID),
    entityName: str('name of the country', 'Kazakhstan'),
    bloc: str('bloc id (see /api/blocs)', 'china'),
    period: str('the month, YYYY-MM', '2022-09'),
    score: num('−1 (away from the bloc) .. +1 (toward it); see docs/alignment.md', 0.42),
    explanation: arr(
      'the reasons in words, one line per contributing fact',
      str(
        'reason',
        '+0.10: Armenia froze its participation in Collective Security Treaty Organization (19 Feb 2024 – 25 Feb 2024)',
      ),
    ),
    evidence: arr('the sentences behind the score', span),
    evidenceCount: int(
      'how many evidence spans there are (a sample is shown; /api/alignment has them all)',
      4,
    ),
  },
  { required: ['entity', 'bloc', 'period', 'score', 'evidence'] },
);

const role: Schema = obj('an office or role', {
  title: str('the role', 'President'),
  of: strOrNull('entity id of the state or organisation; null when not stated', ENTITY_ID),
  ofName: strOrNull('name of of; null when not stated', 'Kazakhstan'),
  from: strOrNull('first day in the role (ISO date); null when unknown', '2019-03-20'),
  to: strOrNull('last day; null while it lasts or when unknown', null),
});

const entitySummary: Schema = obj('an entity: a person, country, organisation, place, outlet…', {
  id: str('entity id: a gazetteer id ("country:KZ") or one derived from the name', ENTITY_ID),
  type: str('person, country, organization, location, media, group, event_name or other', 'country'),
  name: str('the canonical name', 'Kazakhstan'),
  aliases: arr(
    'other names seen or known (spellings, transliterations, short forms)',
    str('alias', 'Qazaqstan'),
  ),
  mentions: int('mentions in the corpus', 57),
  documents: int('documents that mention it', 9),
});

const link: Schema = obj(
  'a copy link between two documents',
  {
    from: str('document id of the copy (the later or derived one)', DOC_ID),
    to: str('document id of the original', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'),
    type: str(
      'duplicate, syndicated (a wire copy), rewrite (reworded), excerpt (a part) or same_story (same news, own text)',
      'rewrite',
    ),
    score: num('similarity 0..1 behind the decision', 0.81),
    fromTitle: strOrNull('title of from; null when unknown', 'Kazakhstan, China seal transit deals'),
    toTitle: strOrNull('title of to; null when unknown', 'China and Kazakhstan sign transit deals'),
    fromOutlet: strOrNull('outlet of from; null when unknown', 'World Brief Daily'),
    toOutlet: strOrNull('outlet of to; null when unknown', 'Eurasia News Wire'),
  },
  { required: ['from', 'to', 'type', 'score'] },
);

const story: Schema = obj('coverage of the same news, grouped', {
  id: str('story id', 'story_924cae85a0a8'),
  title: str('a representative headline', 'China and Kazakhstan sign transit deals'),
  documents: arr('document ids, earliest first', str('document id', DOC_ID)),
  firstDay: strOrNull('first publication day (YYYY-MM-DD); null when no document is dated', '2022-09-14'),
  lastDay: strOrNull('last publication day; null when no document is dated', '2022-09-15'),
});

const lane: Schema = obj('one admission lane', {
  active: int('requests being served', 1),
  waiting: int('requests waiting for a slot', 0),
  served: int('requests served since start', 120),
  refused: int('requests refused with 503 ORBIT_E_BUSY since start', 0),
  abandoned: int('requests whose client left before being served', 0),
  serviceMs: int('typical service time in milliseconds (moving average)', 35),
});

const ingestSummary: Schema = obj(
  'what an upload did',
  {
    ingested: int('documents stored', 1),
    alreadyPresent: int('documents already in the store (same bytes, same id)', 0),
    failed: int('inputs that failed', 0),
    ids: arr('ids of the documents stored or already present', str('document id', DOC_ID)),
    failures: arr(
      'one entry per failed input',
      obj('a failed input', {
        source: str('the input', 'api:upload.json#2'),
        code: str('error code', 'ORBIT_E_NO_TEXT'),
        message: str('what went wrong', 'no article text was found'),
      }),
    ),
    error: obj('present when nothing was stored: the first failure as the error', {
      code: str('error code', 'ORBIT_E_MALFORMED'),
      message: str('what went wrong', 'JSON ends unexpectedly'),
    }),
  },
  { additionalProperties: true },
);

/** A non-JSON response (a download, Markdown, a stream), documented under its media type. */
const text = (mediaTypes: string[], description: string, example: string): Schema => ({
  description,
  content: Object.fromEntries(
    mediaTypes.map((t) => [t, { schema: { type: 'string', description, examples: [example] } }]),
  ),
});

/**
 * Response documentation per route ("GET /api/documents"), by status. Every route also documents
 * its 400 (bad or unknown parameter) and, where an id is looked up, 404.
 */
export const RESPONSES: Record<string, Record<string, Schema>> = {
  'GET /api/health': {
    200: obj('liveness and the work in progress', {
      ok: bool('true when the server answers'),
      store: str('the store backend: pglite (embedded) or postgres', 'pglite'),
      requests: obj(
        'API reads being served and waiting for admission, over both lanes (not this one: health is not admitted through a lane, so it answers when both are full)',
        {
          active: int('requests being served', 1),
          waiting: int('requests waiting for admission', 0),
          queries: int('store statements sent and not yet answered', 0),
          light: { ...lane, description: 'the lane of cheap pages' },
          heavy: {
            ...lane,
            description:
              'the lane of requests whose work grows with the corpus (search, entity pages, graph, export…)',
          },
        },
      ),
    }),
  },
  'GET /api/stats': {
    200: obj('corpus counts', {
      documents: int('documents stored', 12),
      words: int('words in all cleaned texts', 5400),
      languages: map(
        'documents per language (ISO 639-1)',
        { type: 'integer', description: 'documents in this language' },
        { en: 12 },
      ),
      outlets: arr(
        'documents per outlet, most first',
        obj('an outlet', { outlet: str('outlet name', 'Steppe Wire'), documents: int('its documents', 2) }),
      ),
      entities: map(
        'entities per type',
        { type: 'integer', description: 'entities of this type' },
        { country: 14, person: 20 },
      ),
      mentions: int('entity mentions', 640),
      quotes: int('quotations', 35),
      events: int('events (after merging reports of the same event)', 40),
      relations: int('relations', 90),
      links: map(
        'copy links per type',
        { type: 'integer', description: 'links of this type' },
        { rewrite: 1, syndicated: 1 },
      ),
      stories: int('story clusters', 9),
      firstPublished: strOrNull('earliest publication time; null when no document is dated', '2021-05-25'),
      lastPublished: strOrNull('latest publication time; null when no document is dated', '2023-03-02'),
    }),
  },
  'GET /api/search': {
    200: withProperties(
      page(
        'matching documents, best first',
        docSummary({
          rank: num('relevance (higher is better); comparable within one search only', 0.31),
          snippet: str(
            'the best passage, matched words between \\u0002 and \\u0003',
            'Foreign ministers of \u0002Kazakhstan\u0003 and China met…',
          ),
        }),
      ),
      { total: int('documents matching the query and the filters', 12) },
    ),
  },
  'GET /api/search/facets': {
    200: obj('facets of a search: each value with the number of matches a click on it leaves', {
      total: int('documents matching the query and the filters', 12),
      facets: obj(
        'counts over every matching document (filters applied): most frequent first, months in calendar order',
        {
          outlet: arr('outlets of the matches (filter: outlet)', facetValue('outlet', 'Steppe Wire', 3)),
          language: arr('languages of the matches (filter: language)', facetValue('language', 'en', 12)),
          month: arr('publication months, YYYY-MM (filter: from and to)', facetValue('month', '2022-09', 4)),
          entity: arr(
            'entities mentioned in the matches, counted over the first entityDocuments of them (filter: entity)',
            obj('one entity among the matches', {
              value: str('entity id: pass it as the entity parameter', ENTITY_ID),
              name: str('its name', 'Kazakhstan'),
              type: str('its type', 'country'),
              count: int('matching documents that mention it', 9),
            }),
          ),
          entityDocuments: int('how many matches the entity facet was counted over (at most 2,000)', 12),
        },
      ),
    }),
  },
  'GET /api/documents': { 200: page('documents', docSummary()) },
  'GET /api/documents/:id': {
    200: obj('a document with the facts found in it (in the text window)', {
      document: obj('the document, with the text of the window', {
        id: str('document id', DOC_ID),
        source: str('where it was ingested from', 'examples/04-enw-china-kazakhstan-deals.html'),
        title: strOrNull('headline; null when none was found', 'China and Kazakhstan sign transit deals'),
        published: strOrNull('publication time, ISO 8601; null when unknown', '2022-09-14T10:30:00+06:00'),
        author: strOrNull('byline; null when unknown', 'Aliya Sarsenova'),
        outlet: strOrNull('the site that published this copy; null when unknown', 'Eurasia News Wire'),
        originalSource: strOrNull(
          'the agency or outlet this copy says it carries; null when none',
          'Reuters',
        ),
        dateline: strOrNull('the dateline place ("ASTANA"); null when none', 'Astana'),
        language: str('ISO 639-1 code, "und" when undetermined', 'en'),
        text: str(
          'the cleaned text of the window (site chrome removed); every span offset points into the whole text',
          'ASTANA — China and Kazakhstan signed…',
        ),
        paragraphs: arr(
          'paragraphs in the window',
          obj('a paragraph', {
            start: int('first character', 0),
            end: int('one past the last character', 180),
          }),
        ),
        diagnostics: arr(
          'what cleaning found unknown or suspicious (ORBIT_W_… codes)',
          obj('a diagnostic', {
            code: str('stable code', 'ORBIT_W_NO_DATE'),
            message: str('what it means', 'No publication date was found; it stays unknown'),
            path: arr('where in a structured input', {
              type: ['string', 'integer'],
              description: 'a key or index',
              examples: ['items'],
            }),
          }),
        ),
        format: str('how the input was read: text or html', 'html'),
        encoding: str('detected encoding of the input bytes', 'utf-8'),
        bytes: int('size of the input in bytes', 8123),
        ingestedAt: str('when it was stored (ISO 8601)', '2026-12-06T05:58:00.000Z'),
        words: int('words in the cleaned text', 412),
      }),
      text: obj('the text window', {
        from: int('first character of the window', 0),
        to: int('one past its last character', 2480),
        length: int('length of the whole text', 2480),
        more: bool('true when text follows the window (ask with textFrom=to)'),
      }),
      mentions: arr(
        'entity mentions in the window, in text order (at most 5000)',
        obj('a mention', {
          start: int('first character', 9),
          end: int('one past the last character', 14),
          text: str('the words', 'China'),
          entity: str('entity id', 'country:CN'),
          entityName: strOrNull('entity name', 'China'),
          entityType: strOrNull('entity type', 'country'),
        }),
      ),
      mentionsTotal: int('mentions in the whole document', 48),
      quotes: arr('quotations in the window', quote),
      events: arr('events reported in the window', event),
      times: arr(
        'time expressions in the window',
        obj(
          'a time expression',
          {
            start: int('first character', 40),
            end: int('one past the last character', 58),
            text: str('the words', 'on Wednesday'),
            kind: str('date, range, duration, …', 'date'),
            vague: bool('true for a vague time ("recently")'),
            value: obj(
              'the normalised value',
              { start: strOrNull('ISO date', '2022-09-14'), end: strOrNull('ISO date', '2022-09-14') },
              { additionalProperties: true },
            ),
          },
          { additionalProperties: true },
        ),
      ),
      amounts: arr(
        'amounts in the window (money, quantities)',
        obj(
          'an amount',
          {
            start: int('first character', 200),
            end: int('one past the last character', 212),
            text: str('the words', '$1.5 billion'),
            value: num('the number', 1.5e9),
            unit: strOrNull('the unit or currency; null when none', 'USD'),
          },
          { additionalProperties: true },
        ),
      ),
      links: arr('copy links from or to this document', link),
    }),
  },
  'GET /api/entities': { 200: page('entities, most mentioned first', entitySummary) },
  'GET /api/entities/:id': {
    200: obj('an entity page', {
      entity: obj('the entity', {
        ...(entitySummary.properties as Record<string, Schema>),
        roles: arr('offices held, deduplicated, with dates when known', role),
        country: strOrNull('entity id of its country, when known', ENTITY_ID),
        reasons: arr(
          'why name variants were merged into this entity (at most 50)',
          str('reason', '"Tokayev" = "Kassym-Jomart Tokayev": surname of a known person'),
        ),
        reasonsCount: int('how many reasons there are', 3),
      }),
      mentions: arr(
        'recent mentions with their context (at most 30)',
        obj('a mention in context', {
          document: str('document id', DOC_ID),
          source: str('document source', 'examples/04-enw-china-kazakhstan-deals.html'),
          title: strOrNull('document title', 'China and Kazakhstan sign transit deals'),
          published: strOrNull('publication time', '2022-09-14'),
          start: int('first character', 9),
          end: int('one past the last character', 19),
          text: str('the words', 'Kazakhstan'),
          before: str('text just before', 'ASTANA — China and '),
          after: str('text just after', ' signed transit agreements'),
        }),
      ),
      quotesBy: arr('quotations by this entity (at most 50)', quote),
      quotesAbout: arr('quotations that mention this entity (at most 50)', quote),
      events: arr('events it took part in (at most 200, each with a sample of its evidence)', event),
      relations: arr('its relations, both directions', relation),
      alignment: arr(
        'for a country: its monthly alignment toward each bloc (a sample of the evidence each)',
        alignment,
      ),
    }),
  },
  'GET /api/quotes': { 200: page('quotations', quote) },
  'GET /api/events': { 200: page('events, in date order', event) },
  'GET /api/timeline': { 200: page('events, in date order', event) },
  'GET /api/relations': { 200: page('relations', relation) },
  'GET /api/alignment': { 200: page('monthly alignment scores', alignment) },
  'GET /api/blocs': {
    200: arr(
      'the blocs defined in the gazetteer',
      obj('a bloc', {
        id: str('bloc id', 'russia'),
        name: str('name', 'Russia-led bloc'),
        leader: str('entity id of the leading state', 'country:RU'),
        members: arr('entity ids of the members (states and organisations)', str('entity id', 'org:csto')),
      }),
    ),
  },
  'GET /api/stories': { 200: page('stories, largest first', story) },
  'GET /api/stories/:id': {
    200: obj('a story with its documents and their copy links', {
      story,
      documents: arr(
        'its documents, earliest first',
        obj('a document', {
          id: str('document id', DOC_ID),
          source: str('where it was ingested from', 'examples/04-enw-china-kazakhstan-deals.html'),
          title: strOrNull('headline', 'China and Kazakhstan sign transit deals'),
          published: strOrNull('publication time', '2022-09-14'),
          outlet: strOrNull('outlet', 'Eurasia News Wire'),
          language: str('ISO 639-1 code', 'en'),
        }),
      ),
      links: arr('copy links among them', link),
      why: arr(
        'why the documents are one story: each same-news link with the evidence behind it',
        obj(
          'a same-news link',
          {
            from: str('document id (for a rewrite: the rewrite)', DOC_ID),
            to: str('document id (for a rewrite: the original)', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'),
            type: str(
              'same_story (same news, own text) or rewrite (the same facts reworded, without credit)',
              'same_story',
            ),
            score: num('strength of the evidence 0..1', 0.52),
            reasons: arr(
              'the evidence: shared entities, shared headline and lead terms (across languages through the lexicon), dates, the same day or ordinal named',
              str('a reason', '5 shared entities (weighted overlap 0.48)'),
            ),
          },
          { required: ['from', 'to', 'type', 'score', 'reasons'] },
        ),
      ),
    }),
  },
  'GET /api/sources': {
    200: obj(
      'a page of source profiles, most documents first',
      {
        items: arr(
          'outlets, at most limit of them; fewer means the last page',
          obj(
            "an outlet's profile",
            {
              key: str(
                'media gazetteer id, or "outlet:" and the folded name for outlets the gazetteer does not know',
                'media:tass',
              ),
              outlet: str('the name (the gazetteer name when known)', 'TASS'),
              names: arr('the names its documents give it', str('a name', 'ТАСС')),
              kind: strOrNull(
                'news agency, broadcaster, newspaper, online outlet…; null when unknown',
                'news agency',
              ),
              country: strOrNull('entity id of its country; null when unknown', 'country:RU'),
              ownership: strOrNull(
                'state, public, private, independent or exile; null when unknown',
                'state',
              ),
              documents: int('its documents', 12),
              languages: arr(
                'its documents per language, most first',
                obj('a language', {
                  language: str('ISO 639-1 code', 'ru'),
                  documents: int('documents in it', 9),
                }),
              ),
              firstPublished: strOrNull('earliest publication time; null when none is dated', '2025-09-20'),
              lastPublished: strOrNull('latest publication time; null when none is dated', '2025-09-25'),
              agencyCopy: obj('documents that credit another outlet as their source (agency copy)', {
                documents: int('how many', 3),
                share: num('share of its documents 0..1', 0.25),
                sources: arr(
                  'the outlets credited, most first',
                  obj('a credited outlet', {
                    outlet: str('name', 'Interfax'),
                    documents: int('documents crediting it', 2),
                  }),
                ),
              }),
              uncreditedCopies: obj(
                "documents that copy or rewrite another outlet's document without crediting it",
                {
                  documents: int('how many', 1),
                  share: num('share of its documents 0..1', 0.083),
                },
              ),
              confirmed: obj(
                'documents whose story an independent outlet (not the same outlet, not a copy) also reports',
                {
                  documents: int('how many', 5),
                  share: num('share of its documents 0..1', 0.417),
                },
              ),
              inStories: int('its documents that belong to a story', 6),
            },
            {
              required: [
                'key',
                'outlet',
                'documents',
                'languages',
                'agencyCopy',
                'uncreditedCopies',
                'confirmed',
              ],
            },
          ),
        ),
        total: int('outlets matching the filters', 42),
        limit: int('the page size that was applied', 50),
        offset: int('the rows that were skipped', 0),
      },
      { required: ['items', 'total', 'limit', 'offset'] },
    ),
  },
  'GET /api/links': { 200: page('copy links', link) },
  'GET /api/graph': {
    200: obj('the entity network', {
      nodes: arr(
        'entities, most mentioned first',
        obj('a node', {
          id: str('entity id', ENTITY_ID),
          label: str('entity name', 'Kazakhstan'),
          type: str('entity type', 'country'),
          weight: int('mentions in the corpus', 57),
        }),
      ),
      edges: arr(
        'co-mentions (within about a sentence, weight = documents) and relations (weight 1)',
        obj('an edge', {
          source: str('entity id', ENTITY_ID),
          target: str('entity id', 'country:CN'),
          type: str('co_mention, or a relation type (member_of, …)', 'co_mention'),
          weight: int('documents with the co-mention; 1 for a relation', 3),
        }),
      ),
    }),
  },
  'GET /api/graph.gexf': {
    200: text(
      ['application/gexf+xml'],
      'the network as GEXF 1.3 XML (opens in Gephi)',
      '<?xml version="1.0" encoding="UTF-8"?><gexf …>',
    ),
  },
  'GET /api/graph.graphml': {
    200: text(
      ['application/graphml+xml'],
      'the network as GraphML XML',
      '<?xml version="1.0" encoding="UTF-8"?><graphml …>',
    ),
  },
  'GET /api/brief': {
    200: text(
      ['text/markdown', 'text/html'],
      'the briefing, Markdown (or HTML with format=html); every line cites its sources',
      '# Briefing 2022-01-01 – 2022-01-31\n…',
    ),
  },
  'GET /api/export': {
    200: {
      description:
        'the knowledge base in the export-v1 format (streamed): one JSON object, or with format=jsonl JSON Lines (a header line, then one {"section","item"} line per record)',
      content: {
        'application/json': {
          schema: obj(
            'the export-v1 object (spec: export-v1.md; records as in the other endpoints, without the display names)',
            {
              version: int('format version: 1', 1),
              generatedAt: str('when the export was made (ISO 8601)', '2026-12-06T06:00:00.000Z'),
              ...Object.fromEntries(
                (
                  [
                    [
                      'documents',
                      'documents with their cleaned text (id, source, title, published, author, outlet, originalSource, language, text)',
                    ],
                    ['entities', 'entities (id, type, name, aliases, roles, country)'],
                    ['mentions', 'entity mentions (document, start, end, text, entity)'],
                    ['quotes', 'quotations (see GET /api/quotes)'],
                    ['events', 'events (see GET /api/events)'],
                    ['relations', 'relations (see GET /api/relations)'],
                    ['links', 'copy links (from, to, type, score)'],
                    ['stories', 'stories (id, documents, title)'],
                    ['alignment', 'alignment scores (entity, bloc, period, score, evidence)'],
                  ] as const
                ).map(([k, d]) => [
                  k,
                  arr(d, { type: 'object', description: `one record of ${k}`, additionalProperties: true }),
                ]),
              ),
            },
          ),
        },
        'application/x-ndjson': {
          schema: str(
            'JSON Lines: {"version":1,"generatedAt":…} then {"section":"documents","item":{…}} per record',
            '{"section":"documents","item":{"id":"…"}}',
          ),
        },
      },
    },
  },
  'POST /api/ingest': {
    200: { ...ingestSummary, description: 'nothing new: every document was already present' },
    201: { ...ingestSummary, description: 'stored: at least one new document' },
    401: { ...errorDoc, description: 'missing or wrong bearer token' },
    403: { ...errorDoc, description: 'ingest over HTTP is disabled (the server has no ORBIT_API_TOKEN)' },
    413: { ...errorDoc, description: 'the body is larger than the limit' },
  },
};

type RouteSchema = { response?: unknown; params?: unknown; querystring?: unknown; hide?: boolean };

/** @fastify/swagger transform: adds the response documentation to each route's schema. */
export function documentRoute<S extends RouteSchema>({
  schema,
  url,
  route,
}: {
  schema: S;
  url: string;
  route?: { method?: string | string[] };
}): { schema: S; url: string } {
  if (!url.startsWith('/api/') || !schema || schema.hide) return { schema, url };
  const methods = Array.isArray(route?.method) ? route.method : [route?.method ?? 'GET'];
  const method = methods.find((m) => m !== 'HEAD') ?? 'GET';
  const docs = RESPONSES[`${method} ${url}`] ?? {};
  const response: Record<string, unknown> = { ...docs };
  // serialisation schemas of the route (events) keep their place, with the descriptions added
  for (const [status, s] of Object.entries((schema.response ?? {}) as Record<string, unknown>))
    if (!(status in response)) response[status] = s;
  response['400'] = {
    ...errorDoc,
    description: 'a bad or unknown parameter: the message names it and what is accepted',
  };
  if (url.includes(':id'))
    response['404'] = {
      ...errorDoc,
      description: 'no such id (or, for an entity, no entity with this name)',
    };
  else if (schema.querystring && JSON.stringify(schema.querystring).includes('UNKNOWN_ID'))
    response['404'] = { ...errorDoc, description: 'an entity parameter matches no entity' };
  response['503'] ??= {
    ...errorDoc,
    description:
      'the server is saturated (ORBIT_E_BUSY) or the request ran out of time (ORBIT_E_TIMEOUT); retry after Retry-After seconds',
  };
  return { schema: { ...schema, response }, url };
}
