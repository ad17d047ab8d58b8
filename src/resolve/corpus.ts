/**
 * The resolve step over annotated documents: document-local entities (plus what the metadata
 * states: outlet, agency, author) become corpus entities, and every per-document mention, quote,
 * event and relation is turned into a fact with corpus entity ids. Pure: the pipeline reads the
 * documents from the store and orders this before event coreference, stories and alignment.
 */
import type { Annotations, DocEntity, ResolvedDocEvent } from '../model/index.js';
import type { Entity, Mention, Quote, Relation } from '../model/index.js';
import type { Gazetteer } from './gazetteer.js';
import { resolveCorpus, type ResolveInput } from './resolve.js';

/** The fields of a stored document the resolve step reads. */
export type DocRow = {
  id: string;
  published: string | null;
  title: string | null;
  author: string | null;
  outlet: string | null;
  originalSource: string | null;
  text: string;
};

/** Names that a byline holds when it credits a desk or the outlet rather than a person. */
const NOT_A_PERSON =
  /\b(staff|desk|editor(s|ial)?|news|agency|team|bureau|correspondent|reporter|online|service|press|media|admin)\b|[@\d.]/i;

/**
 * Entities a document's metadata states even where its text never names them: the outlet that
 * published it, the agency it carries, and its author. Added as document-local entities without
 * mentions, so resolution merges them with the same names found in text elsewhere.
 */
function metadataEntities(d: DocRow, inText: DocEntity[], gaz: Gazetteer): DocEntity[] {
  const out: DocEntity[] = [];
  const key = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .trim();
  // The same name already found in the text is that entity; a second one would be kept apart.
  const known = (name: string, gazId: string | null) =>
    inText.some(
      (e) => (gazId && e.gazetteerId === gazId) || [e.name, ...e.aliases].some((a) => key(a) === key(name)),
    );
  const media = (name: string, ref: string, why: string) => {
    const g = [...(gaz.acronymIndex().get(name) ?? []), ...gaz.lookup(name)].find(
      (e) => e.type === 'media' || e.type === 'organization',
    );
    if (known(name, g?.id ?? null)) return;
    out.push({
      ref,
      type: 'media',
      name: g?.name ?? name,
      aliases: [name],
      gazetteerId: g?.id ?? null,
      roles: [],
      reasons: [why],
    });
  };
  if (d.outlet) media(d.outlet, 'meta:outlet', `publisher of document ${d.id.slice(0, 12)} (metadata)`);
  if (d.originalSource && d.originalSource !== d.outlet)
    media(d.originalSource, 'meta:source', `agency credited by document ${d.id.slice(0, 12)} (metadata)`);
  const a = d.author?.trim();
  if (
    a &&
    !known(a, null) &&
    a !== d.outlet &&
    a !== d.originalSource &&
    !NOT_A_PERSON.test(a) &&
    /^\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(a) &&
    !gaz.lookup(a).some((e) => e.type === 'media' || e.type === 'organization')
  ) {
    out.push({
      ref: 'meta:author',
      type: 'person',
      name: a,
      aliases: [a],
      gazetteerId: null,
      roles: [],
      reasons: [`author of document ${d.id.slice(0, 12)} (metadata)`],
    });
  }
  return out;
}

const key = (docId: string, ref: string) => `${docId}\u0000${ref}`;

/** What the resolve step hands on: corpus entities and every per-document fact with entity ids. */
export type ResolvedCorpus = {
  entities: (Entity & { reasons?: string[] })[];
  mentions: Mention[];
  quotes: Quote[];
  docEvents: ResolvedDocEvent[];
  /** Relations stated in text, one per evidence sentence (gazetteerRelations merges them). */
  textRelations: Relation[];
  /** docId + "\u0000" + local ref -> corpus entity id, for every document-local entity */
  recEntity: Map<string, string>;
};

/** A document's local entities as resolution sees them: those found in text plus those its metadata states. */
export function docEntitiesOf(d: DocRow, ann: Annotations, gaz: Gazetteer): DocEntity[] {
  return [...ann.entities, ...metadataEntities(d, ann.entities, gaz)];
}

/** How many mentions each document-local entity has (what resolution weighs display names by). */
export function mentionsPerRef(ann: Annotations): Map<string, number> {
  const n = new Map<string, number>();
  for (const m of ann.mentions) if (m.ref != null) n.set(m.ref, (n.get(m.ref) ?? 0) + 1);
  return n;
}

