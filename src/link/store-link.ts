/**
 * Incremental copy detection against the store: a new document's sketch is saved, candidates
 * come from the indexed band table (never all pairs), and only those are verified. Adding a
 * document never recomputes links between older documents.
 *
 * The candidate rule lives here only (`chooseCandidates`): the single-process ingest and the
 * queue workers (including their post-commit re-check) all choose candidates with it.
 */
import type { Article, DocLink } from '../model/index.js';
import { docTotals, type DocTotals } from './align.js';
import {
  compareDocs,
  compareTokenized,
  MIN_SHARED_PASSAGE_KEYS,
  sketch,
  sketchWithTokens,
  type LinkDoc,
  type TokenizedDoc,
} from './index.js';
import { passageKeySpans } from './minhash.js';
import { tokenize, type Tokens } from './normalize.js';
import {
  chooseWindows,
  joinWindows,
  LONG_DOC_TOKENS,
  SPANS_PER_KEY,
  wholeWords,
  windowBudget,
  windowed,
} from './windows.js';

/** What a long document's sketch records besides its signature: its whole-text counts and length. */
export type LongDocInfo = DocTotals & { chars: number };

/**
 * What copy detection needs from the store. The pipeline passes the store in, bound to the
 * transaction that writes the batch (Store.within), so this stage never opens a connection.
 */
export interface CopyLinkStore {
  /** For each key: how many stored documents carry it and (up to `cap`) which ones, in id order. */
  bandPostings(keys: string[], cap: number): Promise<Postings>;
  /** The text fields of stored documents, for verification. */
  linkDocs(ids: string[]): Promise<LinkDoc[]>;
  /**
   * Saves sketches and their keys; `spans` (long documents only) are each passage key's segment
   * spans, flattened, stored with the key row.
   */
  saveSketches(
    items: { docId: string; sketch: unknown; keys: string[]; spans?: Map<string, number[]> }[],
  ): Promise<void>;
  /** Of these stored documents, those sketched as long (with `long` in their sketch): that record. */
  longDocs(ids: string[]): Promise<Map<string, LongDocInfo>>;
  /** The stored spans of these passage keys in one document (only keys it carries with spans). */
  passageSpans(docId: string, keys: string[]): Promise<Map<string, number[]>>;
  /**
   * A stored document's link fields (text empty) and these pieces of its text, ranges [start, end)
   * in UTF-16 code units as JavaScript counts them. Null when the document is not stored.
   */
  docSlices(docId: string, ranges: [number, number][]): Promise<{ doc: LinkDoc; pieces: string[] } | null>;
  insertLinks(links: DocLink[]): Promise<void>;
  /**
   * Of these (document, candidate) pairs, those that no earlier lookup compared: written by
   * different transactions neither of whose lookups saw the other, and not linked yet (the
   * post-commit re-check of concurrent writers; see recheckLinks).
   */
  pairsNotCompared(me: string[], other: string[]): Promise<{ me: string; other: string }[]>;
}

/** Keys carried by more documents than this are boilerplate, not evidence of copying. */
const MAX_DOCS_PER_BAND_KEY = 256;
const MAX_DOCS_PER_PASSAGE_KEY = 64;
/** At most this many candidates are verified per new document, most shared keys first. */
const MAX_CANDIDATES = 200;
/** Postings read per key: one more than any cap, enough to know a key is over its cap. */
const POSTINGS_CAP = Math.max(MAX_DOCS_PER_BAND_KEY, MAX_DOCS_PER_PASSAGE_KEY) + 1;

/** A document ready for copy detection: its text fields, MinHash signature and index keys. */
export type SketchedDoc = { doc: LinkDoc; signature: number[]; keys: string[] };

export const toLinkDoc = (a: Article): LinkDoc => ({
  id: a.id,
  text: a.text,
  title: a.title,
  published: a.published,
  outlet: a.outlet,
  originalSource: a.originalSource,
});

