/**
 * Publication dates outside the years news can have been published in: before 1900 or after next
 * year ("-000050-01-01" from a feed, "0001-01-01" from a CMS default, "9999-12-31") are refused
 * with ORBIT_W_BAD_DATE, so the date stays unknown rather than wrong.
 */
import type { Diagnostic } from '../model/index.js';

export const FIRST_PUBLICATION_YEAR = 1900;

/** The latest plausible publication year: next year (time zones, embargoed items). */
export const lastPublicationYear = (now: Date = new Date()): number => now.getUTCFullYear() + 1;

/** The value when its year is plausible; otherwise null, with a diagnostic naming it. */
export function plausiblePublished(
  value: string | null,
  diagnostics: Diagnostic[],
  now: Date = new Date(),
): string | null {
  if (value === null) return null;
  const m = /^([+-]?\d{4,6})-/.exec(value);
  const year = m ? Number(m[1]) : NaN;
  if (Number.isInteger(year) && year >= FIRST_PUBLICATION_YEAR && year <= lastPublicationYear(now))
    return value;
  diagnostics.push({
    code: 'ORBIT_W_BAD_DATE',
    message: `The publication date "${value.slice(0, 60)}" is outside ${FIRST_PUBLICATION_YEAR}–${lastPublicationYear(now)} and was ignored`,
    path: ['published'],
  });
  return null;
}
