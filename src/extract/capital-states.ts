/**
 * "Washington said it was deeply troubled", "Baku expects …": a capital speaks for its state. The
 * quote stage keeps the capital as the speaker it read (a seat of power may speak, so pronouns
 * after it go on with it); this step, run after it, gives such quotes the state as speaker. When
 * the text never names the state, the state is added to the document's entities without mentions,
 * as resolution adds the entities a document's metadata states. A seat that is no capital (the
 * Kremlin, the White House) keeps its own voice.
 */
import type { DocEntity, DocEvent, DocQuote } from '../model/index.js';
import { stateOfPlace, type Gazetteer } from '../resolve/gazetteer.js';

export function capitalsToStates(
  quotes: readonly DocQuote[],
  entities: readonly DocEntity[],
  gaz: Gazetteer | null,
): { quotes: DocQuote[]; entities: DocEntity[] } {
  const { out, state } = stateFinder(entities, gaz);
  const mapped = quotes.map((q) => {
    const ref = q.speakerRef ? state(q.speakerRef) : null;
    return ref ? { ...q, speakerRef: ref, reportedByRefs: q.reportedByRefs.filter((r) => r !== ref) } : q;
  });
  return { quotes: mapped, entities: out };
}

/**
 * "прибыл в Баку", "visited Tashkent", "Baku accused Yerevan": a capital taking part in an event
 * stands for its state. The event stage maps a capital to its state when the text names the state;
 * when it does not, the capital stays a participant as a city. This step, run after events, gives
 * such events the state (added to the entities without mentions, as for quotes) and keeps the
 * capital as the event's location when it has none.
 */
export function capitalEventsToStates(
  events: readonly DocEvent[],
  entities: readonly DocEntity[],
  gaz: Gazetteer | null,
): { events: DocEvent[]; entities: DocEntity[] } {
  const { out, state } = stateFinder(entities, gaz);
  const mapped = events.map((ev) => {
    const seats = [...ev.actorRefs, ...ev.targetRefs].filter((r) => state(r));
    if (!seats.length) return ev;
    const swap = (refs: string[]) => [...new Set(refs.map((r) => state(r) ?? r))];
    const actorRefs = swap(ev.actorRefs);
    const targetRefs = swap(ev.targetRefs).filter((r) => !actorRefs.includes(r));
    return { ...ev, actorRefs, targetRefs, locationRef: ev.locationRef ?? seats[0] };
  });
  return { events: mapped, entities: out };
}

/** `state(ref)`: the state entity a capital entity speaks for (joining `out` when new), else null. */
function stateFinder(
  entities: readonly DocEntity[],
  gaz: Gazetteer | null,
): { out: DocEntity[]; state: (ref: string) => string | null } {
  const out = entities.slice();
  const byRef = new Map(out.map((e) => [e.ref, e]));
  const stateOf = new Map<string, string | null>();
  const state = (ref: string): string | null => {
    if (stateOf.has(ref)) return stateOf.get(ref)!;
    const found = stateRef(byRef.get(ref), out, gaz);
    if (found && !byRef.has(found.ref)) {
      out.push(found);
      byRef.set(found.ref, found);
    }
    stateOf.set(ref, found?.ref ?? null);
    return found?.ref ?? null;
  };
  return { out, state };
}

/** The state entity a capital speaks for: the one the text names, or a new one; null for others. */
function stateRef(e: DocEntity | undefined, entities: DocEntity[], gaz: Gazetteer | null): DocEntity | null {
  if (!gaz || !e || e.type !== 'location' || !e.gazetteerId) return null;
  const seatOf = stateOfPlace(gaz, e.gazetteerId, 'capital');
  if (!seatOf) return null;
  const named = entities.find((x) => x.gazetteerId === seatOf && x.type === 'country');
  if (named) return named;
  const country = gaz.byId(seatOf);
  if (!country || country.type !== 'country') return null;
  const refs = new Set(entities.map((x) => x.ref));
  let n = entities.length + 1;
  while (refs.has(`e${n}`)) n++;
  return {
    ref: `e${n}`,
    type: 'country',
    name: country.name,
    aliases: [country.name],
    gazetteerId: country.id,
    roles: [],
    reasons: [`the state its capital ${e.name} speaks for`],
  };
}
