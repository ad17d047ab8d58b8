/**
 * Test fixture for extractors that take a document's entities and mentions: every occurrence of
 * a surface in the text becomes a mention of one entity of the given type (refs e1, e2, … in the
 * order given). Shared by the event, modality and relation construction tests.
 */
import type { DocEntity, DocMention, EntityType } from '../model/index.js';

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
