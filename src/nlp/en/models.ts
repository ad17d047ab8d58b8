/**
 * The English models as Doc components, and their files in data/models:
 *   en-tagger.orbm.gz  joint UPOS+XPOS tagger, tag-ambiguity table, lemmatizer, clusters
 *   en-parser.orbm.gz  transition and label perceptrons of the dependency parser
 * Both are read once per process on first use (src/nlp/analyze.ts). A missing file leaves the
 * Doc untagged/unparsed (null annotations); a corrupt one throws ORBIT_E_MODEL.
 */
import { gunzipSync } from 'node:zlib';
import { CompactPerceptron } from '../learn/sparse.js';
import { BucketTable } from '../learn/bucket-table.js';
import { RowTable } from '../learn/row-table.js';
import { packModel, unpackModel } from '../learn/model-file.js';
import { readModelFile } from '../models.js';
import { Doc, uposId } from '../doc.js';
import { lemmatize, parseLemmatizer, serializeLemmatizer, type LemmatizerModel } from './lemmatizer.js';
import { parseSentence, type ParserModel } from './parser.js';
import { settledClasses, SURE_MARGIN, tagSentence, type TagClass, type TaggerModel } from './tagger.js';
import { readClusters, wordAtoms, type Clusters, type WordAtoms } from './words.js';

export const TAGGER_FILE = 'en-tagger.orbm.gz';
export const PARSER_FILE = 'en-parser.orbm.gz';
export const TAGGER_KIND = 'en-tagger';
export const PARSER_KIND = 'en-parser';
export const TAGGER_VERSION = 1;
export const PARSER_VERSION = 1;

/**
 * Sentences longer than this are parsed in consecutive windows of this many tokens (each window
 * gets its own root): the parser is linear, but one giant "sentence" from text without any
 * punctuation is not a sentence, and windows keep the trees local.
 */
export const MAX_PARSE_TOKENS = 250;

export type EnglishTagger = TaggerModel & { lemmas: LemmatizerModel };

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

export function packTagger(model: EnglishTagger, meta: Record<string, unknown>): Uint8Array {
  if (!(model.weights instanceof CompactPerceptron)) throw new TypeError('pack a compacted tagger');
  const amb = [...model.ambiguity.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([w, h]) => `${w}\t${h}`)
    .join('\n');
  const clusters = model.clusters
    ? [...model.clusters.entries()].map(([w, p]) => `${w}\t${p}`).join('\n')
    : '';
  return packModel(
    TAGGER_KIND,
    TAGGER_VERSION,
    { ...meta, classes: model.classes },
    {
      weights: model.weights.serialize(),
      ...(model.second instanceof CompactPerceptron ? { second: model.second.serialize() } : {}),
      ambiguity: enc(amb),
      lemmas: enc(serializeLemmatizer(model.lemmas)),
      clusters: enc(clusters),
    },
  );
}

export function packParser(model: ParserModel, meta: Record<string, unknown>): Uint8Array {
  if (!(model.moves instanceof CompactPerceptron) || !(model.labeller instanceof CompactPerceptron))
    throw new TypeError('pack a compacted parser');
  return packModel(
    PARSER_KIND,
    PARSER_VERSION,
    { ...meta, labels: model.labels },
    {
      moves: model.moves.serialize(),
      labeller: model.labeller.serialize(),
    },
  );
}

/** Serialised compact weights in their inference form (sparse rows; same scores). */
function rowTable(bytes: Uint8Array): RowTable {
  return RowTable.from(CompactPerceptron.parts(bytes));
}

/** The same for a scorer of at most four classes (the parser's moves): one cache line a lookup. */
function bucketTable(bytes: Uint8Array): BucketTable {
  return BucketTable.from(CompactPerceptron.parts(bytes));
}

export function unpackTagger(bytes: Uint8Array): EnglishTagger {
  const file = unpackModel(bytes, TAGGER_KIND, TAGGER_VERSION);
  const block = (name: string) => file.blocks.get(name) ?? new Uint8Array(0);
  const ambiguity = new Map<string, number>();
  for (const line of dec(block('ambiguity')).split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) ambiguity.set(line.slice(0, tab), Number(line.slice(tab + 1)) >>> 0);
  }
  const clusterText = dec(block('clusters'));
  const classes = file.meta.classes as TagClass[];
  return {
    classes,
    weights: rowTable(block('weights')),
    second: file.blocks.has('second') ? rowTable(block('second')) : null,
    ambiguity,
    settled: settledClasses(classes.length),
    sureMargin: SURE_MARGIN,
    clusters: clusterText ? readClusters(clusterText) : null,
    lemmas: parseLemmatizer(dec(block('lemmas'))),
  };
}

export function unpackParser(bytes: Uint8Array, clusters: Clusters | null): ParserModel {
  const file = unpackModel(bytes, PARSER_KIND, PARSER_VERSION);
  return {
    labels: file.meta.labels as string[],
    moves: bucketTable(file.blocks.get('moves') ?? new Uint8Array(0)),
    labeller: rowTable(file.blocks.get('labeller') ?? new Uint8Array(0)),
    clusters,
  };
}

type TagTables = {
  xposNames: string[];
  classUpos: number[];
  classXpos: number[];
  classOf: Map<number, number>;
};
const tables = new WeakMap<EnglishTagger, TagTables>();

