/**
 * Names the parameter a request got wrong: an unknown or misspelled query parameter is answered
 * with its name, the parameters the endpoint accepts, and the nearest one when it looks like a
 * typo ("countr" → "country"). Also used for unknown API paths.
 */

/** Edit distance (insert, delete, substitute, swap adjacent), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [
    i,
    ...new Array<number>(t.length).fill(0),
  ]);
  for (let j = 1; j <= t.length; j++) d[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

/**
 * The candidate a misspelling most likely meant, or null: at most 1 edit for names of up to 4
 * characters, 2 up to 8, 3 beyond; or one name is the other with a plural/abbreviation ending
 * ("limits", "offs"). Ties go to the first candidate.
 */
export function nearest(given: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  const g = given.toLowerCase();
  for (const c of candidates) {
    const l = c.toLowerCase();
    const d = editDistance(g, l);
    const limit = l.length <= 4 ? 1 : l.length <= 8 ? 2 : 3;
    const prefix = g.length >= 3 && (l.startsWith(g) || g.startsWith(l));
    if ((d <= limit || prefix) && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** `unknown parameter "countr" (did you mean "country"?); accepted: entity, bloc, from, to, limit, offset` */
export function unknownParameterMessage(given: string, accepted: readonly string[]): string {
  const near = nearest(given, accepted);
  const list = accepted.length
    ? `accepted: ${accepted.join(', ')}`
    : 'this endpoint takes no query parameters';
  return `unknown parameter "${given}"${near ? ` (did you mean "${near}"?)` : ''}; ${list}`;
}
