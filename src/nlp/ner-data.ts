/**
 * Reading the open NER data (PolNeAR's silver CoreNLP layer, CoNLL files such as wikigold and
 * re3d) into one shape, projecting its entity spans onto the language layer's tokens, and
 * scoring recognised spans against them. Used by scripts/train-ner.mjs and bench/ner-eval.mjs;
 * nothing at run time depends on it.
 *
 * Everything is measured in characters: a document is a text with gold entity spans
 * `[start, end)` and, where known, its sentences. CoNLL files have no text, so their tokens are
 * joined with spaces (sentences with newlines) and the spans point into that text. Scores are
 * exact-span, exact-type micro F1 over PER, ORG and LOC.
 */
import { gunzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  classOf,
  NER_IGNORE,
  recognizeWith,
  trainingView,
  type NerLexicon,
  type NerModel,
  type NerSpan,
  type NerTrainDoc,
  type NerType,
} from './ner.js';
import { tokenize, type Tokenization } from './tokenize.js';
import { splitSentences } from './sentences.js';

export type GoldSpan = { start: number; end: number; type: NerType };
export type NerDoc = {
  id: string;
  text: string;
  sentences: { start: number; end: number }[] | null;
  entities: GoldSpan[];
  /**
   * Gold mentions left out of the score (see `namesOnly`): a prediction overlapping one counts
   * neither as right nor as wrong, unless it matches a scored entity.
   */
  unscored?: { start: number; end: number }[];
  /** gold spans begin with the article ("the United States"): both sides drop it before matching */
  dropArticle?: boolean;
};

const COREN_TYPES: Record<string, NerType> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  LOCATION: 'LOC',
  MISC: 'MISC',
};

/**
 * PolNeAR: one JSON line per sentence (`{doc, s, tokens: [[word, start, end, pos, lemma, ner]]}`);
 * a run of tokens with the same 4-class NER tag is one entity. Texts come from `textDir`.
 */
export function readPolnear(jsonlGz: string, textDir: string): NerDoc[] {
  const lines = gunzipSync(readFileSync(jsonlGz)).toString('utf8').split('\n');
  const docs = new Map<string, NerDoc>();
  for (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as {
      doc: string;
      tokens: [string, number, number, string, string, string][];
    };
    let d = docs.get(row.doc);
    if (!d) {
      const path = join(textDir, `${row.doc}.txt`);
      if (!existsSync(path)) continue;
      d = { id: row.doc, text: readFileSync(path, 'utf8'), sentences: null, entities: [] };
      docs.set(row.doc, d);
    }
    let cur: GoldSpan | null = null;
    for (const tok of row.tokens) {
      const type = COREN_TYPES[tok[5]];
      if (type && cur && cur.type === type) {
        cur.end = tok[2];
        continue;
      }
      if (cur) d.entities.push(cur);
      cur = type ? { start: tok[1], end: tok[2], type } : null;
    }
    if (cur) d.entities.push(cur);
  }
  return [...docs.values()];
}

export type ConllOptions = {
  /** tag type name → NER type (unlisted types are O) */
  types: Record<string, NerType>;
  /** drop gold entities with no capitalised word (re3d marks pronouns and "rebels") */
  dropLowercase?: boolean;
};

/**
 * A CoNLL file (`TOKEN TAG` or `TOKEN<TAB>TAG`, blank line between sentences, optional
 * `-DOCSTART-` lines separating documents) as documents whose text joins the tokens. IO and
 * IOB2 tags are both read: an I- tag continues an entity of its type, a B- tag starts one.
 */
