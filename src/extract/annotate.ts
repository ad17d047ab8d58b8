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

export const EMPTY_ANNOTATIONS: Annotations = {
  sentences: [], entities: [], mentions: [], times: [], amounts: [], quotes: [], events: [], relations: [],
};

export function annotate(article: Article): Annotations {
  const text = article.text;
  if (!text) return { ...EMPTY_ANNOTATIONS };
  const gaz = loadGazetteer();
  const sentences = splitSentences(text);
  const { entities, mentions } = extractEntities(text, sentences, gaz, { published: article.published });
  const times = extractTimes(text, article.published, sentences);
  const amounts = extractAmounts(text);
  const quotes = extractQuotes(text, sentences, entities, mentions, { published: article.published, gazetteer: gaz });
  const events = extractEvents(text, sentences, entities, mentions, times, article.published, { language: article.language });
  const relations = extractRelations(text, sentences, entities, mentions);
  return { sentences, entities, mentions, times, amounts, quotes, events, relations };
}