function tagTables(tagger: EnglishTagger): TagTables {
  let t = tables.get(tagger);
  if (!t) {
    const xposNames = [...new Set(tagger.classes.map((c) => c.xpos))];
    const xposId = new Map(xposNames.map((x, i) => [x, i]));
    const classUpos = tagger.classes.map((c) => uposId(c.upos));
    const classXpos = tagger.classes.map((c) => xposId.get(c.xpos)!);
    const classOf = new Map(classUpos.map((u, c) => [u * 256 + classXpos[c]!, c]));
    t = { xposNames, classUpos, classXpos, classOf };
    tables.set(tagger, t);
  }
  return t;
}

/** Windows of at most MAX_PARSE_TOKENS tokens inside each sentence. */
function* windows(doc: Doc): Generator<[number, number]> {
  for (const sent of doc.sentences) {
    for (let from = sent.first; from < sent.last; from += MAX_PARSE_TOKENS)
      yield [from, Math.min(sent.last, from + MAX_PARSE_TOKENS)];
  }
}

function formsOf(doc: Doc, from: number, to: number): string[] {
  const forms: string[] = [];
  for (let i = from; i < to; i++) forms.push(doc.form(i));
  return forms;
}

/**
 * The word atoms the tagger computed for each window of a Doc, kept for the parser (which needs
 * the same atoms: both read the tagger's clusters) so that they are not computed twice.
 */
const atomsOfDoc = new WeakMap<Doc, WordAtoms[]>();

/**
 * Lemmas of recent forms per tagger class (the lemmatizer is a function of the form and the
 * class's XPOS): news text repeats its words, and a lemma costs several string keys and map
 * lookups. Emptied when full, so memory stays bounded whatever the text.
 */
const LEMMA_CACHE_SIZE = 50_000;
const lemmaCaches = new WeakMap<EnglishTagger, { size: number; byClass: Map<string, string>[] }>();

function lemmaOf(tagger: EnglishTagger, form: string, c: number): string {
  let cache = lemmaCaches.get(tagger);
  if (!cache) lemmaCaches.set(tagger, (cache = { size: 0, byClass: [] }));
  const map = (cache.byClass[c] ??= new Map());
  let lemma = map.get(form);
  if (lemma === undefined) {
    lemma = lemmatize(tagger.lemmas, form, tagger.classes[c]!.xpos);
    if (cache.size >= LEMMA_CACHE_SIZE) {
      for (const m of cache.byClass) m?.clear();
      cache.size = 0;
    }
    map.set(form, lemma);
    cache.size++;
  }
  return lemma;
}

/** Tags and lemmatises every sentence of `doc` in place. */
export function tagDoc(doc: Doc, tagger: EnglishTagger): void {
  const t = tagTables(tagger);
  doc.xposNames = t.xposNames;
  const kept: WordAtoms[] = [];
  atomsOfDoc.set(doc, kept);
  for (const [from, to] of windows(doc)) {
    const forms = formsOf(doc, from, to);
    const atoms = wordAtoms(forms, tagger.clusters);
    kept.push(atoms);
    const tags = tagSentence(tagger, forms, atoms);
    for (let k = 0; k < tags.length; k++) {
      const c = tags[k]!;
      const i = from + k;
      doc.uposIds[i] = t.classUpos[c]!;
      doc.xposIds[i] = t.classXpos[c]!;
      doc.lemmas[i] = lemmaOf(tagger, forms[k]!, c);
    }
  }
  doc.tagged = true;
}

/** Parses every sentence of a tagged `doc` in place (sentences over MAX_PARSE_TOKENS in windows). */
export function parseDoc(doc: Doc, tagger: EnglishTagger, parser: ParserModel): void {
  if (!doc.tagged) tagDoc(doc, tagger);
  const t = tagTables(tagger);
  doc.deprelNames = parser.labels;
  const kept = parser.clusters === tagger.clusters ? atomsOfDoc.get(doc) : undefined;
  atomsOfDoc.delete(doc);
  let w = 0;
  for (const [from, to] of windows(doc)) {
    const cached = kept?.[w++];
    const atoms =
      cached && cached.n === to - from ? cached : wordAtoms(formsOf(doc, from, to), parser.clusters);
    const tags = new Int32Array(to - from);
    const upos = new Int32Array(to - from);
    for (let k = 0; k < tags.length; k++) {
      upos[k] = doc.uposIds[from + k]!;
      tags[k] = t.classOf.get(upos[k]! * 256 + doc.xposIds[from + k]!) ?? 0;
    }
    const tree = parseSentence(parser, { atoms, tags, upos });
    for (let k = 0; k < tags.length; k++) {
      const h = tree.heads[k]!;
      doc.heads[from + k] = h < 0 ? -1 : from + h;
      doc.deprelIds[from + k] = tree.labels[k]!;
    }
  }
  doc.parsed = true;
  doc.invalidate();
}

export type EnglishModels = { tagger: EnglishTagger; parser: ParserModel | null };

/** Reads the English model files; null when the tagger file is absent. */
export function loadEnglishModels(): EnglishModels | null {
  const taggerBytes = readModelFile(TAGGER_FILE);
  if (!taggerBytes) return null;
  const tagger = unpackTagger(taggerBytes);
  const parserBytes = readModelFile(PARSER_FILE);
  const parser = parserBytes ? unpackParser(parserBytes, tagger.clusters) : null;
  return { tagger, parser };
}

/** Uncompressed size of a model file (for reports). */
export function rawSize(bytes: Uint8Array): number {
  return gunzipSync(bytes).byteLength;
}
