/** JSON schemas shared by routes, and the JSON error body every 4xx/5xx response uses. */
import type { ErrorCode } from '../errors.js';

export const MAX_PAGE = 500;

export const apiError = (code: ErrorCode | string, message: string) => ({ error: { code, message } });

export const errorSchema = {
  type: 'object',
  description: 'an error, as data',
  properties: {
    error: {
      type: 'object',
      description: 'what went wrong',
      properties: {
        code: { type: 'string', description: 'stable error code (ORBIT_E_…)' },
        message: { type: 'string', description: 'what went wrong, naming the parameter or id concerned' },
      },
      required: ['code', 'message'],
    },
  },
} as const;

const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$';

export const schemas = {
  date: { type: 'string', pattern: DATE_PATTERN },
  idParam: {
    type: 'object',
    properties: {
      id: {
        type: 'string',
        minLength: 1,
        maxLength: 300,
        description: 'entity id ("country:KZ"), or a name or alias of the entity',
        examples: ['Kazakhstan'],
      },
    },
    required: ['id'],
  },
  entityType: {
    type: 'string',
    enum: ['person', 'country', 'organization', 'location', 'media', 'group', 'event_name', 'other'],
    description: 'only entities of this type',
    examples: ['country'],
  },
  eventType: {
    type: 'string',
    pattern: '^[A-Za-z]{3,12}$',
    description:
      'only events of this PLOVER type (AGREE, CONSULT, SUPPORT, COOPERATE, AID, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, …; any case)',
    examples: ['CONSULT'],
  },
} as const;

/** Query parameters used by several endpoints, each described with an example (shown at /docs). */
export const params = {
  from: (what: string) => ({
    type: 'string',
    pattern: DATE_PATTERN,
    description: `only ${what} on or after this date: YYYY-MM-DD, or YYYY-MM for the month's first day; must be a real calendar date`,
    examples: ['2022-01-01'],
  }),
  to: (what: string) => ({
    type: 'string',
    pattern: DATE_PATTERN,
    description: `only ${what} on or before this date: YYYY-MM-DD, or YYYY-MM; must be a real calendar date`,
    examples: ['2022-12-31'],
  }),
  entity: (what: string) => ({
    type: 'string',
    maxLength: 200,
    description: `${what}: an entity id, name or alias (e.g. "Kazakhstan", "Tokayev"); a name that matches no entity is a 404 ORBIT_E_UNKNOWN_ID`,
    examples: ['Kazakhstan'],
  }),
} as const;

const span = {
  type: 'object',
  properties: {
    document: { type: 'string' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    text: { type: 'string' },
  },
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
      type: 'string',
      enum: ['asserted', 'negated', 'hypothetical', 'intended', 'offered'],
      description:
        'asserted: it happened; negated: it did not ("have still not signed"); hypothetical: possible, conditional or asked about; intended: planned or announced ("will visit"); offered: proposed ("ready to host")',
    },
    hedged: {
      type: 'boolean',
      description:
        'true when the outlet reports it without vouching for it ("reportedly", "allegedly"); absent otherwise',
    },
    summary: { type: 'string' },
    actors: { type: 'array', items: { type: 'string' } },
    targets: { type: 'array', items: { type: 'string' } },
    location: { type: ['string', 'null'] },
    date: {
      type: 'object',
      additionalProperties: false,
      properties: {
        start: {
          type: ['string', 'null'],
          description: 'ISO date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; null when unknown',
        },
        end: { type: ['string', 'null'], description: 'ISO date, inclusive; equals start for one day' },
        inferred: {
          type: 'boolean',
          description:
            'true: no date in the event\'s own clause; start..end is a window ending at publication, read "by <end>", never a stated date',
        },
      },
      required: ['start', 'end'],
    },
    evidence: { type: 'array', items: span },
    sources: { type: 'integer', description: 'independent sources (copies and one outlet count once)' },
    intensity: { type: 'number', description: 'cooperation (+) .. conflict (−), scaled by mode' },
    merges: {
      type: 'array',
      items: { type: 'string' },
      description: 'why reports were taken for one event, one line per merge',
    },
  },
} as const;

/** A querystring schema with limit/offset paging (limit ≤ MAX_PAGE) plus the given properties. */
export function listQuery(props: Record<string, unknown>, required: string[] = []) {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: MAX_PAGE,
        description: `page size (1–${MAX_PAGE}); the response echoes it`,
        examples: [50],
      },
      offset: {
        type: 'integer',
        minimum: 0,
        maximum: 10_000_000,
        description:
          'rows to skip (page × limit); the response echoes it. A page shorter than limit is the last',
        examples: [0],
      },
      ...props,
    },
    required,
  };
}
