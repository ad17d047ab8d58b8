/**
 * The corpus facts of a store, comparable between an incremental build and a full rebuild: the
 * documented differences (docs/corpus.md) are normalised here and nowhere else — the order of an
 * entity's roles and the letter case of a role title seen in several spellings (the first seen is
 * kept), which pair of an event's reports each merge reason names (the members are the same; only
 * the number of merges is compared), the order of a relation's and an alignment cell's evidence
 * (an incremental update appends what a rebuild would interleave in document order), and a
 * same-news link's score within 0.02 (a pair outside a batch's story scope keeps the score of the
 * corpus statistics it was last judged with).
 */
import { expect } from 'vitest';
import type { Store } from '../src/store/store.js';

const sorted = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();

/** The comparable corpus facts, with the documented differences normalised. */
export async function facts(store: Store) {
  const e = await store.exportAll();
  return {
    entities: sorted(
      e.entities.map((x) => ({
        ...x,
        roles: sorted((x.roles ?? []).map((r) => ({ ...r, title: r.title.toLowerCase() }))),
      })),
    ),
    mentions: sorted(e.mentions),
    quotes: sorted(e.quotes),
    events: sorted(
      e.events.map((x) => ({ ...x, merges: ((x as { merges?: string[] }).merges ?? []).length })),
    ),
    relations: sorted(e.relations.map((r) => ({ ...r, evidence: sorted(r.evidence) }))),
    links: sorted(e.links.map(({ from, to, type }) => ({ from, to, type }))),
    linkScores: new Map(e.links.map((l) => [`${l.from}|${l.to}|${l.type}`, l.score])),
    stories: sorted(e.stories),
    alignment: sorted(e.alignment.map((a) => ({ ...a, evidence: sorted(a.evidence) }))),
  };
}

export type Facts = Awaited<ReturnType<typeof facts>>;

/**
 * Equal facts; a same-news link's score may drift by a little (documented: a pair outside a
 * batch's story scope keeps the score of the corpus statistics it was last judged with).
 */
export function compare(incremental: Facts, rebuilt: Facts) {
  for (const k of Object.keys(rebuilt) as (keyof Facts)[]) {
    if (k === 'linkScores') continue;
    expect(incremental[k], k).toEqual(rebuilt[k]);
  }
  for (const [k, score] of rebuilt.linkScores)
    expect(Math.abs((incremental.linkScores.get(k) ?? -1) - score), `score of link ${k}`).toBeLessThanOrEqual(
      0.02,
    );
}
