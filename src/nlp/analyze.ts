/**
 * The entry point of the language layer: `analyze(text, lang)` tokenizes, splits sentences and
 * runs the language's trained components over one Doc. Components are loaded once per process,
 * on first use, and annotate the Doc in place. Languages without models (Russian and Turkish
 * today) get tokens and sentences with null tags.
 *
 * Never throws on its input: any string (empty, huge, control characters, any script) gives a
 * Doc; a non-string gives an empty one.
 */
import type { Sentence } from '../model/index.js';
import { Doc } from './doc.js';
import { tokenize } from './tokenize.js';
import { collectGarbage } from '../buffers.js';
import { loadEnglishModels, parseDoc, tagDoc } from './en/models.js';

export type AnalyzeOptions = {
  /** sentences already split by src/nlp/sentences.ts (saves a second pass) */
  sentences?: readonly Sentence[];
  /** run the dependency parser (default true); tags and lemmas are always computed */
  parse?: boolean;
};

/** A trained component: annotates a Doc in place. */
export type Component = { name: string; annotate(doc: Doc): void };

/** The components of a language, in order: tagger (with lemmas) first, then the parser. */
export type LanguagePipeline = { tagger: Component | null; parser: Component | null };

const NONE: LanguagePipeline = { tagger: null, parser: null };
/** How each language with models loads them; the others get NONE. */
const LOADERS: Record<string, () => LanguagePipeline> = {
  en: () => {
    const models = loadEnglishModels();
    if (!models) return NONE;
    // the decompressed files (67 MB) are garbage now: freed here rather than whenever V8 next
    // runs a full collection, which may be after the ingest's peak (see buffers.ts)
    collectGarbage();
    const { tagger, parser } = models;
    return {
      // a Doc annotated once (analyze's recent Docs) is not annotated again
      tagger: { name: 'en-tagger', annotate: (doc) => doc.tagged || tagDoc(doc, tagger) },
      parser: parser
        ? { name: 'en-parser', annotate: (doc) => doc.parsed || parseDoc(doc, tagger, parser) }
        : null,
    };
  },
};
const loaded = new Map<string, LanguagePipeline>();

/** The loaded components of `lang` (loading them on first call). */
export function pipelineFor(lang: string): LanguagePipeline {
  let p = loaded.get(lang);
  if (!p) {
    const load = Object.hasOwn(LOADERS, lang) ? LOADERS[lang] : undefined;
    p = load ? load() : NONE;
    loaded.set(lang, p);
  }
  return p;
}

/**
 * Recent sentence-sized Docs by language and text: a caller that analyses the same short text
 * twice gets the Doc it already tagged (and parsed). Docs are read-only for their users, so
 * sharing one is safe. (The annotate stages share one document's sentences through
 * src/nlp/sentence-docs.ts instead, which needs no text keys.)
 */
const recent = new Map<string, Doc>();
const RECENT_DOCS = 512;
const RECENT_MAX_CHARS = 1500; // a sentence or a quote unit (quotes-en-syntax reads units up to 1,500)

export function analyze(text: string, lang: string, options: AnalyzeOptions = {}): Doc {
  const safe = typeof text === 'string' ? text : '';
  const language = typeof lang === 'string' ? lang : '';
  const key = !options.sentences && safe.length <= RECENT_MAX_CHARS ? `${language}\u0000${safe}` : null;
  const kept = key === null ? undefined : recent.get(key);
  const doc = kept ?? new Doc(safe, language, tokenize(safe, language, options.sentences));
  if (key !== null && !kept) {
    if (recent.size >= RECENT_DOCS) recent.delete(recent.keys().next().value!);
    recent.set(key, doc);
  }
  return annotateDoc(doc, options);
}

/**
 * Runs the Doc's language components that have not run yet: the tagger, then the parser unless
 * `parse: false`. Returns the same Doc. A model bug leaves it untagged rather than throwing.
 */
export function annotateDoc(doc: Doc, options: Pick<AnalyzeOptions, 'parse'> = {}): Doc {
  if (doc.length === 0) return doc;
  const { tagger, parser } = pipelineFor(doc.lang);
  try {
    if (!doc.tagged) tagger?.annotate(doc);
    if (options.parse !== false && !doc.parsed) parser?.annotate(doc);
  } catch {
    // a model bug must not take the document down: its annotations become unknown
    doc.clearAnnotations();
  }
  return doc;
}

/**
 * A Doc computed on first call and kept: stages that may or may not need the tags and the tree
 * take this instead of paying for them up front.
 */
export function lazyDoc(text: string, lang: string, sentences?: readonly Sentence[]): () => Doc {
  let doc: Doc | null = null;
  return () => (doc ??= analyze(text, lang, { sentences }));
}
