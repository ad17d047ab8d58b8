/**
 * From an alignment to a copy link: type, score and direction.
 *
 * Types (see docs/copies.md):
 *  - duplicate:  same text (each side ≥ 90 % inside the other, or the shorter ≥ 85 % inside the
 *                longer with no added prose), same outlet or outlet unknown, no agency credited
 *  - syndicated: the same text, but another outlet, or one side credits an agency/original
 *  - excerpt:    a long verbatim passage of one inside the other, which has prose of its own
 *  - rewrite:    most sentences of one text reappear paraphrased in the other (fuzzy sentence
 *                matches) with the same facts: its names and figures are the other's
 */
import type { DocLink, LinkType } from '../model/index.js';
import type { Alignment, Variant } from './align.js';
import { foldText } from './normalize.js';

/** Documents with fewer tokens than this are never linked: too little text to tell copying. */
export const MIN_TOKENS = 10;
export const SAME_TEXT = 0.9;
export const CONTAINED = 0.85;
/** An excerpt is a verbatim passage of at least this many tokens. */
export const EXCERPT_MIN_TOKENS = 40;
/** Breaks (exact runs) allowed per token for a text to count as verbatim: 2 per 100 tokens. */
export const NEAR_SAME_BREAKS = 0.02;
/** An excerpt leaves more than this share of at least one side unmatched (even fuzzily). */
export const EXCERPT_MAX_OWN_COVER = 0.6;

/*
 * Rewrites. A rewrite says the same things in other words, so it must agree with its source on
 * the facts, not only on the wording: template stories (bond issues, dividend notices, quarterly
 * results) share whole sentence frames but fill them with other names and figures.
 * The copy side C is the side more of whose content is matched; O is the other.
 */
/** Share of C's content words in sentences matched to O (a rewrite is mostly paraphrase)… */
export const REWRITE_COPY_COVER = 0.8;
/** …and share of O's content words that reappear in C (a rewrite drops a few sentences at most). */
export const REWRITE_SOURCE_COVER = 0.5;
/** Share of C's names and figures (misspellings and abbreviations allowed) that O has. */
export const REWRITE_SPECIFICS = 0.85;
/** Share of C's figures that O has, exactly: a rewrite does not invent or change numbers. */
export const REWRITE_FIGURES = 0.9;
/** Share of names/figures in matched sentences that may be replaced by other ones. */
export const REWRITE_MAX_CONFLICTS = 0.2;
/**
 * Names/figures replaced by other ones, per matched sentence: a paraphrase may turn a title
 * ("Trade Minister" → "Commerce Secretary") but a template refilled names a third of its
 * sentences' actors or amounts differently.
 */
export const REWRITE_MAX_CONFLICTS_PER_SEGMENT = 0.35;
/** Matched sentences with other figures (template sentences) allowed per matched sentence. */
export const REWRITE_MAX_CLASH_RATE = 0.1;
/**
 * A partial rewrite (a content farm paraphrasing part of an article amid text of its own) needs
 * this many matched sentences covering REWRITE_PARTIAL_COVER of the shorter text: a handful of
 * similar sentences is what two reports of one press release look like.
 */
export const REWRITE_PARTIAL_SEGMENTS = 8;
export const REWRITE_PARTIAL_COVER = 0.4;
export const REWRITE_PARTIAL_SPECIFICS = 0.5;
export const REWRITE_PARTIAL_MAX_CONFLICTS = 0.1;

export type LinkMeta = {
  id: string;
  published: string | null;
  outlet: string | null;
  originalSource: string | null;
};

export type Classification = {
  type: Exclude<LinkType, 'same_story'>;
  score: number;
  aIsContainer: boolean | null;
};

const round = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;

function sameTextType(a: LinkMeta, b: LinkMeta): 'duplicate' | 'syndicated' {
  const oa = a.outlet ? foldText(a.outlet) : '';
  const ob = b.outlet ? foldText(b.outlet) : '';
  if (oa && ob) return oa === ob ? 'duplicate' : 'syndicated';
  if ((a.originalSource ?? '').trim() || (b.originalSource ?? '').trim()) return 'syndicated';
  return 'duplicate';
}

