/**
 * Communities in the entity network by modularity (Louvain: move each node to the neighbouring
 * community that gains most, then fold communities into nodes and repeat), weighted by edge
 * weight. Deterministic: nodes are visited in input order, ties keep the lower community. Sizes
 * here are the API's graph limit (hundreds of nodes), a few milliseconds.
 */
export type CEdge = { source: string; target: string; weight?: number };

/** Community index per node id, 0 for the largest community, 1 for the next, … */
export function communities(nodeIds: string[], edges: CEdge[], maxLevels = 6): Map<string, number> {
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  // Level graph: adjacency as weighted lists; `member[i]` the level node of original node i.
  let n = nodeIds.length;
  let adj: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    const w = typeof e.weight === 'number' && e.weight > 0 ? e.weight : 1;
    adj[a].set(b, (adj[a].get(b) ?? 0) + w);
    adj[b].set(a, (adj[b].get(a) ?? 0) + w);
  }
  let member = nodeIds.map((_, i) => i);
  let selfLoop = new Array<number>(n).fill(0);
  for (let level = 0; level < maxLevels; level++) {
    const degree = adj.map((m, i) => [...m.values()].reduce((s, w) => s + w, 0) + 2 * selfLoop[i]);
    const m2 = degree.reduce((s, d) => s + d, 0);
    if (m2 === 0) break;
    const comm = Array.from({ length: n }, (_, i) => i);
    const tot = [...degree];
    let moved = true;
    let improved = false;
    for (let pass = 0; moved && pass < 20; pass++) {
      moved = false;
      for (let i = 0; i < n; i++) {
        const own = comm[i];
        const links = new Map<number, number>();
        for (const [j, w] of adj[i]) links.set(comm[j], (links.get(comm[j]) ?? 0) + w);
        tot[own] -= degree[i];
        let best = own;
        let bestGain = (links.get(own) ?? 0) - (tot[own] * degree[i]) / m2;
        for (const [c, w] of links) {
          const gain = w - (tot[c] * degree[i]) / m2;
          if (gain > bestGain + 1e-12 || (Math.abs(gain - bestGain) <= 1e-12 && c < best)) {
            best = c;
            bestGain = gain;
          }
        }
        tot[best] += degree[i];
        if (best !== own) {
          comm[i] = best;
          moved = true;
          improved = true;
        }
      }
    }
    if (!improved) break;
    // Fold: communities become the next level's nodes.
    const renum = new Map<number, number>();
    for (const c of comm) if (!renum.has(c)) renum.set(c, renum.size);
    const next: Map<number, number>[] = Array.from({ length: renum.size }, () => new Map());
    const nextSelf = new Array<number>(renum.size).fill(0);
    for (let i = 0; i < n; i++) {
      const ci = renum.get(comm[i])!;
      nextSelf[ci] += selfLoop[i];
      for (const [j, w] of adj[i]) {
        const cj = renum.get(comm[j])!;
        if (ci === cj) nextSelf[ci] += w / 2;
        else next[ci].set(cj, (next[ci].get(cj) ?? 0) + w);
      }
    }
    member = member.map((lv) => renum.get(comm[lv])!);
    adj = next;
    selfLoop = nextSelf;
    n = renum.size;
  }
  // Largest community first; singletons keep their own index after the rest.
  const size = new Map<number, number>();
  for (const c of member) size.set(c, (size.get(c) ?? 0) + 1);
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || a - b);
  const rank = new Map(order.map((c, i) => [c, i]));
  return new Map(nodeIds.map((id, i) => [id, rank.get(member[i])!]));
}

/** Distinct colours for the largest communities (Tableau-like, readable on white); grey after. */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#5f6b7a',
  '#86bcb6',
  '#d37295',
];

export const communityColor = (c: number): string => COMMUNITY_COLORS[c] ?? '#b9bfc8';
