/** Argument parsers shared by commands: they reject bad values with a clear message (exit 2). */
import { InvalidArgumentError } from 'commander';

export const int =
  (name: string, max = 100000) =>
  (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > max)
      throw new InvalidArgumentError(`${name} must be an integer between 0 and ${max}`);
    return n;
  };

/** A calendar date as YYYY-MM-DD or a month as YYYY-MM; "2022-02-31" is refused. */
export const isoDate = (v: string): string => {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(v);
  const ok =
    m &&
    +m[2] >= 1 &&
    +m[2] <= 12 &&
    (!m[3] || new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDate() === +m[3]);
  if (!ok) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD or YYYY-MM');
  return v;
};
