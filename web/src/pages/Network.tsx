/**
 * Entity network: co-occurrence and relation graph from /api/graph, drawn with sigma.js
 * (WebGL) over graphology; an SVG drawing stands in where WebGL is unavailable. Filters: entity
 * types, minimum edge weight, node limit; a click on a node opens its entity page.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Graph from 'graphology';
import Sigma from 'sigma';
import { apiUrl, arr, type GraphData } from '../api';
import { Async, Panel } from '../components/ui';
import { ENTITY_TYPE_LABEL, ENTITY_TYPES } from '../lib/format';
import { typeColor } from '../lib/colors';
import { forceLayout } from '../lib/layout';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';

type Node = { id: string; label: string; type: string; weight: number };
type Edge = { source: string; target: string; type: string; weight: number };
type Laid = { nodes: (Node & { x: number; y: number; size: number })[]; edges: Edge[] };

function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') || c.getContext('webgl'));
  } catch {
    return false;
  }
}

function prepare(data: GraphData, types: Set<string>, minWeight: number): Laid {
  const nodes: Node[] = arr(data.nodes)
    .filter((n) => n && typeof n.id === 'string')
    .map((n) => ({ id: n.id, label: n.label || n.id, type: n.type || 'other', weight: typeof n.weight === 'number' ? n.weight : 1 }))
    .filter((n) => types.has(ENTITY_TYPES.includes(n.type) ? n.type : 'other'));
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  const edges: Edge[] = [];
  for (const e of arr(data.edges)) {
    if (!e || !ids.has(e.source) || !ids.has(e.target) || e.source === e.target) continue;
    const w = typeof e.weight === 'number' ? e.weight : 1;
    if (w < minWeight) continue;
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    if (seen.has(key)) continue; // graphology's simple graph takes one edge per pair
    seen.add(key);
    edges.push({ source: e.source, target: e.target, type: e.type || 'related', weight: w });
  }
  // With a weight threshold, nodes left without edges are noise; keep them otherwise.
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const kept = minWeight > 1 ? nodes.filter((n) => linked.has(n.id)) : nodes;
  const pos = forceLayout(kept, edges);
  const maxW = Math.max(1, ...kept.map((n) => n.weight));
  return {
    nodes: kept.map((n) => ({ ...n, ...(pos.get(n.id) ?? { x: 0, y: 0 }), size: 3 + 12 * Math.sqrt(n.weight / maxW) })),
    edges,
  };
}

function SigmaView(props: { graph: Laid }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const g = new Graph({ type: 'undirected', multi: false });
    for (const n of props.graph.nodes) g.addNode(n.id, { x: n.x, y: -n.y, size: n.size, label: n.label, color: typeColor(n.type), entityType: n.type });
    for (const e of props.graph.edges) g.addEdge(e.source, e.target, { size: Math.min(6, 0.5 + Math.log2(1 + e.weight)), color: '#c8ccd4', label: e.type });
    const sigma = new Sigma(g, el, { labelRenderedSizeThreshold: 6, labelSize: 12, labelFont: 'system-ui, sans-serif', defaultEdgeColor: '#c8ccd4', zIndex: true });
    sigma.on('clickNode', ({ node }) => navigate(href(['entity', node])));
    // Hovering a node dims everything but it and its neighbours, with their labels shown.
    let hovered: string | null = null;
    let near = new Set<string>();
    sigma.setSetting('nodeReducer', (node, attrs) => {
      if (!hovered) return attrs;
      return near.has(node) ? { ...attrs, forceLabel: true, zIndex: 1 } : { ...attrs, color: '#e3e6ea', label: null, zIndex: 0 };
    });
    sigma.setSetting('edgeReducer', (edge, attrs) => {
      if (!hovered) return attrs;
      return g.hasExtremity(edge, hovered) ? { ...attrs, color: '#7d8796' } : { ...attrs, hidden: true };
    });
    sigma.on('enterNode', ({ node }) => {
      el.style.cursor = 'pointer';
      hovered = node;
      near = new Set([node, ...g.neighbors(node)]);
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      el.style.cursor = '';
      hovered = null;
      near = new Set();
      sigma.refresh({ skipIndexation: true });
    });
    return () => sigma.kill();
  }, [props.graph]);
  return <div ref={ref} className="sigma" data-testid="graph-canvas" data-nodes={props.graph.nodes.length} data-edges={props.graph.edges.length} />;
}

/** The same drawing as SVG, for browsers without WebGL. */
function SvgView(props: { graph: Laid }) {
  const { nodes, edges } = props.graph;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const W = 1000;
  const H = 640;
  const sx = (x: number) => 40 + ((x - minX) / (maxX - minX || 1)) * (W - 80);
  const sy = (y: number) => 30 + ((y - minY) / (maxY - minY || 1)) * (H - 60);
  const at = new Map(nodes.map((n) => [n.id, n]));
  return (
    <svg className="graph-svg" viewBox={`0 0 ${W} ${H}`} data-testid="graph-svg" data-nodes={nodes.length} data-edges={edges.length}>
      {edges.map((e, i) => {
        const a = at.get(e.source)!;
        const b = at.get(e.target)!;
        return <line key={i} x1={sx(a.x)} y1={sy(a.y)} x2={sx(b.x)} y2={sy(b.y)} stroke="#c8ccd4" strokeWidth={Math.min(4, 0.5 + Math.log2(1 + e.weight))} />;
      })}
      {nodes.map((n) => (
        <a key={n.id} href={href(['entity', n.id])}>
          <circle cx={sx(n.x)} cy={sy(n.y)} r={n.size} fill={typeColor(n.type)} />
          {n.size > 6 ? (
            <text x={sx(n.x) + n.size + 2} y={sy(n.y) + 4} className="nodelabel">
              {n.label}
            </text>
          ) : null}
          <title>{`${n.label} (${n.type}, weight ${n.weight})`}</title>
        </a>
      ))}
    </svg>
  );
}

