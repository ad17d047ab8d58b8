/**
 * Quotes of a test text as rows [direct, speaker name, cue, quoted text], through the same
 * sentence, mention and quote stages annotate runs (the project gazetteer, strict mentions).
 */
import { splitSentences } from '../nlp/sentences.js';
import { loadGazetteer } from '../resolve/gazetteer.js';
import { extractEntities } from '../extract/mentions.js';
import { extractQuotes } from '../extract/quotes.js';
import { capitalsToStates } from '../extract/capital-states.js';
import type { DocQuote, EntityType } from '../model/index.js';

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
  const quotes = extractQuotes(text, sentences, entities, mentions, {
    ...(opts.published ? { published: opts.published, gazetteer: gaz } : {}),
    language: opts.language ?? null,
  });
  return quotes.map((q) => [
    q.direct,
    entities.find((e) => e.ref === q.speakerRef)?.name ?? null,
    q.cue,
    q.text,
  ]);
}

/** One quote of a test text with its speaker and relays by name (see `quoteRecords`). */
export type QuoteRecord = {
  text: string;
  direct: boolean;
  speaker: string | null;
  speakerType: EntityType | null;
  speakerText: string | null;
  reportedBy: string[];
  kind: DocQuote['kind'];
  cue: string | null;
};

/**
 * The quotes annotate would give a test text (mentions, quotes, capitals speaking for their
 * states), with entity names for refs. `published: null` runs the quote stage bare (no date, no
 * gazetteer), as a caller without metadata would; `strict` is the mention stage's option. Throws
 * when a quote is not the exact span of the text it claims, so every test checks that invariant.
 */
export function quoteRecords(
  text: string,
  opts: { published?: string | null; language?: string; strict?: boolean } = {},
): QuoteRecord[] {
  const gaz = loadGazetteer();
  const published = opts.published === undefined ? '2025-10-01' : opts.published;
  const sentences = splitSentences(text, opts.language);
  const found = extractEntities(text, sentences, gaz, {
    ...(published ? { published } : {}),
    ...(opts.language ? { language: opts.language } : {}),
    ...(opts.strict ? { strict: true } : {}),
  });
  const read = extractQuotes(text, sentences, found.entities, found.mentions, {
    ...(published ? { published, gazetteer: gaz } : {}),
    language: opts.language ?? null,
  });
  const { quotes, entities } = capitalsToStates(read, found.entities, gaz);
  const entity = (ref: string | null) => (ref ? entities.find((e) => e.ref === ref) : undefined);
  return quotes.map((q) => {
    if (text.slice(q.start, q.end) !== q.text)
      throw new Error(`quote span ${q.start}-${q.end} is not "${q.text}"`);
    const e = entity(q.speakerRef);
    return {
      text: q.text,
      direct: q.direct,
      speaker: e?.name ?? q.speakerRef,
      speakerType: e?.type ?? null,
      speakerText: q.speakerText ?? null,
      reportedBy: q.reportedByRefs.map((r) => entity(r)?.name ?? r),
      kind: q.kind,
      cue: q.cue,
    };
  });
}
