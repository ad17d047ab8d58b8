/**
 * Corpus-level steps, run after each ingest batch: resolve document-local entities into corpus
 * entities, turn per-document quotes/events/relations into export facts with entity ids, add
 * gazetteer relations, cluster stories and score alignment. Reads annotations from the store,
 * computes in memory, writes everything back in one transaction.
 */
import { computeAlignment } from '../analyze/alignment.js';
import { coreferEvents } from '../analyze/events.js';
import type { Annotations, DocEntity } from '../model/index.js';
import type { Entity, Mention, OrbitEvent, Quote, Relation } from '../model/index.js';
import { clusterStories, type StoryDoc } from '../link/index.js';
import type { Store } from '../store/store.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import { gazetteerRelations } from './relations.js';
import { resolveCorpus } from './resolve.js';

type DocRow = { id: string; published: string | null; title: string | null; author: string | null; outlet: string | null; originalSource: string | null; text: string };

/** Names that a byline holds when it credits a desk or the outlet rather than a person. */
const NOT_A_PERSON = /\b(staff|desk|editor(s|ial)?|news|agency|team|bureau|correspondent|reporter|online|service|press|media|admin)\b|[@\d.]/i;

/**
 * Entities a document's metadata states even where its text never names them: the outlet that
 * published it, the agency it carries, and its author. Added as document-local entities without
 * mentions, so resolution merges them with the same names found in text elsewhere.
 */
function metadataEntities(d: DocRow, inText: DocEntity[], gaz: Gazetteer): DocEntity[] {
  const out: DocEntity[] = [];
  const key = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();
  // The same name already found in the text is that entity; a second one would be kept apart.
  const known = (name: string, gazId: string | null) =>
    inText.some((e) => (gazId && e.gazetteerId === gazId) || [e.name, ...e.aliases].some((a) => key(a) === key(name)));
  const media = (name: string, ref: string, why: string) => {
    const g = [...(gaz.acronymIndex().get(name) ?? []), ...gaz.lookup(name)].find((e) => e.type === 'media' || e.type === 'organization');
    if (known(name, g?.id ?? null)) return;
    out.push({ ref, type: 'media', name: g?.name ?? name, aliases: [name], gazetteerId: g?.id ?? null, roles: [], reasons: [why] });
  };
  if (d.outlet) media(d.outlet, 'meta:outlet', `publisher of document ${d.id.slice(0, 12)} (metadata)`);
  if (d.originalSource && d.originalSource !== d.outlet) media(d.originalSource, 'meta:source', `agency credited by document ${d.id.slice(0, 12)} (metadata)`);
  const a = d.author?.trim();
  if (a && !known(a, null) && a !== d.outlet && a !== d.originalSource && !NOT_A_PERSON.test(a) && /^\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(a) && !gaz.lookup(a).some((e) => e.type === 'media' || e.type === 'organization')) {
    out.push({ ref: 'meta:author', type: 'person', name: a, aliases: [a], gazetteerId: null, roles: [], reasons: [`author of document ${d.id.slice(0, 12)} (metadata)`] });
  }
  return out;
}

const key = (docId: string, ref: string) => `${docId}\u0000${ref}`;

