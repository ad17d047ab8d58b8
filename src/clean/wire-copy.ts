/**
 * Wire copy kept whole as plain text (agency feeds, newswire archives, tokenised corpora):
 *
 *   FIAT SEES HIGHER SALES IN SECOND HALF .
 *   TURIN , Italy 1996-08-22
 *   Italian carmaker Fiat SpA said on Thursday …
 *   PepsiCo declined to comment .
 *
 * The body search weighs lines by length, so two kinds of wire line fall outside its run though
 * they are article text: the headline in capitals (short, it weighs against the run when it
 * ends in a full stop, unlike a heading that pickTitle would read), and a short last sentence
 * ("X declined to comment ."). Losing either loses the names they carry.
 */
import type { StructLine } from './text-structure.js';

const words = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** Words of a wire headline; longer lines are leads. */
const MAX_HEADLINE_WORDS = 20;

/**
 * A headline in capitals: three to twenty words, at least 60 % of its letters upper case, and
 * no lower-case run of prose ("SOCCER - ENGLISH PREMIER LEAGUE RESULTS .", "UK'S MAJOR SAYS NO
 * EARLY ELECTION.").
 */
export function isCapsHeadline(line: string): boolean {
  const n = words(line);
  if (n < 3 || n > MAX_HEADLINE_WORDS) return false;
  const letters = line.replace(/[^\p{L}]/gu, '').length;
  const upper = line.replace(/[^\p{Lu}]/gu, '').length;
  return letters > 0 && upper / letters >= 0.6;
}

/** Lines a wire headline may stand over before the body: a byline ("John Smith"). */
const MAX_BYLINE_WORDS = 4;

/**
 * The index of a wire headline in capitals that opens the dump right above the body run
 * (directly, or over a one-line byline), else `start`. Only the dump's first line qualifies:
 * a page with a menu or a header above its text is not wire copy.
 */
export function wireHeadlineStart(lines: readonly StructLine[], start: number): number {
  const first = lines.findIndex((l) => l.kind !== 'blank');
  if (first < 0 || first >= start) return start;
  const l = lines[first];
  if ((l.kind !== 'prose' && l.kind !== 'heading' && l.kind !== 'short') || !isCapsHeadline(l.text))
    return start;
  let between = 0;
  for (let i = first + 1; i < start; i++) {
    const x = lines[i];
    if (x.kind === 'blank') continue;
    if (x.kind === 'chrome' || x.kind === 'prose' || words(x.text) > MAX_BYLINE_WORDS || ++between > 1)
      return start;
  }
  return first;
}

const SENTENCE_END = /[.!?…]["'”»’)\]]*$/u;
const OPENS_SENTENCE = /^["“'‘(]?[\p{Lu}\p{N}]/u;

/**
 * In wire copy (the body run holds a wire dateline), the end of the run extended over the short
 * sentences right after it ("PepsiCo declined to comment ."): a sentence opening with a capital
 * and ending in sentence punctuation, with a verb-sized body of three words or more. Headings,
 * chrome and sign-offs ("-- Milan newsroom +39 2 66129") stop it.
 */
export function wireTailEnd(lines: readonly StructLine[], start: number, end: number): number {
  let wire = false;
  for (let i = start; i < end && !wire; i++) wire = lines[i].kind === 'dateline';
  if (!wire) return end;
  let e = end;
  for (let i = end; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'blank') continue;
    const t = l.text.trim();
    if (
      (l.kind !== 'short' && l.kind !== 'prose') ||
      words(t) < 3 ||
      !SENTENCE_END.test(t) ||
      !OPENS_SENTENCE.test(t)
    )
      break;
    e = i + 1;
  }
  return e;
}
