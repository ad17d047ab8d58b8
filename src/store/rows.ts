/**
 * Row-to-record mappings shared by every read path of the store (full export, streamed export,
 * briefing slice): one place that knows how a `documents`, `entities` or `mentions` row becomes
 * the model's record, so a new column or a renamed field is changed once.
 */
import type { Entity, ExportDocument, Mention } from '../model/index.js';

type Row = Record<string, unknown>;

/** A `documents` row (any subset of its columns; missing ones read as null). */
export function toExportDocument(r: Row): ExportDocument & { dateline: string | null } {
  return {
    id: String(r.id),
    source: String(r.source),
    title: (r.title as string) ?? null,
    published: (r.published as string) ?? null,
    author: (r.author as string) ?? null,
    outlet: (r.outlet as string) ?? null,
    originalSource: (r.original_source as string) ?? null,
    language: String(r.language),
    text: String(r.text),
    dateline: (r.dateline as string) ?? null,
  };
}

/** An `entities` row: id, type, name, aliases, roles, country. */
export function toEntity(e: Row): Entity {
  return {
    id: String(e.id),
    type: e.type as Entity['type'],
    name: String(e.name),
    aliases: e.aliases as string[],
    roles: e.roles as Entity['roles'],
    country: (e.country as string) ?? null,
  };
}

/** A `mentions` row: doc_id, start_pos, end_pos, text, entity_id. */
export function toMention(m: Row): Mention {
  return {
    document: String(m.doc_id),
    start: Number(m.start_pos),
    end: Number(m.end_pos),
    text: String(m.text),
    entity: String(m.entity_id),
  };
}
