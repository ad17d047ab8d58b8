/**
 * Cross-document entity resolution: document-local entities (src/extract/mentions.ts) become
 * corpus entities with deterministic ids.
 *
 *  - gazetteer-linked entities merge by gazetteer id (id = gazetteer id);
 *  - discovered entities merge by type + spelling-variant key of the full name
 *    (Japarov/Zhaparov/Dzhaparov, Aleksandr/Alexander, Andrei/Andrey: src/resolve/names.ts);
 *  - discovered persons whose full name is a gazetteer person's name or alias join that entry;
 *  - organisations and media merge through a shared acronym or long form;
 *  - persons with a compatible given name and a surname within a small edit distance merge
 *    (rewrites' typos: "Taleberdi" / "Tleuberdi"); a lone surname joins the only full name with
 *    that surname.
 * Guard: two entities that one document keeps apart (different refs) are never merged, even
 * transitively. Every merge records a reason.
 */
import type { DocEntity, DocMention } from '../model/index.js';
import type { Entity, EntityType, Role } from '../model/index.js';
import { fold, foldLatin, hasCyrillic } from './fold.js';
import type { GazEntry, Gazetteer } from './gazetteer.js';
import { fullNameKey, givenNamesCompatible, nameKey, splitName, surnamesClose } from './names.js';

export type ResolveInput = {
  id: string;
  published: string | null;
  entities: DocEntity[];
  mentions: DocMention[];
  /**
   * Mentions per ref counted elsewhere, for an input that stands for some records of a stored
   * document without its mention list (the incremental update: src/corpus/incremental.ts).
   */
  mentionCounts?: Record<string, number>;
}[];

export type ResolveResult = {
  entities: Entity[];
  /** docId + "\u0000" + ref -> entity id */
  mentionEntity: Map<string, string>;
  merges: { entity: string; reason: string }[];
};

type Rec = { doc: string; ent: DocEntity; mentions: number };

type Cluster = {
  recs: Rec[];
  gaz: GazEntry | null;
  type: EntityType;
  docs: Map<string, string>; // docId -> ref (the guard)
  reasons: string[];
};

const SEP = '\u0000';
const PLACE_TYPE_SUFFIX =
  /^(\S.*?)\s+(?:region|oblast|province|district|raion|rayon|governorate|prefecture)$/i;