/** Decide the link type of an aligned pair, or null when it is not a copy. */
export function classify(al: Alignment, a: LinkMeta, b: LinkMeta): Classification | null {
  if (al.tokensA < MIN_TOKENS || al.tokensB < MIN_TOKENS) return null;
  const aShorter = al.tokensA <= al.tokensB;
  const covShort = aShorter ? al.exactCovA : al.exactCovB;
  const proseLong = aShorter ? al.uncoveredProseB : al.uncoveredProseA;
  const shortTokens = Math.min(al.tokensA, al.tokensB);
  const shared = covShort * shortTokens;

  // Verbatim: few exact runs for the length, and no gap between runs where the two texts state
  // other names or figures (one template filled in twice: "… arrange two billion dlrs of …" /
  // "… arrange 1.5 billion dlrs of …"). A copy with page chrome around it still has one run per
  // body; a light paraphrase breaks the text at every edit.
  const verbatim = al.runs <= 2 + NEAR_SAME_BREAKS * shortTokens && al.gapConflicts === 0;
  if (verbatim && al.exactCovA >= SAME_TEXT && al.exactCovB >= SAME_TEXT) {
    return {
      type: sameTextType(a, b),
      score: round(Math.min(al.exactCovA, al.exactCovB)),
      aIsContainer: null,
    };
  }
  if (verbatim && covShort >= CONTAINED) {
    // The shorter text is inside the longer one. If what the longer adds is page chrome or a
    // short note, it is the same article; if it adds prose of its own, it quotes an excerpt.
    const addsProse = proseLong >= Math.max(30, 0.25 * shared);
    if (!addsProse) return { type: sameTextType(a, b), score: round(covShort), aIsContainer: null };
    return { type: 'excerpt', score: round(0.5 + 0.5 * covShort), aIsContainer: !aShorter };
  }
  const longPassage = al.longestPassage >= EXCERPT_MIN_TOKENS;
  const excerpt = (): Classification => ({
    type: 'excerpt',
    score: round(0.4 + 0.6 * Math.min(1, al.longestPassage / shortTokens)),
    // The container (the quoting text) is the side that puts the passage in quotation marks;
    // failing that, the side whose share inside the shared text is smaller.
    aIsContainer: al.longestQuotedA !== al.longestQuotedB ? al.longestQuotedA : al.exactCovA < al.exactCovB,
  });
  // A long verbatim passage while both sides keep much text of their own: quoting, not rewriting.
  if (longPassage && Math.min(al.fuzzyCovA, al.fuzzyCovB) < EXCERPT_MAX_OWN_COVER) return excerpt();

  // Facts shared by every kind of rewrite: matched sentences keep their figures and names.
  const clashesOk = al.figureClashes <= REWRITE_MAX_CLASH_RATE * al.matchedSegments;
  // A paraphrase of (most of) the whole text.
  const aCopy = al.fuzzyCovA >= al.fuzzyCovB;
  const copyCover = aCopy ? al.fuzzyCovA : al.fuzzyCovB;
  const sourceCover = aCopy ? al.fuzzyCovB : al.fuzzyCovA;
  const copySpecifics = aCopy ? al.specificCovA : al.specificCovB;
  const copyFigures = aCopy ? al.figureCovA : al.figureCovB;
  if (
    al.matchedSegments >= 2 &&
    copyCover >= REWRITE_COPY_COVER &&
    sourceCover >= REWRITE_SOURCE_COVER &&
    copySpecifics >= REWRITE_SPECIFICS &&
    copyFigures >= REWRITE_FIGURES &&
    al.conflictRate <= REWRITE_MAX_CONFLICTS &&
    al.conflicts <= REWRITE_MAX_CONFLICTS_PER_SEGMENT * al.matchedSegments &&
    clashesOk
  ) {
    return {
      type: 'rewrite',
      score: round(Math.sqrt(al.fuzzyCovA * al.fuzzyCovB) * (0.5 + 0.5 * al.meanSegmentSim)),
      aIsContainer: null,
    };
  }
  if (longPassage) return excerpt();
  // A paraphrase of part of the other text (a content-farm rewrite of selected paragraphs).
  const fuzzyShort = aShorter ? al.fuzzyCovA : al.fuzzyCovB;
  const fuzzyLong = aShorter ? al.fuzzyCovB : al.fuzzyCovA;
  const specificShort = aShorter ? al.specificCovA : al.specificCovB;
  if (
    al.matchedSegments >= REWRITE_PARTIAL_SEGMENTS &&
    fuzzyShort >= REWRITE_PARTIAL_COVER &&
    specificShort >= REWRITE_PARTIAL_SPECIFICS &&
    al.conflictRate <= REWRITE_PARTIAL_MAX_CONFLICTS &&
    clashesOk
  ) {
    return {
      type: 'rewrite',
      score: round(fuzzyShort * (0.5 + 0.5 * al.meanSegmentSim) * (0.7 + 0.3 * fuzzyLong)),
      aIsContainer: null,
    };
  }
  return null;
}