export function sketchDoc(doc: LinkDoc): SketchedDoc {
  const s = sketch(doc);
  return { doc, signature: s.signature, keys: [...s.bandKeys, ...s.passageKeys] };
}

export type Postings = Map<string, { n: number; docs: string[] }>;

/** Stored postings of every key of these documents, in one query. */
export const readPostings = (store: CopyLinkStore, docs: SketchedDoc[]): Promise<Postings> =>
  store.bandPostings(
    docs.flatMap((d) => d.keys),
    POSTINGS_CAP,
  );

/**
 * Candidates per document, in order: documents sharing at least one whole-document band key
 * ("b…") or at least MIN_SHARED_PASSAGE_KEYS passage keys ("p…"), keys carried by too many
 * documents skipped, most shared keys first (ties by id), at most MAX_CANDIDATES. With
 * `batchCountsAsStored`, each document also sees the earlier documents of `docs` (a batch being
 * inserted whose band rows are not in `stored` yet).
 */
export function chooseCandidates(
  docs: SketchedDoc[],
  stored: Postings,
  opts: { batchCountsAsStored: boolean },
): string[][] {
  const inBatch = new Map<string, string[]>(); // key -> earlier batch documents carrying it
  const chosen: string[][] = [];
  for (const d of docs) {
    const keys = new Set(d.keys);
    const shared = new Map<string, { b: number; p: number }>();
    // Most keys are carried by no other document: nothing is allocated for them.
    const count = (others: readonly string[], isBand: boolean) => {
      for (const other of others) {
        if (other === d.doc.id) continue;
        let c = shared.get(other);
        if (!c) shared.set(other, (c = { b: 0, p: 0 }));
        if (isBand) c.b++;
        else c.p++;
      }
    };
    for (const k of keys) {
      const db0 = stored.get(k);
      const batchDocs = inBatch.get(k);
      const n = (db0?.n ?? 0) + (batchDocs?.length ?? 0);
      if (n === 0) continue;
      const isBand = k.startsWith('b');
      if (n > (isBand ? MAX_DOCS_PER_BAND_KEY : MAX_DOCS_PER_PASSAGE_KEY)) continue;
      if (db0) count(db0.docs, isBand);
      if (batchDocs) count(batchDocs, isBand);
    }
    chosen.push(
      [...shared]
        .filter(([, c]) => c.b > 0 || c.p >= MIN_SHARED_PASSAGE_KEYS)
        .sort((x, y) => y[1].b + y[1].p - (x[1].b + x[1].p) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
        .slice(0, MAX_CANDIDATES)
        .map(([id]) => id),
    );
    if (!opts.batchCountsAsStored) continue;
    for (const k of keys) {
      const l = inBatch.get(k);
      if (l) l.push(d.doc.id);
      else inBatch.set(k, [d.doc.id]);
    }
  }
  return chosen;
}

/** A new document ready for linking: its sketch, tokens and, when long, what windows need. */
type Prepared = {
  sketched: SketchedDoc;
  tokens: Tokens;
  long: { info: LongDocInfo; spans: Map<string, number[]> } | null;
};

function prepare(doc: LinkDoc): Prepared {
  const s = sketchWithTokens(doc);
  const keys = [...s.sketch.bandKeys, ...s.sketch.passageKeys];
  const t = s.tokens;
  return {
    sketched: { doc: s.doc, signature: s.sketch.signature, keys },
    tokens: t,
    long:
      t.words.length >= LONG_DOC_TOKENS
        ? { info: { ...docTotals(t), chars: t.text.length }, spans: passageKeySpans(t, SPANS_PER_KEY) }
        : null,
  };
}

/** Passage keys worth a window: not carried by so many documents that they are boilerplate. */
const selectivePassageKey = (k: string, stored: Postings): boolean =>
  k.startsWith('p') && (stored.get(k)?.n ?? 0) <= MAX_DOCS_PER_PASSAGE_KEY;

/** The windows of a long text held in memory around these keys, tokenised as one text. */
function windowsInMemory(long: Prepared, keys: string[], shortChars: number): Tokens {
  const spans = keys.flatMap((k) => {
    const s = long.long!.spans.get(k);
    return s ? [s] : [];
  });
  const text = long.tokens.text;
  const ranges = chooseWindows(spans, windowBudget(shortChars), text.length);
  return joinWindows(ranges.map(([a, b]) => wholeWords(text.slice(a, b), a === 0, b === text.length)));
}

/**
 * Links a batch of new documents (already inserted, in this order) to the stored corpus and to
 * each other: the postings of all their band keys are read in one query, candidates are chosen
 * (earlier documents of the batch count as stored), verified, and links, sketches and keys are
 * written in one statement each. A pair where one side is long and much longer than the other
 * is verified through windows of the long side (src/link/windows.ts): a stored long document is
 * then tokenised and aligned only around the passages it shares with the new one. `sketchFields` are stored with
 * each sketch (the queue workers record their transaction there). Returns the links written and
 * the documents' sketches.
 */
export async function linkNewDocuments(
  store: CopyLinkStore,
  articles: Article[],
  opts: { sketchFields?: Record<string, string> } = {},
): Promise<{ links: DocLink[]; sketched: SketchedDoc[] }> {
  if (!articles.length) return { links: [], sketched: [] };
  const prepared = articles.map((a) => prepare(toLinkDoc(a)));
  const docs = prepared.map((p) => p.sketched);
  const stored = await readPostings(store, docs);
  const chosen = chooseCandidates(docs, stored, { batchCountsAsStored: true });
  const batchIndex = new Map(docs.map((d, i) => [d.doc.id, i]));
  const needed = [...new Set(chosen.flat())].filter((id) => !batchIndex.has(id));
  const longStored = await store.longDocs(needed);
  // A stored long document that every new document sees through windows is read by docSlices only.
  const readWhole = needed.filter((id) => {
    const l = longStored.get(id);
    return (
      !l || chosen.some((ids, i) => ids.includes(id) && !windowed(prepared[i]!.tokens.words.length, l.tokens))
    );
  });
  const others = new Map((await store.linkDocs(readWhole)).map((d) => [d.id, d]));
  const links: DocLink[] = [];
  const keep = (l: DocLink | null) => {
    if (l && l.type !== 'same_story') links.push(l);
  };
  for (let i = 0; i < chosen.length; i++) {
    const p = prepared[i]!;
    const me: TokenizedDoc = { doc: p.sketched.doc, tokens: p.tokens };
    const n = p.tokens.words.length;
    for (const id of chosen[i]!) {
      const j = batchIndex.get(id);
      if (j !== undefined) {
        // another new document: both tokenised already
        const q = prepared[j]!;
        const m = q.tokens.words.length;
        if (!windowed(n, m)) {
          keep(compareTokenized(me, { doc: q.sketched.doc, tokens: q.tokens }));
          continue;
        }
        const [long, short] = n > m ? [p, q] : [q, p];
        const theirs = new Set(short.sketched.keys);
        const keys = long.sketched.keys.filter((k) => theirs.has(k) && selectivePassageKey(k, stored));
        keep(
          compareTokenized(
            { doc: short.sketched.doc, tokens: short.tokens },
            {
              doc: long.sketched.doc,
              tokens: windowsInMemory(long, keys, short.tokens.text.length),
              totals: long.long!.info,
            },
          ),
        );
        continue;
      }
      const l = longStored.get(id);
      if (l && windowed(n, l.tokens)) {
        // a stored long document: tokenised and aligned only around the passages it shares with this one
        const keys = p.sketched.keys.filter((k) => selectivePassageKey(k, stored));
        const spans = await store.passageSpans(id, keys);
        const ranges = chooseWindows(spans.values(), windowBudget(p.tokens.text.length), l.chars);
        const slices = await store.docSlices(id, ranges);
        if (!slices) continue;
        const tokens = joinWindows(
          slices.pieces.map((t, k) => wholeWords(t, ranges[k]![0] === 0, ranges[k]![1] >= l.chars)),
        );
        keep(compareTokenized(me, { doc: slices.doc, tokens, totals: l }));
        continue;
      }
      const other = others.get(id);
      if (!other) continue;
      if (!p.long) {
        keep(compareDocs(p.sketched.doc, other));
        continue;
      }
      // this document is long: a much shorter stored one is compared with windows of it
      const theirs: TokenizedDoc = { doc: other, tokens: tokenize(other.text) };
      if (!windowed(n, theirs.tokens.words.length)) {
        keep(compareTokenized(me, theirs));
        continue;
      }
      const keys = p.sketched.keys.filter(
        (k) => selectivePassageKey(k, stored) && (stored.get(k)?.docs.includes(id) ?? false),
      );
      keep(
        compareTokenized(theirs, {
          doc: p.sketched.doc,
          tokens: windowsInMemory(p, keys, other.text.length),
          totals: p.long.info,
        }),
      );
    }
  }
  await store.saveSketches(
    prepared.map((p) => ({
      docId: p.sketched.doc.id,
      // What is read back: `long` (longDocs) and the writer's transaction (pairsNotCompared).
      // Not the MinHash signature: candidates come from the key rows, and 128 numbers per
      // document were most of the sketch statement's work.
      sketch: {
        ...(p.long ? { long: p.long.info } : {}),
        ...opts.sketchFields,
      },
      keys: p.sketched.keys,
      ...(p.long ? { spans: p.long.spans } : {}),
    })),
  );
  await store.insertLinks(links);
  return { links, sketched: docs };
}

/**
 * The post-commit re-check of concurrent writers (queue workers). Two workers inserting
 * near-duplicates at the same time do not see each other's uncommitted band rows. Advisory locks
 * per band key would serialise that, but a document has dozens to hundreds of keys and a job many
 * documents: the locks exhaust the lock table (max_locks_per_transaction) and, since common keys
 * are shared by most documents, serialise the workers anyway. Instead every job re-checks its
 * documents' candidates after its own commit: of two concurrent jobs, the one committing later
 * re-checks after both commits, so it sees the other's bands. To compare each pair once (as a
 * sequential ingest does), each sketch row records its transaction id and the snapshot its
 * candidate lookup used (`sketchFields` of linkNewDocuments); the re-check skips a candidate whose
 * lookup already saw this document, or that this document's lookup saw. Pairs that were invisible
 * to each other are compared now (compareDocs is symmetric, so both sides of a race compute the
 * same link). Returns the links it wrote.
 */
export async function recheckLinks(store: CopyLinkStore, docs: SketchedDoc[]): Promise<DocLink[]> {
  if (!docs.length) return [];
  const chosen = chooseCandidates(docs, await readPostings(store, docs), { batchCountsAsStored: false });
  const me: string[] = [];
  const other: string[] = [];
  chosen.forEach((ids, i) => {
    for (const id of ids) {
      me.push(docs[i].doc.id);
      other.push(id);
    }
  });
  if (!me.length) return [];
  const pairs = await store.pairsNotCompared(me, other);
  if (!pairs.length) return [];
  const byId = new Map(docs.map((d) => [d.doc.id, d.doc]));
  const others = new Map(
    (await store.linkDocs([...new Set(pairs.map((p) => p.other))].filter((id) => !byId.has(id)))).map((o) => [
      o.id,
      o,
    ]),
  );
  const done = new Set<string>();
  const links: DocLink[] = [];
  for (const { me: m, other: o } of pairs) {
    const a = byId.get(m);
    const b = byId.get(o) ?? others.get(o);
    const key = m < o ? `${m}|${o}` : `${o}|${m}`;
    if (!a || !b || done.has(key)) continue;
    done.add(key);
    const l = compareDocs(a, b);
    if (l && l.type !== 'same_story') links.push(l);
  }
  await store.insertLinks(links);
  return links;
}
