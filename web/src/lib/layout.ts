/**
 * A small deterministic force layout (Fruchterman–Reingold) for the entity network. Graphs
 * shown here are capped by the API's `limit` (hundreds of nodes), where the O(n²) repulsion per
 * iteration stays well under a frame budget in total; no randomness, so the same graph always
 * lays out the same way.
 */
export type LayoutNode = { id: string; x?: number; y?: number };
export type LayoutEdge = { source: string; target: string; weight?: number };

export function forceLayout(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  iterations = 200,
): Map<string, { x: number; y: number }> {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  // Start on a golden-angle spiral (or at the given positions): spread out, deterministic.
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt(i + 0.5) / Math.sqrt(Math.max(1, n));
    const a = i * 2.399963229728653;
    // A given start (e.g. near its community's centre) is kept, nudged apart by the spiral.
    const sx = nodes[i].x;
    const sy = nodes[i].y;
    xs[i] = typeof sx === 'number' && Number.isFinite(sx) ? sx + 0.05 * r * Math.cos(a) : r * Math.cos(a);
    ys[i] = typeof sy === 'number' && Number.isFinite(sy) ? sy + 0.05 * r * Math.sin(a) : r * Math.sin(a);
  }
  const e: [number, number, number][] = [];
  let maxW = 0;
  for (const edge of edges) {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a === undefined || b === undefined || a === b) continue;
    const w = typeof edge.weight === 'number' && edge.weight > 0 ? edge.weight : 1;
    maxW = Math.max(maxW, w);
    e.push([a, b, w]);
  }
  const k = Math.sqrt(1 / Math.max(1, n)); // ideal edge length in a unit square
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temp = 0.1;
  const cool = temp / (iterations + 1);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = xs[i] - xs[j];
        let ddy = ys[i] - ys[j];
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 1e-9) {
          ddx = 1e-3 * ((i % 7) - 3 || 1);
          ddy = 1e-3 * ((j % 5) - 2 || 1);
          d2 = ddx * ddx + ddy * ddy;
        }
        const f = (k * k) / d2;
        dx[i] += ddx * f;
        dy[i] += ddy * f;
        dx[j] -= ddx * f;
        dy[j] -= ddy * f;
      }
    }
    for (const [a, b, w] of e) {
      const ddx = xs[a] - xs[b];
      const ddy = ys[a] - ys[b];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1e-6;
      const f = (d / k) * (0.5 + (0.5 * w) / (maxW || 1));
      dx[a] -= ddx * f;
      dy[a] -= ddy * f;
      dx[b] += ddx * f;
      dy[b] += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      // Gravity keeps disconnected parts on screen.
      dx[i] -= xs[i] * 0.02 * n * k;
      dy[i] -= ys[i] * 0.02 * n * k;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const step = Math.min(d, temp);
      xs[i] += (dx[i] / d) * step;
      ys[i] += (dy[i] / d) * step;
    }
    temp -= cool;
  }
  const out = new Map<string, { x: number; y: number }>();
  nodes.forEach((node, i) => out.set(node.id, { x: xs[i], y: ys[i] }));
  return out;
}