/** Parse a published value to epoch ms and whether it carries a time of day; null if unusable. */
function parseDate(s: string | null): { t: number; hasTime: boolean } | null {
  if (!s) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return { t, hasTime: /T\d/.test(s) };
}

/**
 * -1 when a was published before b, +1 after, 0 when unknown or not distinguishable. When only a
 * day is known for either side, the two must fall on different days to count.
 */
export function compareDates(a: string | null, b: string | null): number {
  const da = parseDate(a);
  const db = parseDate(b);
  if (!da || !db) return 0;
  if (da.hasTime && db.hasTime) return da.t === db.t ? 0 : da.t < db.t ? -1 : 1;
  const dayA = (a ?? '').slice(0, 10);
  const dayB = (b ?? '').slice(0, 10);
  return dayA === dayB ? 0 : dayA < dayB ? -1 : 1;
}

function credits(copy: LinkMeta, original: LinkMeta): boolean {
  const src = copy.originalSource ? foldText(copy.originalSource) : '';
  if (!src) return false;
  const outlet = original.outlet ? foldText(original.outlet) : '';
  return outlet !== '' && (outlet === src || outlet.startsWith(src + ' ') || src.startsWith(outlet + ' '));
}

/**
 * Garbling evidence per side from aligned spelling variants (x in A, y in B): a side that also
 * uses the other side's spelling elsewhere is inconsistent with itself, so its variant is the
 * corruption ("Aker" next to "Akar"): the careless copy, not the original.
 */
export function garbling(
  variants: Variant[],
  wordsA: Set<string>,
  wordsB: Set<string>,
): { a: number; b: number } {
  let ga = 0;
  let gb = 0;
  const seen = new Set<string>();
  for (const v of variants) {
    const key = `${v.a}\u0000${v.b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const aAlsoHasB = wordsA.has(v.b);
    const bAlsoHasA = wordsB.has(v.a);
    if (aAlsoHasB && !bAlsoHasA) ga++;
    else if (bAlsoHasA && !aAlsoHasB) gb++;
  }
  return { a: ga, b: gb };
}

/**
 * Direction: `from` is the derived copy, `to` the original. Rules, first that decides wins:
 *  1. credit: a side whose originalSource names the other side's outlet is the copy;
 *  2. dates: both known and distinguishable → the later one is the copy;
 *  3. garbling: the side with more self-inconsistent spellings of aligned names is the copy;
 *  4. containment (excerpts): the container quotes the contained text, so it is the copy;
 *  5. length: a rewrite/copy tends to shorten, so the shorter is the copy; tie → larger id.
 */
export function decideDirection(
  a: LinkMeta,
  b: LinkMeta,
  c: Classification,
  garble: { a: number; b: number },
  tokensA: number,
  tokensB: number,
): { from: string; to: string } {
  const aFrom = { from: a.id, to: b.id };
  const bFrom = { from: b.id, to: a.id };
  const ca = credits(a, b);
  const cb = credits(b, a);
  if (ca !== cb) return ca ? aFrom : bFrom;
  const d = compareDates(a.published, b.published);
  if (d !== 0) return d > 0 ? aFrom : bFrom;
  if (garble.a !== garble.b) return garble.a > garble.b ? aFrom : bFrom;
  if (c.type === 'excerpt' && c.aIsContainer !== null) return c.aIsContainer ? aFrom : bFrom;
  if (tokensA !== tokensB) return tokensA < tokensB ? aFrom : bFrom;
  return a.id > b.id ? aFrom : bFrom;
}

export function toLink(dir: { from: string; to: string }, c: Classification): DocLink {
  return { from: dir.from, to: dir.to, type: c.type, score: c.score };
}
