/**
 * Look-up keys of document-local entities: the keys by which resolution (src/resolve/resolve.ts)
 * can join two records, so a new record finds every stored entity it may join with one indexed
 * query (table entity_keys) instead of a pass over the corpus. A superset is harmless (each
 * candidate is decided by resolution itself); a missing key would miss a merge.
 *
 *  - `g:<gazetteer id>`: gazetteer-linked records merge by id;
 *  - `k:<type>|<key>`: discovered records of one type merge by the spelling-variant key of a
 *    multi-word person name, or the folded name/alias of anything else;
 *  - `sn:<surname key>`: persons by surname (a lone surname joins the only full name with it,
 *    and a new full name can take it away);
 *  - `si:<initial>`: full-name persons by the initial of their surname key (the block inside
 *    which resolution compares surnames by edit distance).
 */
import type { DocEntity } from '../model/index.js';
import { fold } from '../resolve/fold.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { fullNameKey, nameKey, splitName } from '../resolve/names.js';

export function recKeys(e: DocEntity, gaz: Gazetteer): string[] {
  const keys = new Set<string>();
  const entry = e.gazetteerId ? (gaz.byId(e.gazetteerId) ?? null) : null;
  const type = entry ? entry.type : e.type;
  const names = entry ? [entry.name] : [e.name, ...(e.aliases ?? [])];
  if (entry) keys.add(`g:${entry.id}`);
  else if (e.type === 'person') {
    for (const s of names) if (splitName(s).length >= 2) keys.add(`k:person|${fullNameKey(s)}`);
  } else for (const s of names) keys.add(`k:${e.type}|${fold(s)}`);
  if (type === 'person') {
    for (const s of names) {
      const toks = splitName(s);
      if (!toks.length) continue;
      const sn = nameKey(toks[toks.length - 1]);
      if (!sn) continue;
      keys.add(`sn:${sn}`);
      if (toks.length >= 2) keys.add(`si:${sn.charAt(0)}`);
    }
  }
  return [...keys];
}
