/**
 * Judgements of harm ("such statements harm Ukrainian-Georgian relations", "наносят ущерб
 * отношениям с Грузией", "ilişkilere zarar veriyor"): whoever says that something harms
 * relations accuses the one doing it. The accuser is the speaker (the quotation's, or the name
 * before a saying verb of the sentence), never the grammatical subject, which is often a thing
 * ("such statements", "these steps"); the accused is that subject when it names a participant,
 * else the other side of the relations named in or right after the trigger (the speaker's own
 * country left out).
 */
import type { DocEntity, DocQuote, Sentence } from '../model/index.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import type { Candidate } from './events-participants.js';

export type JudgedFrame = { actors: Candidate[]; targets: Candidate[]; location: null };

/** a saying verb after its subject, per language ("X said that …", "X заявил, что …") */
const SAYING: Record<string, RegExp> = {
  en: /^\s*(?:\p{L}+\s+){0,3}?(?:said|says|stated|states|noted|notes|added|warned|warns|believes|stressed|complained|is\s+reported\s+to\s+have\s+said|was\s+quoted\s+as\s+saying)\b/iu,
  ru: /^\s*(?:\p{L}+\s+){0,2}?(?:заявил\p{L}*|заявля\p{L}+|сказал\p{L}*|отметил\p{L}*|подчеркнул\p{L}*|считает|считают|полагает|предупредил\p{L}*)(?![\p{L}])/iu,
};
/** Turkish says it last: "X, … ilişkilere zarar verdiğini söyledi" */
const SAYING_AFTER_TR =
  /(?<![\p{L}])(?:dedi|söyledi|belirtti|ifade\s+etti|açıkladı|vurguladı|kaydetti)(?![\p{L}])/iu;
