/**
 * Test fixture for extractors that take a document's entities and mentions: every occurrence of
 * a surface in the text becomes a mention of one entity of the given type (refs e1, e2, … in the
 * order given). Shared by the event, modality and relation construction tests; `eventsOfSurfaces`
 * runs the event stage on such a document.
 */
import type {
  DocEntity,
  DocEvent,
  DocMention,
  DocQuote,
  EntityType,
  TimeExpression,
} from '../model/index.js';
import { splitSentences } from '../nlp/sentences.js';
import { buildGazetteer, type Gazetteer } from '../resolve/gazetteer.js';
import { extractEvents } from '../extract/events.js';

export type SurfaceSpec = [surface: string, type: EntityType];

export function entitiesFromSurfaces(
  text: string,
  specs: readonly SurfaceSpec[],
): { entities: DocEntity[]; mentions: DocMention[]; name: Map<string, string> } {
  const entities: DocEntity[] = [];
  const mentions: DocMention[] = [];
  specs.forEach(([surface, type], i) => {
    const ref = `e${i + 1}`;
    entities.push({
      ref,
      type,
      name: surface,
      aliases: [surface],
      gazetteerId: null,
      roles: [],
      reasons: [],
    });
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length))
      mentions.push({ ref, start: at, end: at + surface.length, text: surface });
  });
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions, name: new Map(entities.map((e) => [e.ref, e.name])) };
}

/** A gazetteer with no entries: event tests about invented places and people use it. */
export const EMPTY_GAZETTEER = buildGazetteer([{ file: 'test.json', data: { entries: [] } }]);

/** A quotation for an event test: the text's span [start, end) said by the entity named `speaker`. */
export type QuotedSpan = { start: number; end: number; speaker: string; direct?: boolean; cue?: string };

export type NamedEvent = DocEvent & {
  actors: (string | undefined)[];
  targets: (string | undefined)[];
  location: string | null;
};

/**
 * The events of a test text whose entities are given as surfaces (`entitiesFromSurfaces`), with
 * participant names beside their refs. The gazetteer defaults to an empty one, so only the text
 * and the specs decide; `quoted` are the quotations the quote stage would have handed over.
 */
export function eventsOfSurfaces(
  text: string,
  specs: readonly SurfaceSpec[],
  opts: {
    language?: string;
    published?: string | null;
    times?: TimeExpression[];
    quoted?: QuotedSpan[];
    gaz?: Gazetteer;
  } = {},
): NamedEvent[] {
  const { entities, mentions, name } = entitiesFromSurfaces(text, specs);
  const quotes: DocQuote[] = (opts.quoted ?? []).map((q) => ({
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    direct: q.direct ?? false,
    speakerRef: entities.find((e) => e.name === q.speaker)!.ref,
    reportedByRefs: [],
    cue: q.cue ?? 'said',
    kind: 'speech',
  }));
  const published = opts.published === undefined ? '2024-03-20' : opts.published;
  return extractEvents(
    text,
    splitSentences(text, opts.language),
    entities,
    mentions,
    opts.times ?? [],
    published,
    { gaz: opts.gaz ?? EMPTY_GAZETTEER, language: opts.language, quotes },
  ).map((e) => ({
    ...e,
    actors: e.actorRefs.map((r) => name.get(r)),
    targets: e.targetRefs.map((r) => name.get(r)),
    location: e.locationRef ? (name.get(e.locationRef) ?? null) : null,
  }));
}
