/**
 * Participant candidates for event and relation extraction: every place in a document where an
 * actor can be named, with the document-local entity it stands for.
 *
 * Besides entity mentions this adds two kinds of implicit reference that news prose uses all the
 * time: a demonym with a group noun ("the Turkish side", "Kazakh counterparts" → the country) and
 * a country anaphor ("the country", "this republic" → the most recently mentioned country).
 * Capitals acting as governments ("Ankara said", "Bishkek and Dushanbe") map to their country
 * through the gazetteer's `seatOf`, but keep their own ref for use as a location.
 */
import type { EntityType } from '../export/types.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { TITLE_HEADS, TITLE_MODIFIERS, GENERIC_CAP, ROLE_NOUNS } from './mentions-lexicon.js';
import type { DocEntity, DocMention, Sentence } from './types.js';
import type { EventData } from './events-data.js';

export type Candidate = {
  start: number;
  end: number;
  /** the entity as named (a capital stays the capital) */
  ref: string;
  /** the entity acting: the country for a capital, else `ref` */
  actorRef: string;
  type: EntityType;
  kind: 'mention' | 'demonym' | 'anaphor';
  /** a country or demonym that only qualifies a following person ("Russian President Vladimir Putin") */
  modifier: boolean;
  /** a place (non-capital location): a location, never an actor */
  place: boolean;
};

const ACTOR_TYPES = new Set<EntityType>(['person', 'country', 'organization', 'group', 'media']);
const MODIFIER_GAP_WORDS = new Set([
  ...TITLE_HEADS, ...TITLE_MODIFIERS, ...GENERIC_CAP, ...ROLE_NOUNS,
  'of', 'the', 'to', 'for', 'and', "'s", 'head', 'heads', 'its', 'his', 'her', 'their',
]);

/** Is the text between a country and a following person only title words ("President", "head of the")? */
function isTitleGap(gap: string): boolean {
  if (gap.length > 60 || /[,;:()"“”«»]/.test(gap)) return false;
  const words = gap.toLowerCase().replace(/[’]/g, "'").split(/\s+/).filter(Boolean);
  if (words.length > 6) return false;
  return words.every((w) => MODIFIER_GAP_WORDS.has(w) || MODIFIER_GAP_WORDS.has(w.replace(/'s$/, '')));
}

export function buildCandidates(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly DocEntity[],
  mentions: readonly DocMention[],
  gaz: Gazetteer | null,
  data: EventData,
): Candidate[] {
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const byGaz = new Map<string, DocEntity>();
  for (const e of entities) if (e.gazetteerId && !byGaz.has(e.gazetteerId)) byGaz.set(e.gazetteerId, e);

  const out: Candidate[] = [];
  for (const m of mentions) {
    const e = byRef.get(m.ref);
    if (!e || m.start < 0 || m.end > text.length || m.start >= m.end) continue;
    let actorRef = e.ref;
    let place = false;
    if (e.type === 'location') {
      const seat = e.gazetteerId && gaz ? gaz.byId(e.gazetteerId)?.seatOf : null;
      const country = seat ? byGaz.get(seat) : undefined;
      if (country) actorRef = country.ref;
      else if (!seat) place = true;
    } else if (!ACTOR_TYPES.has(e.type)) continue;
    out.push({ start: m.start, end: m.end, ref: e.ref, actorRef, type: e.type, kind: 'mention', modifier: false, place });
  }

  // Demonym + group noun: only when the country itself is an entity of this document, so every
  // participant still points at a DocEntity.
  if (gaz) {
    data.demonymGroup.lastIndex = 0;
    for (let m = data.demonymGroup.exec(text); m; m = data.demonymGroup.exec(text)) {
      const g = gaz.lookupDemonym(m[1]);
      const e = g ? byGaz.get(g.id) : undefined;
      if (!e) continue;
      out.push({ start: m.index, end: m.index + m[0].length, ref: e.ref, actorRef: e.ref, type: e.type, kind: 'demonym', modifier: false, place: false });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);

  // Drop candidates nested in (or overlapping) an earlier, longer one; a real mention beats a demonym phrase.
  const kept: Candidate[] = [];
  for (const c of out) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (last.kind !== 'mention' && c.kind === 'mention') kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }

  // Country anaphors: the most recent country earlier in the same sentence, else the first
  // country (the subject) of the nearest of the three preceding sentences that names one.
  const anaphors: Candidate[] = [];
  const countryOf = (c: Candidate) => (byRef.get(c.actorRef)?.type === 'country' ? c.actorRef : null);
  const firstCountryBySentence = new Map<number, string>();
  const sentenceOf = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < sentences[mid].start) hi = mid - 1;
      else if (pos >= sentences[mid].end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const events: { pos: number; end: number; anaphor: boolean; country: string | null }[] = kept.map((c) => ({ pos: c.start, end: c.end, anaphor: false, country: countryOf(c) }));
  data.countryAnaphor.lastIndex = 0;
  for (let m = data.countryAnaphor.exec(text); m; m = data.countryAnaphor.exec(text)) events.push({ pos: m.index, end: m.index + m[0].length, anaphor: true, country: null });
  events.sort((a, b) => a.pos - b.pos);
  let lastInSentence: { si: number; country: string } | null = null;
  for (const ev of events) {
    const si = sentenceOf(ev.pos);
    if (ev.anaphor) {
      let ref: string | null = lastInSentence && lastInSentence.si === si ? lastInSentence.country : null;
      for (let k = si - 1; !ref && k >= Math.max(0, si - 3); k--) ref = firstCountryBySentence.get(k) ?? null;
      if (!ref) continue;
      ev.country = ref;
      anaphors.push({ start: ev.pos, end: ev.end, ref, actorRef: ref, type: 'country', kind: 'anaphor', modifier: false, place: false });
    }
    if (ev.country && si >= 0) {
      if (!firstCountryBySentence.has(si)) firstCountryBySentence.set(si, ev.country);
      lastInSentence = { si, country: ev.country };
    }
  }
  const all = anaphors.length ? [...kept, ...anaphors].sort((a, b) => a.start - b.start) : kept;

  // A country (or demonym) right before a person, separated only by title words, qualifies the person.
  for (let i = 0; i + 1 < all.length; i++) {
    const c = all[i];
    const n = all[i + 1];
    if (n.type !== 'person' || c.type === 'person') continue;
    if (c.type !== 'country' && c.kind !== 'demonym' && !(c.type === 'organization' && /^\s*(?:'s|’s)?\s*$/.test(text.slice(c.end, n.start)))) continue;
    if (isTitleGap(text.slice(c.end, n.start))) c.modifier = true;
  }
  return all;
}
