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
