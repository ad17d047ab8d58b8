/**
 * Long documents are annotated in sections. Several extractors compare nearby mentions, quotes
 * and sentences in ways that grow faster than the text (measured: 2 → 4 MB of prose took quotes
 * from 2.5 to 26 s); a book-length report or a transcript must still cost time in proportion to
 * its length. Sections end at a paragraph break (else a sentence end, else a space) near
 * SECTION_CHARS; each is annotated alone, its offsets shifted back into the document, and the
 * document-local entities of all sections merged by gazetteer id (else type and name), so the
 * corpus stages see one entity per thing as for a short article. What is lost: a pronoun or a
 * surname at the start of a section cannot reach a full name in the section before.
 */
import type { Annotations, DocEntity } from '../model/index.js';

/** Documents longer than this are annotated in sections of about this many characters. */
export const SECTION_CHARS = 100_000;

/** [start, end) ranges covering `text`, each at most `size` characters (+ the tail of a word). */
export function sectionBounds(text: string, size = SECTION_CHARS): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > size) {
    const window = text.slice(start + Math.floor(size / 2), start + size);
    const base = start + Math.floor(size / 2);
    const para = window.lastIndexOf('\n\n');
    const sentence = Math.max(
      window.lastIndexOf('. '),
      window.lastIndexOf('.\n'),
      window.lastIndexOf('? '),
      window.lastIndexOf('! '),
    );
    const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
    const cut =
      para >= 0
        ? base + para + 2
        : sentence >= 0
          ? base + sentence + 2
          : space >= 0
            ? base + space + 1
            : start + size;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

const entityKey = (e: DocEntity): string =>
  e.gazetteerId ? `g:${e.gazetteerId}` : `n:${e.type}:${e.name.toLowerCase()}`;

/**
 * One document's annotations from its sections' (each with the offset where it starts).
 * Entities with the same gazetteer id, or the same type and name, become one; refs are renumbered.
 */
export function mergeSections(parts: { offset: number; ann: Annotations }[]): Annotations {
  const out: Annotations = {
    sentences: [],
    entities: [],
    mentions: [],
    times: [],
    amounts: [],
    quotes: [],
    events: [],
    relations: [],
  };
  const byKey = new Map<string, DocEntity>();
  for (const { offset, ann } of parts) {
    const span = <T extends { start: number; end: number }>(x: T): T => ({
      ...x,
      start: x.start + offset,
      end: x.end + offset,
    });
    const refMap = new Map<string, string>();
    // first pass: map every ref of this section to a merged entity
    for (const e of ann.entities) {
      const k = entityKey(e);
      let merged = byKey.get(k);
      if (!merged) {
        merged = {
          ...e,
          ref: `e${out.entities.length + 1}`,
          aliases: [...e.aliases],
          roles: [],
          reasons: [...e.reasons],
        };
        byKey.set(k, merged);
        out.entities.push(merged);
      } else {
        for (const a of e.aliases) if (!merged.aliases.includes(a)) merged.aliases.push(a);
        for (const r of e.reasons)
          if (!merged.reasons.includes(r) && merged.reasons.length < 50) merged.reasons.push(r);
        if (e.name.length > merged.name.length && !e.gazetteerId) merged.name = e.name;
      }
      refMap.set(e.ref, merged.ref);
    }
    const ref = (r: string): string => refMap.get(r) ?? r;
    const refOrNull = (r: string | null): string | null => (r === null ? null : ref(r));
    for (const e of ann.entities) {
      const merged = byKey.get(entityKey(e))!;
      for (const r of e.roles)
        merged.roles.push({ ...r, ofRef: refOrNull(r.ofRef), evidence: span(r.evidence) });
    }
    for (const s of ann.sentences) out.sentences.push(span(s));
    for (const m of ann.mentions) out.mentions.push({ ...span(m), ref: ref(m.ref) });
    for (const t of ann.times) out.times.push(span(t));
    for (const a of ann.amounts) out.amounts.push(span(a));
    for (const q of ann.quotes)
      out.quotes.push({
        ...span(q),
        speakerRef: refOrNull(q.speakerRef),
        reportedByRefs: q.reportedByRefs.map(ref),
      });
    for (const ev of ann.events) {
      out.events.push({
        ...ev,
        actorRefs: ev.actorRefs.map(ref),
        targetRefs: ev.targetRefs.map(ref),
        locationRef: refOrNull(ev.locationRef),
        evidence: span(ev.evidence),
      });
    }
    for (const r of ann.relations)
      out.relations.push({ ...r, fromRef: ref(r.fromRef), toRef: ref(r.toRef), evidence: span(r.evidence) });
  }
  return out;
}