export function NetworkPage(props: { query: URLSearchParams }) {
  const entity = props.query.get('entity') ?? '';
  const limit = Number(props.query.get('limit')) || 150;
  const [types, setTypes] = useState<Set<string>>(() => new Set(ENTITY_TYPES));
  const [minWeight, setMinWeight] = useState(1);
  const res = useApi<GraphData>('graph', { entity, limit });
  const laid = useMemo(() => (res.data ? prepare(res.data, types, minWeight) : null), [res.data, types, minWeight]);
  const webgl = useMemo(webglAvailable, []);
  const maxEdgeWeight = useMemo(() => Math.max(1, ...arr(res.data?.edges).map((e) => (typeof e.weight === 'number' ? e.weight : 1))), [res.data]);
  return (
    <div className="page">
      <h1>
        Entity network {entity ? <span className="muted">around {entity}</span> : null}
      </h1>
      <div className="filters">
        {ENTITY_TYPES.map((t) => (
          <label key={t} className="chk">
            <input
              type="checkbox"
              checked={types.has(t)}
              onChange={(e) => {
                const next = new Set(types);
                if (e.target.checked) next.add(t);
                else next.delete(t);
                setTypes(next);
              }}
            />
            <span className="swatch" style={{ background: typeColor(t) }} /> {ENTITY_TYPE_LABEL[t]}
          </label>
        ))}
        <label>
          Min. weight <input type="range" min={1} max={Math.max(2, Math.min(50, maxEdgeWeight))} value={minWeight} onChange={(e) => setMinWeight(Number(e.target.value))} /> {minWeight}
        </label>
        <label>
          Nodes{' '}
          <select value={limit} onChange={(e) => navigate(href('network', { entity, limit: e.target.value }))}>
            {[50, 150, 300, 500].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {entity ? <a href={href('network')}>whole corpus</a> : null}
        <a href={apiUrl('graph.gexf', { entity, limit })}>GEXF</a>
        <a href={apiUrl('graph.graphml', { entity, limit })}>GraphML</a>
      </div>
      <Panel title="Graph" count={laid ? laid.nodes.length : null} testId="network" className="graph-panel">
        <Async state={res} isEmpty={(d) => arr(d.nodes).length === 0} empty="No entities to draw yet.">
          {() =>
            laid && laid.nodes.length > 0 ? (
              webgl ? <SigmaView graph={laid} /> : <SvgView graph={laid} />
            ) : (
              <div className="empty">No node passes these filters.</div>
            )
          }
        </Async>
      </Panel>
    </div>
  );
}
