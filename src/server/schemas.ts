/** JSON schemas shared by routes, and the JSON error body every 4xx/5xx response uses. */
import type { ErrorCode } from '../errors.js';

export const MAX_PAGE = 500;

export const apiError = (code: ErrorCode | string, message: string) => ({ error: { code, message } });

export const errorSchema = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'] } },
} as const;

export const schemas = {
  date: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$' },
  idParam: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 300 } }, required: ['id'] },
  entityType: { type: 'string', enum: ['person', 'country', 'organization', 'location', 'media', 'group', 'event_name', 'other'] },
  eventType: { type: 'string', pattern: '^[A-Za-z]{3,12}$' },
} as const;

const span = {
  type: 'object',
  properties: { document: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
  required: ['document', 'start', 'end'],
  additionalProperties: true,
} as const;

/**
 * One event as the API returns it (export-v1 Event plus what the UI needs). `mode` says whether
 * it happened; `hedged` marks a report the outlet does not vouch for; `date.inferred` marks a date
 * not stated in the event's clause: a window ending at publication, to be shown "by <date.end>".
 */
export const eventSchema = {
  type: 'object',
  additionalProperties: true,
  required: ['id', 'type', 'mode', 'summary', 'actors', 'targets', 'date', 'evidence'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', description: 'PLOVER type (AGREE, CONSULT, …)' },
    mode: {
      type: 'string', enum: ['asserted', 'negated', 'hypothetical', 'intended', 'offered'],
      description: 'asserted: it happened; negated: it did not ("have still not signed"); hypothetical: possible, conditional or asked about; intended: planned or announced ("will visit"); offered: proposed ("ready to host")',
    },
    hedged: { type: 'boolean', description: 'true when the outlet reports it without vouching for it ("reportedly", "allegedly"); absent otherwise' },
    summary: { type: 'string' },
    actors: { type: 'array', items: { type: 'string' } },
    targets: { type: 'array', items: { type: 'string' } },
    location: { type: ['string', 'null'] },
    date: {
      type: 'object',
      additionalProperties: false,
      properties: {
        start: { type: ['string', 'null'], description: 'ISO date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; null when unknown' },
        end: { type: ['string', 'null'], description: 'ISO date, inclusive; equals start for one day' },
        inferred: { type: 'boolean', description: 'true: no date in the event\'s own clause; start..end is a window ending at publication, read "by <end>", never a stated date' },
      },
      required: ['start', 'end'],
    },
    evidence: { type: 'array', items: span },
    sources: { type: 'integer', description: 'independent sources (copies and one outlet count once)' },
    intensity: { type: 'number', description: 'cooperation (+) .. conflict (−), scaled by mode' },
    merges: { type: 'array', items: { type: 'string' }, description: 'why reports were taken for one event, one line per merge' },
  },
} as const;

/** A querystring schema with limit/offset paging (limit ≤ MAX_PAGE) plus the given properties. */
export function listQuery(props: Record<string, unknown>, required: string[] = []) {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, description: `page size (1–${MAX_PAGE}); the response echoes it` },
      offset: { type: 'integer', minimum: 0, maximum: 10_000_000, description: 'rows to skip (page × limit); the response echoes it. A page shorter than limit is the last' },
      ...props,
    },
    required,
  };
}

const shareSchema = (what: string) => ({
  type: 'object',
  additionalProperties: true,
  required: ['documents', 'share'],
  description: what,
  properties: { documents: { type: 'integer', minimum: 0 }, share: { type: 'number', minimum: 0, maximum: 1 } },
});

/** One outlet's profile (src/analyze/sources.ts). */
export const sourceProfileSchema = {
  type: 'object',
  additionalProperties: true,
  required: ['key', 'outlet', 'documents', 'languages', 'agencyCopy', 'uncreditedCopies', 'confirmed'],
  properties: {
    key: { type: 'string', description: 'media gazetteer id ("media:tass") or "outlet:<folded name>"' },
    outlet: { type: 'string' },
    names: { type: 'array', items: { type: 'string' }, description: 'the names documents give the outlet' },
    kind: { type: ['string', 'null'] },
    country: { type: ['string', 'null'] },
    ownership: { type: ['string', 'null'] },
    documents: { type: 'integer', minimum: 1 },
    languages: { type: 'array', items: { type: 'object', properties: { language: { type: 'string' }, documents: { type: 'integer' } } } },
    firstPublished: { type: ['string', 'null'] },
    lastPublished: { type: ['string', 'null'] },
    agencyCopy: {
      ...shareSchema('documents that credit another outlet as their source (agency copy)'),
      properties: {
        ...shareSchema('').properties,
        sources: { type: 'array', items: { type: 'object', properties: { outlet: { type: 'string' }, documents: { type: 'integer' } } } },
      },
    },
    uncreditedCopies: shareSchema("documents that copy or rewrite another outlet's document without crediting it"),
    confirmed: shareSchema('documents whose story an independent outlet also reports'),
    inStories: { type: 'integer', minimum: 0 },
  },
};
