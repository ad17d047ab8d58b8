/**
 * The English NER model (src/nlp/ner.ts) seen through the mention extractor's tokens.
 *
 * The model proposes name spans (person, organization, location, misc) and the gazetteer is
 * one of its features; the mention extractor links what it proposes to gazetteer entries and
 * gives Orbit's types (country, media, group…). Both tokenizers work on the same text, so a
 * model span is carried over by character offsets: the extractor tokens lying wholly inside it.
 * A span that cuts through an extractor token ("Kyrgyz" of "Kyrgyz-Turkish") is not carried.
 *
 * Only English has a model; for other languages (and when the weights are missing) the view is
 * null and the extractor keeps its rules.
 */
import { englishNerModel, recognizeNames, type NerType } from '../nlp/ner.js';
import { tokenize as nlpTokenize } from '../nlp/tokenize.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { nerLexiconOf } from '../resolve/ner-lexicon.js';
import type { Tokens } from './mentions-tokens.js';

/** A model span over extractor tokens `[a, b)`. */
export type ModelSpan = {
  a: number;
  b: number;
  type: NerType;
  consistency: boolean;
  /** the span closes on the dot of an abbreviation the extractor's last token leaves out ("Mich.") */
  dot?: boolean;
};

export type ModelView = {
  spans: ModelSpan[];
  /** index into `spans` of the span covering each extractor token, or -1 */
  spanAt: Int32Array;
};

/** Recognised names carried onto the extractor's tokens; null without an English model. */
export function modelView(
  text: string,
  sentences: readonly { start: number; end: number }[] | null,
  gaz: Gazetteer,
  t: Tokens,
  tableRow: Uint8Array | null = null,
): ModelView | null {
  const input = nlpTokenize(text, 'en', sentences && sentences.length ? sentences : undefined);
  const found = recognizeNames({ ...input, text }, 'en', nerLexiconOf(gaz));
  if (!found) return null;
  const spanAt = new Int32Array(t.n).fill(-1);
  const spans: ModelSpan[] = [];
  const common = englishNerModel()?.common ?? null;
  const titleCase = titleCaseSentences(
    input.sentences.map((x) => x),
    text,
  );
  let i = 0;
  let si = 0;
  for (const s of found) {
    // headlines and menus in title case: every word is capitalised, so the model's case
    // features say nothing there ("Air Travel Reopened", "Joint Statement")
    while (si < titleCase.length && titleCase[si].end <= s.start) si++;
    const inTitle = si < titleCase.length && titleCase[si].start <= s.start && titleCase[si].title;
    // (a row of a results or standings table, "Coventry 1 Newcastle 2", is no headline)
    if (inTitle && !(tableRow && tableRow[firstTokenAt(t, s.start)])) continue;
    // capitalised common words ("Besides", "Summit", "Joint Statement") are a name only when
    // the document shows it (a surname repeated from a full name); bodies named by common
    // nouns ("Supreme Court") are the rules' organisation heads. Places are kept ("West Bank").
    if (
      s.source === 'model' &&
      common &&
      (s.type !== 'LOC' || !/\s/.test(text.slice(s.start, s.end))) &&
      allCommon(text.slice(s.start, s.end), common)
    )
      continue;
    while (i < t.n && t.start[i] < s.start) i++;
    let j = i;
    while (j < t.n && t.end[j] <= s.end) j++;
    if (j === i) continue;
    const tail = text.slice(t.end[j - 1], s.end);
    // (an abbreviated place keeps its dot: "Flint, Mich.", "Springfield, Va.")
    const dot = tail === '.' && s.type === 'LOC' && j === i + 1 && ABBREVIATED.test(t.raw[i]);
    if (tail && !dot && !/^['’]s$/.test(tail)) continue;
    // a greedy tagger may end a name on a connector ("12th Summit of"): names end capitalised
    while (j > i + 1 && !t.cap[j - 1] && !/^\p{N}/u.test(t.raw[j - 1])) j--;
    // the span must start and end on extractor token boundaries (a possessive 's may follow)
    if (t.start[i] !== s.start) continue;
    if (j === i + 1 && !t.cap[i]) continue;
    const k = spans.length;
    spans.push({
      a: i,
      b: j,
      type: s.type,
      consistency: s.source === 'consistency',
      ...(dot ? { dot } : {}),
    });
    spanAt.fill(k, i, j);
    i = j;
  }
  return { spans, spanAt };
}

/** Index of the extractor token starting at or after character `pos` (t.n past the end). */
function firstTokenAt(t: Tokens, pos: number): number {
  let lo = 0;
  let hi = t.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The type the model gives the tokens `[a, b)`: a span with exactly these bounds, else null. */
export function modelTypeOf(view: ModelView | null, a: number, b: number): NerType | null {
  if (!view || b <= a) return null;
  const k = view.spanAt[a];
  if (k < 0) return null;
  const sp = view.spans[k];
  return sp.a === a && sp.b === b ? sp.type : null;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
/** a capitalised word short enough to be an abbreviation before its dot ("Mich", "Va", "Calif") */
const ABBREVIATED = /^\p{Lu}\p{Ll}{1,4}$/u;
const UPPER = /^\p{Lu}/u;

/**
 * Sentences written in title case: at least three words of three letters or more, 80 % of them
 * capitalised, and no word in lower case but a minor one ("of", "as", "with"): a headline, a
 * menu, a list of links. A sentence of names with one verb ("Rep. Jim Jordan (R-Ohio) spoke on
 * Monday") is no title.
 */
export function titleCaseSentences(
  sentences: readonly { start: number; end: number }[],
  text: string,
): { start: number; end: number; title: boolean }[] {
  return sentences.map((s) => {
    let words = 0;
    let caps = 0;
    let lowerContent = false;
    WORD.lastIndex = 0;
    const part = text.slice(s.start, s.end);
    for (let m = WORD.exec(part); m !== null; m = WORD.exec(part)) {
      const upper = UPPER.test(m[0]);
      if (!upper && !lowerContent && /^\p{Ll}/u.test(m[0]) && !MINOR_WORDS.has(m[0])) lowerContent = true;
      if (m[0].length < 3) continue;
      words++;
      if (upper) caps++;
    }
    return { start: s.start, end: s.end, title: words >= 3 && caps >= 0.8 * words && !lowerContent };
  });
}

/** Words a title in title case writes in lower case. */
const MINOR_WORDS = new Set(
  'a an the and or but nor for so yet of in on at to by from with as into onto upon over under off out up per via vs v amid after before than about against'.split(
    ' ',
  ),
);

/** Every word of the name is a word the training text writes in lower case. */
function allCommon(name: string, common: ReadonlySet<string>): boolean {
  const words = name
    .toLowerCase()
    .split(/[\s'’]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => common.has(w) || w === 's');
}