export async function buildCorpus(store: Store, onStep: (step: string) => void = () => undefined): Promise<void> {
  const gaz = loadGazetteer();
  const docs: DocRow[] = [];
  const anns = new Map<string, Annotations>();
  for await (const { doc, ann } of store.iterateAnnotated()) {
    docs.push({ id: doc.id, published: doc.published, title: doc.title, author: doc.author, outlet: doc.outlet, originalSource: doc.originalSource, text: doc.text });
    if (ann) anns.set(doc.id, ann);
  }
  onStep('resolve');
  const resolved = resolveCorpus(
    docs.filter((d) => anns.has(d.id)).map((d) => ({ id: d.id, published: d.published, entities: [...anns.get(d.id)!.entities, ...metadataEntities(d, anns.get(d.id)!.entities, gaz)], mentions: anns.get(d.id)!.mentions })),
    gaz,
  );
  const reasonsOf = new Map<string, string[]>();
  for (const m of resolved.merges) {
    if (!reasonsOf.has(m.entity)) reasonsOf.set(m.entity, []);
    reasonsOf.get(m.entity)!.push(m.reason);
  }
  const ent = (docId: string, ref: string | null): string | null => (ref == null ? null : resolved.mentionEntity.get(key(docId, ref)) ?? null);
  const entities: (Entity & { reasons?: string[] })[] = resolved.entities.map((e) => ({ ...e, reasons: reasonsOf.get(e.id) ?? [] }));
  const entityIds = new Set(entities.map((e) => e.id));

  const mentions: Mention[] = [];
  const quotes: Quote[] = [];
  const docEvents: { docId: string; event: OrbitEvent; intensity: number; mode: string }[] = [];
  const textRelations: Relation[] = [];
  for (const d of docs) {
    const a = anns.get(d.id);
    if (!a) continue;
    for (const m of a.mentions) {
      const id = ent(d.id, m.ref);
      if (id) mentions.push({ document: d.id, start: m.start, end: m.end, text: m.text, entity: id });
    }
    a.quotes.forEach((q, i) => {
      quotes.push({
        id: `${d.id.slice(0, 12)}:q${i}`, document: d.id, text: q.text, start: q.start, end: q.end, direct: q.direct,
        speaker: ent(d.id, q.speakerRef), reportedBy: q.reportedByRefs.map((r) => ent(d.id, r)).filter((x): x is string => !!x), cue: q.cue,
        speakerText: q.speakerText ?? null, kind: q.kind ?? 'speech',
      });
    });
    a.events.forEach((e, i) => {
      const ids = (refs: string[]) => [...new Set(refs.map((r) => ent(d.id, r)).filter((x): x is string => !!x))];
      docEvents.push({
        docId: d.id, intensity: e.intensity, mode: e.mode,
        event: {
          id: `${d.id.slice(0, 12)}:e${i}`, type: e.type, mode: e.mode, ...(e.hedged ? { hedged: true } : {}), summary: e.summary, actors: ids(e.actorRefs), targets: ids(e.targetRefs),
          location: ent(d.id, e.locationRef), date: e.date,
          evidence: [{ document: d.id, start: e.evidence.start, end: e.evidence.end, text: d.text.slice(e.evidence.start, e.evidence.end) }],
        },
      });
    });
    for (const r of a.relations) {
      const from = ent(d.id, r.fromRef);
      const to = ent(d.id, r.toRef);
      if (from && to && from !== to) {
        textRelations.push({ type: r.type, from, to, source: 'text',
          evidence: [{ document: d.id, start: r.evidence.start, end: r.evidence.end, text: d.text.slice(r.evidence.start, r.evidence.end) }] });
      }
    }
  }

  onStep('link');
  const links = await store.links();

  onStep('stories');
  const entityKeysByDoc = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!entityKeysByDoc.has(m.document)) entityKeysByDoc.set(m.document, new Set());
    entityKeysByDoc.get(m.document)!.add(m.entity);
  }
  const storyDocs: StoryDoc[] = docs.map((d) => ({ ...d, entityKeys: [...(entityKeysByDoc.get(d.id) ?? [])] }));
  const stories = clusterStories(storyDocs, links);
  const dayOf = new Map(docs.map((d) => [d.id, d.published && /^\d{4}-\d{2}-\d{2}/.test(d.published) ? d.published.slice(0, 10) : null]));
  const withDays = stories.map((s) => {
    const days = s.documents.map((id) => dayOf.get(id)).filter((x): x is string => !!x).sort();
    return { ...s, firstDay: days[0] ?? null, lastDay: days[days.length - 1] ?? null };
  });

  // documents of one story are textual evidence that two of their reports are one event
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const d of s.documents) storyOf.set(d, s.id);
  const events = coreferEvents(docEvents, links, docs, { storyOf });
  const relations = gazetteerRelations(entities, textRelations, gaz, docs, mentions);

  onStep('analyze');
  const alignment = computeAlignment({ entities, events, quotes, relations, docs, links, gaz });

  onStep('store');
  await store.replaceCorpusFacts({ entities: entities.filter((e) => entityIds.has(e.id)), mentions, quotes, events, relations, alignment });
  await store.replaceStories(withDays);
}