/**
 * Resolves annotated documents into corpus entities and entity-linked facts. `extra`: further
 * resolution inputs placed before the documents (the incremental update passes one record per
 * stored gazetteer entity it may join, see src/corpus/incremental.ts); `partial`: stored
 * documents given by some of their records only (the records of the update's candidate entities),
 * which take part in resolution but yield no facts.
 */
export function resolveDocuments(
  docs: { doc: DocRow; ann: Annotations }[],
  gaz: Gazetteer,
  extra: ResolveInput = [],
  partial: ResolveInput = [],
): ResolvedCorpus {
  const whole: ResolveInput = docs.map(({ doc: d, ann }) => ({
    id: d.id,
    published: d.published,
    entities: docEntitiesOf(d, ann, gaz),
    mentions: ann.mentions,
  }));
  // `partial`: stored documents represented only by some of their records (no facts are output
  // for them), placed among the documents in id order as those documents would be.
  const inputs = partial.length
    ? [...whole, ...partial].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    : whole;
  const resolved = resolveCorpus([...extra, ...inputs], gaz);
  const reasonsOf = new Map<string, string[]>();
  for (const m of resolved.merges) {
    if (!reasonsOf.has(m.entity)) reasonsOf.set(m.entity, []);
    reasonsOf.get(m.entity)!.push(m.reason);
  }
  const ent = (docId: string, ref: string | null): string | null =>
    ref == null ? null : (resolved.mentionEntity.get(key(docId, ref)) ?? null);
  const entities: (Entity & { reasons?: string[] })[] = resolved.entities.map((e) => ({
    ...e,
    reasons: reasonsOf.get(e.id) ?? [],
  }));

  const out: ResolvedCorpus = {
    entities,
    mentions: [],
    quotes: [],
    docEvents: [],
    textRelations: [],
    recEntity: resolved.mentionEntity,
  };
  for (const { doc: d, ann: a } of docs) {
    for (const m of a.mentions) {
      const id = ent(d.id, m.ref);
      if (id) out.mentions.push({ document: d.id, start: m.start, end: m.end, text: m.text, entity: id });
    }
    a.quotes.forEach((q, i) => {
      out.quotes.push({
        id: `${d.id.slice(0, 12)}:q${i}`,
        document: d.id,
        text: q.text,
        start: q.start,
        end: q.end,
        direct: q.direct,
        speaker: ent(d.id, q.speakerRef),
        reportedBy: q.reportedByRefs.map((r) => ent(d.id, r)).filter((x): x is string => !!x),
        cue: q.cue,
        speakerText: q.speakerText ?? null,
        kind: q.kind ?? 'speech',
      });
    });
    a.events.forEach((e, i) => {
      const ids = (refs: string[]) => [
        ...new Set(refs.map((r) => ent(d.id, r)).filter((x): x is string => !!x)),
      ];
      out.docEvents.push({
        docId: d.id,
        intensity: e.intensity,
        mode: e.mode,
        event: {
          id: `${d.id.slice(0, 12)}:e${i}`,
          type: e.type,
          mode: e.mode,
          ...(e.hedged ? { hedged: true } : {}),
          summary: e.summary,
          actors: ids(e.actorRefs),
          targets: ids(e.targetRefs),
          location: ent(d.id, e.locationRef),
          date: e.date,
          evidence: [
            {
              document: d.id,
              start: e.evidence.start,
              end: e.evidence.end,
              text: d.text.slice(e.evidence.start, e.evidence.end),
            },
          ],
        },
      });
    });
    for (const r of a.relations) {
      const from = ent(d.id, r.fromRef);
      const to = ent(d.id, r.toRef);
      if (from && to && from !== to) {
        out.textRelations.push({
          type: r.type,
          from,
          to,
          source: 'text',
          evidence: [
            {
              document: d.id,
              start: r.evidence.start,
              end: r.evidence.end,
              text: d.text.slice(r.evidence.start, r.evidence.end),
            },
          ],
        });
      }
    }
  }
  return out;
}

/** The corpus entities each document mentions (story clustering compares documents by them). */
export function entityKeysByDocument(mentions: Mention[]): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const m of mentions) {
    const s = sets.get(m.document);
    if (s) s.add(m.entity);
    else sets.set(m.document, new Set([m.entity]));
  }
  return new Map([...sets].map(([d, s]) => [d, [...s]]));
}
