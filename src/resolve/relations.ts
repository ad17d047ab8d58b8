/**
 * Corpus relations: text relations (merged: one relation per type/from/to with every evidence
 * span) plus gazetteer memberships between entities that occur in the corpus.
 *
 * A gazetteer membership is kept only when both the member and the organization are corpus
 * entities (the gazetteer is never dumped wholesale). It carries `source: "gazetteer"` and no
 * evidence, unless a document sentence supports it — both entities mentioned in one sentence with
 * a membership cue ("member", "founding", "joined", "observer") — in which case those sentences
 * become its evidence and its source is "text". Symmetric relations (ally_of, partner_of,
 * in_conflict_with) are stored once per unordered pair.
 */
import type { Entity, Mention, Relation, RelationType } from '../model/index.js';
import type { Span } from '../model/index.js';
import type { Gazetteer } from './gazetteer.js';

const SYMMETRIC = new Set<RelationType>(['ally_of', 'partner_of', 'in_conflict_with']);
const MEMBERSHIP_CUE =
  /\b(?:members?|membership|member\s+states?|founding|founders?|joined|joins|accession|acceded|observers?|observer\s+status|participants?|includes?|including|consists?\s+of|comprises?)\b/iu;

const keyOf = (r: { type: RelationType; from: string; to: string }) =>
  SYMMETRIC.has(r.type) && r.from > r.to ? `${r.type}|${r.to}|${r.from}` : `${r.type}|${r.from}|${r.to}`;

export function gazetteerRelations(
  entities: Entity[],
  textRelations: Relation[],
  gaz: Gazetteer,
  docs: { id: string; text: string }[],
  mentions: Mention[],
): Relation[] {
  const ids = new Set((entities ?? []).map((e) => e.id));
  const merged = new Map<string, Relation>();
  for (const r of textRelations ?? []) {
    if (!r || !ids.has(r.from) || !ids.has(r.to) || r.from === r.to) continue;
    const k = keyOf(r);
    const have = merged.get(k);
    if (have) {
      for (const s of r.evidence ?? [])
        if (!have.evidence.some((x) => x.document === s.document && x.start === s.start && x.end === s.end))
          have.evidence.push(s);
    } else merged.set(k, { ...r, evidence: [...(r.evidence ?? [])], source: 'text' });
  }

  // Sentence-level co-mentions, computed once: for each document, mention offsets by entity.
  const textOf = new Map((docs ?? []).map((d) => [d.id, d.text]));
  const mentionsByEntity = new Map<string, Mention[]>();
  for (const m of mentions ?? []) {
    if (!ids.has(m.entity)) continue;
    const list = mentionsByEntity.get(m.entity);
    if (list) list.push(m);
    else mentionsByEntity.set(m.entity, [m]);
  }

  for (const ms of gaz?.memberships ?? []) {
    if (!ids.has(ms.member) || !ids.has(ms.org)) continue;
    const type: RelationType = ms.type;
    const k = keyOf({ type, from: ms.member, to: ms.org });
    const support = supportingSentences(
      mentionsByEntity.get(ms.member) ?? [],
      mentionsByEntity.get(ms.org) ?? [],
      textOf,
    );
    const have = merged.get(k);
    if (have) {
      for (const s of support)
        if (!have.evidence.some((x) => x.document === s.document && x.start === s.start))
          have.evidence.push(s);
      have.validFrom ??= ms.from;
      have.validTo ??= ms.to;
      continue;
    }
    merged.set(k, {
      type,
      from: ms.member,
      to: ms.org,
      validFrom: ms.from,
      validTo: ms.to,
      evidence: support,
      source: support.length ? 'text' : 'gazetteer',
    });
  }
  return [...merged.values()];
}

/** Sentences (in any document) that mention both entities and contain a membership cue. */
function supportingSentences(a: Mention[], b: Mention[], textOf: Map<string, string>): Span[] {
  if (!a.length || !b.length) return [];
  const bDocs = new Map<string, Mention[]>();
  for (const m of b) {
    const l = bDocs.get(m.document);
    if (l) l.push(m);
    else bDocs.set(m.document, [m]);
  }
  const out: Span[] = [];
  const seen = new Set<string>();
  for (const m of a) {
    const others = bDocs.get(m.document);
    const text = textOf.get(m.document);
    if (!others || !text) continue;
    const [s, e] = sentenceAround(text, m.start);
    if (!others.some((o) => o.start >= s && o.end <= e)) continue;
    const k = `${m.document}|${s}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const sentence = text.slice(s, e);
    if (!MEMBERSHIP_CUE.test(sentence)) continue;
    out.push({ document: m.document, start: s, end: e, text: sentence });
  }
  return out;
}

/** The sentence around `pos`: bounded by . ! ? followed by space, or a line break. */
function sentenceAround(text: string, pos: number): [number, number] {
  let s = pos;
  while (s > 0) {
    const c = text[s - 1];
    if (
      c === '\n' ||
      ((c === ' ' || c === '\t') && /[.!?]["”»)]?$/.test(text.slice(Math.max(0, s - 3), s - 1)))
    )
      break;
    s--;
  }
  let e = pos;
  while (e < text.length) {
    const c = text[e];
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?') && (e + 1 >= text.length || /\s/.test(text[e + 1]))) {
      e++;
      break;
    }
    e++;
  }
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}
