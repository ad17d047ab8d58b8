/**
 * Teams in the rows of sports results and standings tables:
 *
 *   Coventry 1 Newcastle 2                  (a result: team, score, team, score)
 *   Manchester United 3 Derby 1 ( halftime 2-0 )
 *   3. Sheffield Wednesday 4 3 1 0 7 3 10   (a standings row: rank, team, figures)
 *
 * Why: a club is mostly called by its city ("Coventry", "Leeds", "Liverpool"), which the
 * gazetteer knows as a place; in such a row the name can only be a team. Countries stay
 * countries (national teams are written as their country, and CoNLL types them so), and names
 * the gazetteer does not know are left to the NER model, which such rows must not silence (a
 * golfer's row of scores has the same shape as a club's standings).
 */
import { GAP, type Tokens } from './mentions-tokens.js';

const NUMBER = /^\d{1,3}(?:-\d{1,3})?$/;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.&-]*$/u;
/** Longest team name, in words. */
const MAX_TEAM_WORDS = 4;
/** Figures after a team in a standings row: played, won, drawn, lost… (at least three). */
const MIN_STANDING_FIGURES = 3;

/** A team name: token range [a, b); `result`: in a result row (two names), else a standings row. */
export type TeamSpan = { a: number; b: number; result: boolean };

/**
 * Team names in the result and standings rows of the text: each line is read on its own (a row
 * is a line), and only rows that are exactly a result or a standings row count. `inRow` (one
 * flag per token) marks the tokens of those rows.
 */
export function teamSpans(t: Tokens): { teams: TeamSpan[]; inRow: Uint8Array } {
  const teams: TeamSpan[] = [];
  const inRow = new Uint8Array(t.n);
  let i = 0;
  while (i < t.n) {
    let j = i + 1;
    while (j < t.n && !(t.gap[j] & GAP.NEWLINE)) j++;
    const row = rowTeams(t, i, j);
    if (row.length || resultLine(t, i, j)) inRow.fill(1, i, j);
    teams.push(...row);
    i = j;
  }
  return { teams, inRow };
}

/** Splits a row [a, b) into name runs and figures; null when anything else is in it. */
function cells(t: Tokens, a: number, b: number): { name: boolean; a: number; b: number }[] | null {
  const out: { name: boolean; a: number; b: number }[] = [];
  for (let i = a; i < b; i++) {
    // a parenthesis closes the row: "( halftime 2-0 )", "( scorers … )"
    if (t.gap[i] & GAP.OPEN_PAREN && i > a) break;
    const raw = t.raw[i];
    if (NUMBER.test(raw)) {
      out.push({ name: false, a: i, b: i + 1 });
      continue;
    }
    if (!NAME_WORD.test(raw) || t.poss[i]) return null;
    const last = out[out.length - 1];
    // words of one name follow each other with no punctuation between
    if (last && last.name && t.gap[i] === 0) last.b = i + 1;
    else out.push({ name: true, a: i, b: i + 1 });
  }
  return out;
}

/** A score, a set or a time: "2-1", "6-4", "19.80", "2:05.3", "4:32:12". */
const SCORE = /^\d{1,3}(?:-\d{1,3}|[.:]\d{1,2}(?:[.:]\d{1,2})?)$/;
/** Lower-case words a results line may have ("X beat Y", "X bt Y", "X drew with Y"). */
const MAX_LOWER_WORDS = 2;

/**
 * A line of results of players rather than teams: "Thomas Enqvist ( Sweden ) beat Magnus
 * Larsson ( Sweden ) 6-4 6-3 7-5", "1. Frankie Fredericks ( Namibia ) 19.85": a score, set or
 * time closing it, names, and at most two lower-case words of three letters or more.
 */
function resultLine(t: Tokens, a: number, b: number): boolean {
  let score = false;
  let lower = 0;
  let names = 0;
  for (let i = a; i < b; i++) {
    const raw = t.raw[i];
    if (SCORE.test(raw)) score = true;
    else if (t.cap[i] && /\p{L}/u.test(raw)) names++;
    else if (raw.length >= 3 && /^\p{Ll}/u.test(raw)) lower++;
  }
  // the line closes on its score or time ("… 6-4 6-3 7-5", "… 19.85")
  return score && SCORE.test(t.raw[b - 1]) && names >= 2 && lower <= MAX_LOWER_WORDS;
}

function rowTeams(t: Tokens, a: number, b: number): TeamSpan[] {
  const cs = cells(t, a, b);
  if (!cs || cs.some((c) => c.name && c.b - c.a > MAX_TEAM_WORDS)) return [];
  const shape = cs.map((c) => (c.name ? 'N' : '9')).join('');
  // a result: "Coventry 1 Newcastle 2"
  if (shape === 'N9N9') return [cs[0], cs[2]].map(({ a: x, b: y }) => ({ a: x, b: y, result: true }));
  // a standings row: "Sheffield Wednesday 4 3 1 0 7 3 10", "3 Ajax 15 10 3 2 35 12 33" (a
  // rank written "3." leaves its dot in the gap)
  const m = /^9?N(9+)$/.exec(shape);
  if (m && m[1].length >= MIN_STANDING_FIGURES) {
    const team = cs.find((c) => c.name)!;
    return [{ a: team.a, b: team.b, result: false }];
  }
  return [];
}
