/**
 * Quotes of a test text as rows [direct, speaker name, cue, quoted text], through the same
 * sentence, mention and quote stages annotate runs (the project gazetteer, strict mentions).
 */
import { splitSentences } from '../nlp/sentences.js';
import { loadGazetteer } from '../resolve/gazetteer.js';
import { extractEntities } from '../extract/mentions.js';
import { extractQuotes } from '../extract/quotes.js';

export type QuoteRow = [direct: boolean, speaker: string | null, cue: string | null, text: string];

export function quoteRows(
  text: string,
  opts: { language?: string; published?: string; entitiesByLanguage?: boolean } = {},
): QuoteRow[] {
  const gaz = loadGazetteer();
  const sentences = splitSentences(text, opts.language);
  const { entities, mentions } = extractEntities(text, sentences, gaz, {
    strict: true,
    ...(opts.entitiesByLanguage && opts.language ? { language: opts.language } : {}),
  });
  const quotes = opts.published
    ? extractQuotes(text, sentences, entities, mentions, { published: opts.published, gazetteer: gaz })
    : extractQuotes(text, sentences, entities, mentions);
  return quotes.map((q) => [
    q.direct,
    entities.find((e) => e.ref === q.speakerRef)?.name ?? null,
    q.cue,
    q.text,
  ]);
}