/** "relations with X", "ties between X and Y", "отношениям с X", "X ile ilişkiler" */
const SIDE_GAP = /^[\s\p{L}'’-]{0,40}$/u;

const usable = (c: Candidate) => !c.modifier && !c.place && c.type !== 'location';

/** Is `country` the speaker's own (the country itself, or named by a word of the speaker's name)? */
function ownCountry(
  speaker: DocEntity | undefined,
  country: DocEntity | undefined,
  gaz: Gazetteer | null,
): boolean {
  if (!speaker || !country) return false;
  if (speaker.ref === country.ref) return true;
  for (const w of speaker.name.split(/[\s()-]+/u)) {
    if (!w) continue;
    if (w === country.name) return true;
    const d = gaz && country.gazetteerId ? gaz.lookupDemonym(w) : undefined;
    if (d && d.id === country.gazetteerId) return true;
  }
  return false;
}

export function judgedFrame(
  lang: string,
  text: string,
  sent: Sentence,
  cands: readonly Candidate[],
  mStart: number,
  mEnd: number,
  speakerAt: (pos: number) => Candidate | null,
  entities: ReadonlyMap<string, DocEntity>,
  gaz: Gazetteer | null,
): JudgedFrame {
  const inSent = cands.filter((c) => c.start >= sent.start && c.end <= sent.end && usable(c));
  let speaker = speakerAt(mStart);
  // no quotation: the nearest name before a saying verb of the sentence, before the trigger
  let saidAt = sent.start;
  if (!speaker && lang === 'tr') {
    // the subject opening the sentence says what the verb at its end reports
    const first = inSent.find((c) => c.end <= mStart);
    if (first && SAYING_AFTER_TR.test(text.slice(mEnd, sent.end))) {
      speaker = first;
      saidAt = first.end;
    }
  } else if (!speaker) {
    const re = SAYING[lang] ?? SAYING.en;
    for (const c of inSent) {
      if (c.end > mStart) break;
      const m = re.exec(text.slice(c.end, mStart));
      if (m) {
        speaker = c;
        saidAt = c.end + m[0].length;
      }
    }
  }
  if (!speaker) return { actors: [], targets: [], location: null };
  const speakerEntity = entities.get(speaker.actorRef);
  // the accused: a participant between the saying verb (or the quotation's start) and the trigger
  const subject = inSent.filter(
    (c) =>
      c.start >= saidAt &&
      c.end <= mStart &&
      c.actorRef !== speaker!.actorRef &&
      c.kind !== 'anaphor' &&
      mStart - c.end <= 60,
  );
  if (subject.length) return { actors: [speaker], targets: [subject[subject.length - 1]], location: null };
  // else the other side of the relations: names inside the trigger or right after it
  const sides = cands.filter(
    (c) =>
      c.start >= mStart &&
      c.end <= sent.end &&
      !c.place &&
      (c.end <= mEnd || SIDE_GAP.test(text.slice(mEnd, c.start))) &&
      c.actorRef !== speaker!.actorRef &&
      !ownCountry(speakerEntity, entities.get(c.actorRef), gaz),
  );
  const seen = new Set<string>();
  const targets = sides.filter((c) => !seen.has(c.actorRef) && seen.add(c.actorRef));
  return { actors: [speaker], targets, location: null };
}

/** force used or prepared against someone: a speaker's warning of it is an accusation */
const FORCE: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE']);

/**
 * "Pashinyan saying a fresh Azerbaijani attack on Armenia was “very likely”", "X said two member
 * states had helped Y prepare for war against Z": force that is only possible or planned, in a
 * quotation (direct or reported) of a speaker who is not among those said to use it, did not
 * happen — what happened is that the speaker accused someone. The accused is the first participant
 * of the quotation before the trigger (its subject: "two CSTO member states"), else the force's
 * actors. Null when the event is anything else.
 */
export function speculatedForce(
  type: string,
  mode: string,
  frame: { actors: readonly Candidate[] },
  mStart: number,
  cands: readonly Candidate[],
  quotes: readonly DocQuote[],
  entities: ReadonlyMap<string, DocEntity>,
  gaz: Gazetteer | null = null,
): JudgedFrame | null {
  if (!FORCE.has(type) || (mode !== 'hypothetical' && mode !== 'intended')) return null;
  const q = quotes.find((x) => x.speakerRef && x.kind !== 'thought' && mStart >= x.start && mStart < x.end);
  const speakerEntity = q?.speakerRef ? entities.get(q.speakerRef) : undefined;
  if (!q || !speakerEntity) return null;
  const speakerRef = speakerEntity.ref;
  if (frame.actors.some((c) => c.actorRef === speakerRef)) return null;
  // "the Turkish defence ministry announced Turkey and Azerbaijan will hold drills": a state's own
  // body (or office holder) announcing its side's force is a plan, no accusation
  const ownStates = new Set<string>();
  const gazCountry = speakerEntity.gazetteerId
    ? (gaz?.byId(speakerEntity.gazetteerId) as { country?: string } | undefined)?.country
    : undefined;
  if (gazCountry) for (const e of entities.values()) if (e.gazetteerId === gazCountry) ownStates.add(e.ref);
  for (const r of speakerEntity.roles ?? [])
    if (r.ofRef && entities.get(r.ofRef)?.type === 'country') ownStates.add(r.ofRef);
  if (frame.actors.some((c) => ownStates.has(c.actorRef))) return null;
  const speaker: Candidate = {
    start: mStart,
    end: mStart,
    ref: speakerRef,
    actorRef: speakerRef,
    type: speakerEntity.type,
    kind: 'anaphor',
    modifier: false,
    place: false,
  };
  const subject = cands.find(
    (c) => c.start >= q.start && c.end <= mStart && usable(c) && c.actorRef !== speakerRef,
  );
  const accused = subject ? [subject] : frame.actors.filter((c) => c.actorRef !== speakerRef);
  return accused.length ? { actors: [speaker], targets: accused.slice(0, 1), location: null } : null;
}