export function readConll(content: string, idPrefix: string, options: ConllOptions): NerDoc[] {
  const docs: NerDoc[] = [];
  let text = '';
  let sentences: { start: number; end: number }[] = [];
  let entities: GoldSpan[] = [];
  let sentStart = -1;
  let cur: GoldSpan | null = null;
  let curCap = false;
  const closeEntity = () => {
    if (cur && (!options.dropLowercase || curCap)) entities.push(cur);
    cur = null;
    curCap = false;
  };
  const closeSentence = () => {
    closeEntity();
    if (sentStart >= 0) {
      sentences.push({ start: sentStart, end: text.length });
      text += '\n';
    }
    sentStart = -1;
  };
  const closeDoc = () => {
    closeSentence();
    if (sentences.length) docs.push({ id: `${idPrefix}${docs.length}`, text, sentences, entities });
    text = '';
    sentences = [];
    entities = [];
  };
  for (const raw of content.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) {
      closeSentence();
      continue;
    }
    const parts = line.split(/[\t ]+/);
    const word = parts[0]!;
    const tag = parts[parts.length - 1]!;
    if (word === '-DOCSTART-') {
      closeDoc();
      continue;
    }
    if (sentStart < 0) sentStart = text.length;
    else text += ' ';
    const start = text.length;
    text += word;
    const m = /^([BI])-(.+)$/.exec(tag);
    const type = m ? options.types[m[2]!] : undefined;
    if (!type || !m) {
      closeEntity();
      continue;
    }
    if (cur && (cur as GoldSpan).type === type && m[1] === 'I') {
      (cur as GoldSpan).end = text.length;
    } else {
      closeEntity();
      cur = { start, end: text.length, type };
    }
    if (/^\p{Lu}/u.test(word)) curCap = true;
  }
  closeDoc();
  return docs;
}

/** Tokens of a document as the recogniser sees them at run time. */
export function tokenizeDoc(doc: NerDoc): Tokenization & { text: string } {
  const sentences = doc.sentences ?? splitSentences(doc.text);
  return { ...tokenize(doc.text, 'en', sentences), text: doc.text };
}

/** A training document: gold spans projected onto the tokens (a token inside a span takes its type). */
export function toTrainDoc(doc: NerDoc, lexicon: NerLexicon | null, domain = 0): NerTrainDoc {
  const tk = tokenizeDoc(doc);
  const tags = new Uint8Array(tk.length);
  const ents = doc.entities.slice().sort((a, b) => a.start - b.start);
  let e = 0;
  let lastEntity = -1;
  for (let i = 0; i < tk.length; i++) {
    const s = tk.starts[i]!;
    while (e < ents.length && ents[e]!.end <= s) e++;
    const ent = ents[e];
    if (ent && ent.start <= s && s < ent.end) {
      tags[i] = classOf(
        lastEntity === e && i > 0 && tk.sentenceOf[i] === tk.sentenceOf[i - 1] ? 'I' : 'B',
        ent.type,
      );
      lastEntity = e;
    } else lastEntity = -1;
  }
  // tokens of a gold mention left out of the score (not a name: "ISIL tactical units") teach
  // nothing either way
  for (const u of doc.unscored ?? []) {
    for (let i = 0; i < tk.length; i++)
      if (tk.starts[i]! < u.end && u.start < tk.ends[i]! && tags[i] === 0) tags[i] = NER_IGNORE;
  }
  const view = trainingView(tk, lexicon);
  return {
    forms: view.forms,
    tags,
    lexAtoms: view.lexAtoms,
    sentences: tk.sentences.map((x) => ({ first: x.first, last: x.last })),
    domain,
  };
}

export type Scores = {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
};
export type NerScores = Scores & { byType: Record<string, Scores> };

const SCORED: NerType[] = ['PER', 'ORG', 'LOC'];

