/**
 * The annotate stage for one cleaned article: sentences, entity mentions, time expressions,
 * amounts, quotations, events and relations. Pure and deterministic; the gazetteer is loaded
 * once per process.
 */
import { splitSentences } from '../nlp/sentences.js';
import { SentenceDocs } from '../nlp/sentence-docs.js';
import { extractTimes } from '../nlp/time.js';
import { extractAmounts } from '../nlp/amounts.js';
import { loadGazetteer } from '../resolve/gazetteer.js';
import type { Article } from '../model/index.js';
import { extractEntities } from './mentions.js';
import { extractQuotes } from './quotes.js';
import { capitalEventsToStates, capitalsToStates } from './capital-states.js';
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
  /**
   * Milliseconds spent in each stage, added to what the object already holds (the benches read
   * it; the stages' outputs do not depend on it).
   */
  timings?: StageTimings;
  /**
   * The clock `timings` reads, in milliseconds: performance.now (wall time) by default. A bench on
   * a shared machine passes a CPU-time clock (process.cpuUsage), which other processes inflate less.
   */
  clock?: () => number;
  /**
   * false leaves attribution out (no quotations; events then see none): only for measuring what
   * attribution adds to the stage (bench/attribution-speed.mjs). Default true.
   */
  attribution?: boolean;
};

export const ANNOTATE_STAGES = [
  'sentences',
  'entities',
  'timesAmounts',
  'quotes',
  'events',
  'relations',
] as const;
export type AnnotateStage = (typeof ANNOTATE_STAGES)[number];
export type StageTimings = Partial<Record<AnnotateStage, number>>;

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

/**
 * Section [start, end) of `text`, annotated as `annotate` annotates each section of a long
 * article (offsets relative to `start`; mergeSections shifts them back). The long-document path
 * of ingest (src/pipeline.ts, processLongDocument) shares the sections between two threads.
 */
export function annotateSection(
  text: string,
  [start, end]: [number, number],
  meta: Pick<Article, 'published' | 'language'>,
  opts: AnnotateOptions = {},
): Annotations {
  return annotateText(text.slice(start, end), meta, opts);
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
  const clock = stageClock(opts.timings, opts.clock);
  const gaz = loadGazetteer();
  // each stage reads the same sentences, with the language's own conventions (Turkish ordinals)
  const sentences = splitSentences(text, meta.language);
  clock('sentences');
  const found = extractEntities(text, sentences, gaz, {
    published,
    language: meta.language,
  });
  const { mentions } = found;
  clock('entities');
  checkDeadline(opts);
  const times = extractTimes(text, published, sentences, meta.language);
  const amounts = extractAmounts(text);
  clock('timesAmounts');
  // the sentences' tags and trees, computed on first request and shared by quotes and events
  const sentenceDocs = new SentenceDocs(text, meta.language, sentences);
  const read =
    opts.attribution === false
      ? []
      : extractQuotes(text, sentences, found.entities, mentions, {
          published,
          gazetteer: gaz,
          sentenceDocs,
          times,
          language: meta.language,
        });
  // a capital's quotes are its state's (which may join the entities)
  const { quotes, entities } = capitalsToStates(read, found.entities, gaz);
  clock('quotes');
  checkDeadline(opts);
  const readEvents = extractEvents(text, sentences, entities, mentions, times, published, {
    language: meta.language,
    quotes,
    sentenceDocs,
  });
  // a capital taking part in an event stands for its state (which may join the entities)
  const { events, entities: withStates } = capitalEventsToStates(readEvents, entities, gaz);
  clock('events');
  const relations = extractRelations(text, sentences, entities, mentions);
  clock('relations');
  return { sentences, entities: withStates, mentions, times, amounts, quotes, events, relations };
}

/** Adds the time since the previous call to the named stage (nothing when no timings are asked). */
function stageClock(
  timings: StageTimings | undefined,
  clock: () => number = () => performance.now(),
): (stage: AnnotateStage) => void {
  if (!timings) return () => {};
  let t = clock();
  return (stage) => {
    const now = clock();
    timings[stage] = (timings[stage] ?? 0) + (now - t);
    t = now;
  };
}