function slug(s: string): string {
  return (
    foldLatin(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'x'
  );
}

class Clusters {
  readonly parent: number[] = [];
  readonly data: Cluster[] = [];
  add(c: Cluster): number {
    this.parent.push(this.parent.length);
    this.data.push(c);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  /** Joins two clusters unless one document keeps them apart; returns whether it merged. */
  union(a: number, b: number, reason: string): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return true;
    const A = this.data[ra];
    const B = this.data[rb];
    if (A.gaz && B.gaz && A.gaz.id !== B.gaz.id) return false;
    if (A.type !== B.type) return false;
    for (const [doc, ref] of B.docs) {
      const other = A.docs.get(doc);
      if (other !== undefined && other !== ref) return false;
    }
    // keep the gazetteer-linked side as the root
    if (!A.gaz && B.gaz) [ra, rb] = [rb, ra];
    const R = this.data[ra];
    const S = this.data[rb];
    this.parent[rb] = ra;
    for (const r of S.recs) R.recs.push(r);
    for (const [d, ref] of S.docs) R.docs.set(d, ref);
    R.gaz = R.gaz ?? S.gaz;
    for (const r of S.reasons) R.reasons.push(r);
    R.reasons.push(reason);
    return true;
  }
}

function isMultiWord(s: string): boolean {
  return splitName(s).length >= 2;
}

/** Resolves every document's entities into corpus entities. Never throws on odd input. */
export function resolveCorpus(docs: ResolveInput, gaz: Gazetteer): ResolveResult {
  const cl = new Clusters();
  const mentionCount = new Map<string, number>();
  const byGaz = new Map<string, number>();
  const recIndex: { doc: string; ref: string; cluster: number }[] = [];

  for (const d of docs ?? []) {
    if (!d || typeof d.id !== 'string') continue;
    for (const m of d.mentions ?? []) {
      const k = d.id + SEP + m.ref;
      mentionCount.set(k, (mentionCount.get(k) ?? 0) + 1);
    }
    for (const [ref, n] of Object.entries(d.mentionCounts ?? {})) {
      const k = d.id + SEP + ref;
      mentionCount.set(k, (mentionCount.get(k) ?? 0) + n);
    }
    for (const e of d.entities ?? []) {
      if (!e || typeof e.ref !== 'string') continue;
      const rec: Rec = { doc: d.id, ent: e, mentions: mentionCount.get(d.id + SEP + e.ref) ?? 0 };
      const entry = e.gazetteerId ? (gaz.byId(e.gazetteerId) ?? null) : null;
      const c = cl.add({
        recs: [rec],
        gaz: entry,
        type: entry ? entry.type : e.type,
        docs: new Map([[d.id, e.ref]]),
        reasons: [],
      });
      recIndex.push({ doc: d.id, ref: e.ref, cluster: c });
      if (entry) {
        const prev = byGaz.get(entry.id);
        if (prev === undefined) byGaz.set(entry.id, c);
        else cl.union(prev, c, `same gazetteer entry ${entry.id}`);
      }
    }
  }

  // 1. discovered entities: same type and same spelling-variant key of the full name or of a
  //    multi-word alias (organisations/media also by acronym aliases)
  const byKey = new Map<string, number>();
  const personGaz = gazPersonKeys(gaz);
  for (const r of recIndex) {
    const root = cl.data[r.cluster];
    if (root.gaz) continue;
    const e = root.recs[0].ent;
    const keys = new Set<string>();
    if (e.type === 'person') {
      for (const s of [e.name, ...e.aliases]) if (isMultiWord(s)) keys.add(fullNameKey(s));
    } else {
      for (const s of [e.name, ...e.aliases]) keys.add(fold(s));
    }
    // a discovered person whose full name is a gazetteer person's name or alias
    if (e.type === 'person') {
      for (const k of keys) {
        const g = personGaz.get(k);
        if (!g) continue;
        let target = byGaz.get(g.id);
        if (target === undefined) {
          target = cl.add({ recs: [], gaz: g, type: 'person', docs: new Map(), reasons: [] });
          byGaz.set(g.id, target);
        }
        cl.union(target, r.cluster, `"${e.name}" matches gazetteer person ${g.name}`);
        break;
      }
    }
    for (const k of keys) {
      const full = `${e.type}|${k}`;
      const prev = byKey.get(full);
      if (prev === undefined) byKey.set(full, r.cluster);
      else if (cl.find(prev) !== cl.find(r.cluster))
        cl.union(
          prev,
          r.cluster,
          `"${e.name}" has the same ${e.type === 'person' ? 'name (spelling variants folded)' : 'name or acronym'} as another mention ("${k}")`,
        );
    }
  }

  // 2. persons: compatible given names and close surnames; lone surnames to a unique full name
  const persons = [...new Set(recIndex.map((r) => cl.find(r.cluster)))].filter(
    (c) => cl.data[c].type === 'person',
  );
  // A cluster's name tokens and the key of its last one, kept per root until a join changes the
  // cluster: the pairs below ask for them millions of times on a large corpus.
  const names = new Map<number, string[]>();
  const surnames = new Map<number, string>();
  const nameOf = (c: number): string[] => {
    const root = cl.find(c);
    const known = names.get(root);
    if (known) return known;
    const d = cl.data[root];
    let best: string[] = [];
    if (d.gaz) best = splitName(d.gaz.name);
    else
      for (const r of d.recs) {
        const toks = splitName(r.ent.name);
        if (toks.length > best.length) best = toks;
      }
    names.set(root, best);
    return best;
  };
  const surnameOf = (c: number): string => {
    const root = cl.find(c);
    let k = surnames.get(root);
    if (k === undefined) {
      const toks = nameOf(root);
      k = nameKey(toks[toks.length - 1]);
      surnames.set(root, k);
    }
    return k;
  };
  const join = (a: number, b: number, reason: string): boolean => {
    const roots = [cl.find(a), cl.find(b)];
    if (!cl.union(a, b, reason)) return false;
    for (const r of roots) {
      names.delete(r);
      surnames.delete(r);
    }
    return true;
  };
  const full = persons.filter((c) => nameOf(c).length >= 2);
  const bySurnameInitial = new Map<string, number[]>();
  for (const c of full) {
    const k = surnameOf(c).charAt(0);
    if (!bySurnameInitial.has(k)) bySurnameInitial.set(k, []);
    bySurnameInitial.get(k)!.push(c);
  }
  for (const list of bySurnameInitial.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (cl.find(list[i]) === cl.find(list[j])) continue;
        const a = nameOf(list[i]);
        const b = nameOf(list[j]);
        const sa = surnameOf(list[i]);
        const sb = surnameOf(list[j]);
        if (!givenNamesCompatible(a[0], b[0])) continue;
        if (sa === sb) {
          join(
            list[i],
            list[j],
            `"${a.join(' ')}" and "${b.join(' ')}": same surname and compatible given names`,
          );
          continue;
        }
        const close = surnamesClose(sa, sb);
        if (close.close)
          join(
            list[i],
            list[j],
            `"${a.join(' ')}" and "${b.join(' ')}": same given name, surname edit distance ${close.distance}`,
          );
      }
    }
  }
  const singles = persons.filter((c) => nameOf(c).length === 1);
  // The clusters of the full names (their roots) by the key of their last name token, kept up to
  // date as lone surnames join them: a join changes only the two clusters it merges. (Listing
  // every full name's cluster for each lone surname was 6 of the ~9 CPU s of resolving 19,000
  // stories.)
  const rootsBySurname = new Map<string, Set<number>>();
  const surnameOfRoot = new Map<number, string>();
  const addRoot = (r: number) => {
    if (surnameOfRoot.has(r)) return;
    const k = surnameOf(r);
    surnameOfRoot.set(r, k);
    const set = rootsBySurname.get(k);
    if (set) set.add(r);
    else rootsBySurname.set(k, new Set([r]));
  };
  const dropRoot = (r: number) => {
    const k = surnameOfRoot.get(r);
    if (k === undefined) return;
    surnameOfRoot.delete(r);
    rootsBySurname.get(k)!.delete(r);
  };
  if (singles.length) for (const f of full) addRoot(cl.find(f));
  for (const c of singles) {
    const s = surnameOf(c); // its one name token
    const targets = rootsBySurname.get(s);
    if (targets?.size !== 1) continue;
    const [target] = targets;
    const other = cl.find(c);
    const merged = join(
      target,
      c,
      `"${nameOf(c)[0]}" is the surname of the only "${nameOf(target).join(' ')}" in the corpus`,
    );
    if (!merged) continue;
    // the joined cluster holds a full name under whichever root it keeps, and its name may be new
    dropRoot(target);
    dropRoot(other);
    addRoot(cl.find(target));
  }

  // 3. output entities
  const roots = [...new Set(recIndex.map((r) => cl.find(r.cluster)))];
  const idOf = new Map<number, string>();
  const used = new Set<string>();
  const info = roots.map((root) => {
    const d = cl.data[root];
    const counts = new Map<string, number>();
    for (const r of d.recs) counts.set(r.ent.name, (counts.get(r.ent.name) ?? 0) + Math.max(1, r.mentions));
    const name = d.gaz
      ? d.gaz.name
      : // a Latin-script name is preferred for display when the entity was also seen in one
        // (a Russian and an English article about the same person show the English spelling)
        [...counts.entries()].sort(
          (x, y) =>
            Number(hasCyrillic(x[0])) - Number(hasCyrillic(y[0])) ||
            splitName(y[0]).length - splitName(x[0]).length ||
            y[1] - x[1] ||
            (x[0] < y[0] ? -1 : 1),
        )[0][0];
    return { root, d, name };
  });
  // deterministic ids: gazetteer id, else type + slug, suffixed in name order on collision
  info.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.d.type < y.d.type ? -1 : 1));
  for (const x of info) {
    let id = x.d.gaz ? x.d.gaz.id : `${x.d.type}:${slug(x.name)}`;
    if (used.has(id)) {
      let n = 2;
      while (used.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    used.add(id);
    idOf.set(x.root, id);
  }
  const mentionEntity = new Map<string, string>();
  for (const r of recIndex) mentionEntity.set(r.doc + SEP + r.ref, idOf.get(cl.find(r.cluster))!);

  const entities: Entity[] = [];
  const merges: { entity: string; reason: string }[] = [];
  const present = new Set(idOf.values());
  // the ids of the country entities, for roles "of" one (was a scan of every entity per role)
  const countryIds = new Set(info.filter((y) => y.d.type === 'country').map((y) => idOf.get(y.root)!));
  const extraGaz = new Map<string, GazEntry>();
  for (const x of info) {
    const id = idOf.get(x.root)!;
    const aliases = new Set<string>();
    for (const r of x.d.recs) {
      aliases.add(r.ent.name);
      for (const a of r.ent.aliases) aliases.add(a);
    }
    if (x.d.gaz) {
      for (const a of x.d.gaz.aliases) aliases.add(a);
      for (const a of x.d.gaz.acronyms ?? []) aliases.add(a);
    }
    if (x.d.type === 'location') {
      // "Batken Region" is also called "Batken" ("fighting in Batken")
      for (const a of [x.name, ...aliases]) {
        const m = PLACE_TYPE_SUFFIX.exec(a);
        if (m) aliases.add(m[1]);
      }
    }
    aliases.delete(x.name);
    const roles: Role[] = [];
    const seenRole = new Set<string>();
    const pushRole = (r: Role) => {
      const k = `${fold(r.title)}|${r.of ?? ''}|${r.from ?? ''}|${r.to ?? ''}`;
      if (seenRole.has(k)) return;
      seenRole.add(k);
      roles.push(r);
    };
    for (const r of x.d.recs) {
      for (const role of r.ent.roles ?? []) {
        const of = role.ofRef ? (mentionEntity.get(r.doc + SEP + role.ofRef) ?? null) : null;
        pushRole({ title: role.title, of });
      }
    }
    if (x.d.gaz?.roles) {
      for (const gr of x.d.gaz.roles) {
        if (gr.of && !present.has(gr.of)) {
          const ge = gaz.byId(gr.of);
          if (ge) extraGaz.set(ge.id, ge);
        }
        pushRole({ title: gr.label ?? gr.title, of: gr.of, from: gr.from, to: gr.to });
      }
    }
    let country: string | null = null;
    if (x.d.gaz?.country) country = x.d.gaz.country;
    else if (x.d.type === 'person' || x.d.type === 'organization' || x.d.type === 'media') {
      for (const r of roles) {
        if (r.of && (r.of.startsWith('country:') || countryIds.has(r.of))) {
          country = r.of;
          break;
        }
      }
    }
    if (country && !present.has(country)) {
      const ge = gaz.byId(country);
      if (ge) extraGaz.set(ge.id, ge);
      else country = null;
    }
    const ent: Entity = { id, type: x.d.type, name: x.name, aliases: [...aliases].sort() };
    if (roles.length) ent.roles = roles;
    if (country) ent.country = country;
    entities.push(ent);
    for (const reason of new Set(x.d.reasons)) merges.push({ entity: id, reason });
    for (const r of x.d.recs)
      for (const reason of r.ent.reasons)
        merges.push({ entity: id, reason: `${r.doc.slice(0, 12)}: ${reason}` });
  }
  // gazetteer entities referenced by roles/country but never mentioned, so every id resolves
  for (const ge of [...extraGaz.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (present.has(ge.id)) continue;
    present.add(ge.id);
    entities.push({
      id: ge.id,
      type: ge.type,
      name: ge.name,
      aliases: [...ge.aliases, ...(ge.acronyms ?? [])],
      ...(ge.country ? { country: ge.country } : {}),
    });
  }
  // a roles `of` that points to an entity absent from the output would dangle: drop it to null
  for (const e of entities) for (const r of e.roles ?? []) if (r.of && !present.has(r.of)) r.of = null;
  for (const e of entities) if (e.country && !present.has(e.country)) e.country = null;
  return { entities, mentionEntity, merges };
}

/** Spelling-variant keys of every multi-word gazetteer person name and alias. */
export function gazPersonKeys(gaz: Gazetteer): Map<string, GazEntry> {
  const cached = personKeyCache.get(gaz);
  if (cached) return cached;
  const m = new Map<string, GazEntry>();
  for (const e of gaz.entries) {
    if (e.type !== 'person') continue;
    for (const s of [e.name, ...e.aliases]) if (isMultiWord(s)) m.set(fullNameKey(s), e);
  }
  personKeyCache.set(gaz, m);
  return m;
}
const personKeyCache = new WeakMap<object, Map<string, GazEntry>>();
