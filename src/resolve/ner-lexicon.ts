/**
 * The gazetteer as the NER's typed name list: every name, alias and acronym of an entry with the
 * NER type of the entry (person → PER; organization, media → ORG; country, location → LOC;
 * group, event → MISC), and demonyms as MISC (CoNLL's convention for "Kazakh", "American").
 * Only Latin-script names are kept (the model is English). Built once per gazetteer.
 */
import { buildNerLexicon, type NerLexicon, type NerType } from '../nlp/ner.js';
import type { Gazetteer } from './gazetteer.js';

const TYPE: Record<string, NerType | undefined> = {
  person: 'PER',
  organization: 'ORG',
  media: 'ORG',
  country: 'LOC',
  location: 'LOC',
  group: 'MISC',
  event_name: 'MISC',
};
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}'’&.-]+$/u;

const cache = new WeakMap<Gazetteer, NerLexicon>();

export function nerLexiconOf(gaz: Gazetteer): NerLexicon {
  const hit = cache.get(gaz);
  if (hit) return hit;
  const names: { name: string; type: NerType }[] = [];
  for (const e of gaz.entries) {
    const type = TYPE[e.type];
    if (!type) continue;
    for (const n of [
      e.name,
      ...e.aliases,
      ...(e.acronyms ?? []),
      ...(e.formerNames ?? []).map((f) => f.name),
    ]) {
      if (LATIN.test(n)) names.push({ name: n, type });
    }
    for (const d of e.demonyms ?? []) if (LATIN.test(d)) names.push({ name: d, type: 'MISC' });
  }
  const lex = buildNerLexicon(names);
  cache.set(gaz, lex);
  return lex;
}
