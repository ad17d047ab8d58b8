/**
 * The annotate stage for one cleaned article: sentences, entity mentions, time expressions,
 * amounts, quotations, events and relations. Pure and deterministic; the gazetteer is loaded
 * once per process.
 */
import { splitSentences } from '../nlp/sentences.js';
import { extractTimes } from '../nlp/time.js';
import { extractAmounts } from '../nlp/amounts.js';
import { loadGazetteer } from '../resolve/gazetteer.js';
import type { Article } from '../model/index.js';
import { extractEntities } from './mentions.js';
import { extractQuotes } from './quotes.js';
import { extractEvents } from './events.js';
import { extractRelations } from './relations.js';
import type { Annotations } from '../model/index.js';
import { OrbitError } from '../errors.js';
import { mergeSections, sectionBounds, SECTION_CHARS } from './sections.js';

export const EMPTY_ANNOTATIONS: Annotations = {
  sentences: [],
  entities: [],
  mentions: [],
  times: [],
  amounts: [],
  quotes: [],
  events: [],
  relations: [],
};

export type AnnotateOptions = {
  /**
   * performance.now() value after which the document is given up (ORBIT_E_TIMEOUT): checked
   * between sections and stages, so one document cannot hold a batch for ever.
   */
  deadline?: number;
};

/** Annotates an article; one longer than SECTION_CHARS section by section (see sections.ts). */
export function annotate(article: Article, opts: AnnotateOptions = {}): Annotations {
  const text = article.text;
  if (text.length <= SECTION_CHARS) return annotateText(text, article, opts);
  const parts = sectionBounds(text).map(([start, end]) => ({
    offset: start,
    ann: annotateText(text.slice(start, end), article, opts),
  }));
  return mergeSections(parts);
}

function checkDeadline(opts: AnnotateOptions): void {
  if (opts.deadline !== undefined && performance.now() > opts.deadline) {
    throw new OrbitError(
      'ORBIT_E_TIMEOUT',
      'annotation took longer than the per-document time budget (--doc-timeout)',
    );
  }
}

/** One text (a whole article, or a section of one) with its article's date and language. */
function annotateText(
  text: string,
  meta: Pick<Article, 'published' | 'language'>,
  opts: AnnotateOptions,
): Annotations {
  if (!text) return { ...EMPTY_ANNOTATIONS };
  const { published } = meta;
  checkDeadline(opts);
  const gaz = loadGazetteer();
  // each stage reads the same sentences, with the language's own conventions (Turkish ordinals)
  const sentences = splitSentences(text, meta.language);
  const { entities, mentions } = extractEntities(text, sentences, gaz, {
    published,
    language: meta.language,
  });
  checkDeadline(opts);
  const times = extractTimes(text, published, sentences);
  const amounts = extractAmounts(text);
  const quotes = extractQuotes(text, sentences, entities, mentions, { published, gazetteer: gaz });
  checkDeadline(opts);
  const events = extractEvents(text, sentences, entities, mentions, times, published, {
    language: meta.language,
    quotes,
  });
  const relations = extractRelations(text, sentences, entities, mentions);
  return { sentences, entities, mentions, times, amounts, quotes, events, relations };
}