function score(correct: number, gold: number, predicted: number): Scores {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

const ARTICLE = /^(?:the|a|an)\s+/i;

/** The span without a leading "the", "a" or "an" (kept when nothing would be left). */
function withoutArticle(text: string, s: { start: number; end: number }): { start: number; end: number } {
  const m = ARTICLE.exec(text.slice(s.start, s.end));
  return m && s.start + m[0].length < s.end ? { start: s.start + m[0].length, end: s.end } : s;
}

const PRONOUN = new Set(
  'i me my we us our ours he him his she her hers it its they them their theirs you your who whom whose which that this these those itself himself herself themselves ourselves'.split(
    ' ',
  ),
);
/** lower-case words a name may contain ("Bank of America", "Ibrahim al - Jaafari") */
const NAME_PARTICLE = new Set(
  "of the and & for de du da di del der den van von la le al el bin ibn y - – ’ ' 's ’s , .".split(' '),
);
const NAME_WORD_START = /^[\p{Lu}\p{N}]/u;

/**
 * The named mentions of a document whose gold also marks pronouns and common nouns (re3d): an
 * entity is scored when, after a leading "the", "a" or "an", its first word starts with a
 * capital or a digit, it is not a pronoun ("It", "We"), and every word starts with a capital or
 * a digit or is a name particle (`NAME_PARTICLE`). So "the United States", "Islamic State of
 * Iraq and the Levant" and "Prime Minister" are scored, "we", "the regime", "fighting
 * positions", "ISIL tactical units" and "northern Syria" are not. The others become `unscored`:
 * a prediction overlapping one is not counted. The article is dropped from both sides
 * (`dropArticle`), as CoNLL-style names do not include it.
 */
export function namesOnly(doc: NerDoc): NerDoc {
  const entities: GoldSpan[] = [];
  const unscored: { start: number; end: number }[] = [...(doc.unscored ?? [])];
  for (const e of doc.entities) {
    const span = withoutArticle(doc.text, e);
    const words = doc.text.slice(span.start, span.end).split(/\s+/).filter(Boolean);
    const named =
      words.length > 0 &&
      NAME_WORD_START.test(words[0]!) &&
      !(words.length === 1 && PRONOUN.has(words[0]!.toLowerCase())) &&
      words.every((w) => NAME_WORD_START.test(w) || NAME_PARTICLE.has(w.toLowerCase()));
    if (named) entities.push({ ...span, type: e.type });
    else unscored.push({ start: e.start, end: e.end });
  }
  return { ...doc, entities, unscored, dropArticle: true };
}

/** Exact span + type micro scores over PER, ORG and LOC. */
export function scoreNer(
  docs: NerDoc[],
  predict: (doc: NerDoc) => { start: number; end: number; type: string }[],
): NerScores {
  const counts = new Map<string, { c: number; g: number; p: number }>(
    SCORED.map((t) => [t, { c: 0, g: 0, p: 0 }]),
  );
  for (const doc of docs) {
    const gold = new Set<string>();
    for (const e of doc.entities) {
      if (!SCORED.includes(e.type)) continue;
      gold.add(`${e.start}:${e.end}:${e.type}`);
      counts.get(e.type)!.g++;
    }
    for (const raw of predict(doc)) {
      const c = counts.get(raw.type);
      if (!c) continue;
      const p = doc.dropArticle ? withoutArticle(doc.text, raw) : raw;
      const key = `${p.start}:${p.end}:${raw.type}`;
      if (gold.has(key)) {
        c.p++;
        c.c++;
      } else if (!doc.unscored?.some((u) => u.start < p.end && p.start < u.end)) c.p++;
    }
  }
  let c = 0;
  let g = 0;
  let p = 0;
  const byType: Record<string, Scores> = {};
  for (const [t, x] of counts) {
    byType[t] = score(x.c, x.g, x.p);
    c += x.c;
    g += x.g;
    p += x.p;
  }
  return { ...score(c, g, p), byType };
}

/** Deterministic document split: every `k`-th document by a seeded shuffle goes to the test part. */
export function splitDocs<T>(
  docs: T[],
  testShare: number,
  seed: number,
  random: (seed: number) => () => number,
): { train: T[]; test: T[] } {
  const order = docs.map((_, i) => i);
  const r = random(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const cut = Math.round(docs.length * testShare);
  const test = new Set(order.slice(0, cut));
  return { train: docs.filter((_, i) => !test.has(i)), test: docs.filter((_, i) => test.has(i)) };
}

export type { NerSpan };

/** Recognised spans of a document, tokenized and tagged as at run time. */
export function predictDoc(
  model: NerModel,
  doc: NerDoc,
  lexicon: NerLexicon | null,
  consistency = true,
  domain = 0,
): NerSpan[] {
  return recognizeWith(model, tokenizeDoc(doc), lexicon, consistency, domain);
}
