/**
 * Entity network (co-mentions and relations from /api/graph), drawn with sigma.js (WebGL) over
 * graphology, read as in Gephi: communities by modularity, each in its colour and laid out
 * together; the graph centred with outliers pulled in; labels for the most connected entities;
 * a minimum link weight; a click on an entity focuses it and its neighbours (the rest greyed,
 * the camera moves to it) and lists them beside the graph. The focus is in the URL
 * (#/network?focus=<id>). An SVG drawing stands in where WebGL is unavailable.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Graph from 'graphology';
import Sigma from 'sigma';
import { apiUrl, arr, type GraphData } from '../api';
import { Async, Panel, TypeBadge } from '../components/ui';
import { ENTITY_TYPE_LABEL, ENTITY_TYPES } from '../lib/format';
import { typeColor } from '../lib/colors';
import { communities, communityColor } from '../lib/communities';
import { forceLayout } from '../lib/layout';
import { href, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';

type Node = { id: string; label: string; type: string; weight: number };
type Edge = { source: string; target: string; type: string; weight: number };
type LaidNode = Node & { x: number; y: number; size: number; community: number; degree: number };
type Laid = { nodes: LaidNode[]; edges: Edge[]; communityCount: number };

/** How many of the most connected entities always show their label. */
const TOP_LABELS = 20;

function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') || c.getContext('webgl'));
  } catch {
    return false;
  }
}

function prepare(data: GraphData, types: Set<string>, minWeight: number, showUnlinked: boolean): Laid {
  const nodes: Node[] = arr(data.nodes)
    .filter((n) => n && typeof n.id === 'string')
    .map((n) => ({
      id: n.id,
      label: n.label || n.id,
      type: n.type || 'other',
      weight: typeof n.weight === 'number' ? n.weight : 1,
    }))
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
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  // Entities with no link left are noise in a network drawing: off unless asked for.
  const kept = showUnlinked ? nodes : nodes.filter((n) => degree.has(n.id));
  const comm = communities(
    kept.map((n) => n.id),
    edges,
  );
  const communityCount = new Set(comm.values()).size;
  // Each community starts around its own point on a circle, so it is laid out as a group.
  const start = kept.map((n) => {
    const c = comm.get(n.id) ?? 0;
    const a = (c / Math.max(1, Math.min(communityCount, 12))) * 2 * Math.PI;
    const r = c < 12 ? 0.6 : 0.9;
    return { id: n.id, x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  const pos = forceLayout(start, edges);
  const pts = kept.map((n) => pos.get(n.id) ?? { x: 0, y: 0 });
  // Centre on the middle of the drawing and pull far outliers in to the 95th-percentile radius.
  const cx = pts.reduce((s, p) => s + p.x, 0) / Math.max(1, pts.length);
  const cy = pts.reduce((s, p) => s + p.y, 0) / Math.max(1, pts.length);
  const radii = pts.map((p) => Math.hypot(p.x - cx, p.y - cy)).sort((a, b) => a - b);
  const cap = radii[Math.floor(radii.length * 0.95)] || 1;
  const maxW = Math.max(1, ...kept.map((n) => n.weight));
  return {
    nodes: kept.map((n, i) => {
      const dx = pts[i].x - cx;
      const dy = pts[i].y - cy;
      const r = Math.hypot(dx, dy);
      const k = r > cap ? cap / r : 1;
      return {
        ...n,
        x: dx * k,
        y: dy * k,
        size: 3 + 13 * Math.sqrt(n.weight / maxW),
        community: comm.get(n.id) ?? 0,
        degree: degree.get(n.id) ?? 0,
      };
    }),
    edges,
    communityCount,
  };
}

type ColorBy = 'community' | 'type';
const colorOf = (n: LaidNode, by: ColorBy) =>
  by === 'community' ? communityColor(n.community) : typeColor(n.type);

function SigmaView(props: {
  graph: Laid;
  focus: string | null;
  colorBy: ColorBy;
  onFocus: (id: string | null) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<{ sigma: Sigma; g: Graph } | null>(null);
  const focusRef = useRef<string | null>(props.focus);
  const onFocus = useRef(props.onFocus);
  onFocus.current = props.onFocus;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const g = new Graph({ type: 'undirected', multi: false });
    const top = new Set(
      [...props.graph.nodes]
        .sort((a, b) => b.weight - a.weight || b.degree - a.degree)
        .slice(0, TOP_LABELS)
        .map((n) => n.id),
    );
    for (const n of props.graph.nodes) {
      g.addNode(n.id, {
        x: n.x,
        y: -n.y,
        size: n.size,
        label: n.label,
        color: colorOf(n, props.colorBy),
        forceLabel: top.has(n.id),
        zIndex: top.has(n.id) ? 1 : 0,
      });
    }
    for (const e of props.graph.edges)
      g.addEdge(e.source, e.target, {
        size: Math.min(6, 0.4 + Math.log2(1 + e.weight)),
        color: '#cfd4dc',
        weight: e.weight,
      });
    const sigma = new Sigma(g, el, {
      allowInvalidContainer: true,
      labelRenderedSizeThreshold: 9,
      labelSize: 12,
      labelWeight: '600',
      labelFont: 'system-ui, sans-serif',
      defaultEdgeColor: '#cfd4dc',
      zIndex: true,
    });
    // Focus: the entity and its neighbours in colour and labelled, the rest greyed, other links hidden.
    sigma.setSetting('nodeReducer', (node, attrs) => {
      const f = focusRef.current;
      if (!f || !g.hasNode(f)) return attrs;
      if (node === f) return { ...attrs, forceLabel: true, zIndex: 3, highlighted: true };
      return g.areNeighbors(node, f)
        ? { ...attrs, forceLabel: true, zIndex: 2 }
        : { ...attrs, color: '#e6e8ec', label: null, forceLabel: false, zIndex: 0 };
    });
    sigma.setSetting('edgeReducer', (edge, attrs) => {
      const f = focusRef.current;
      if (!f || !g.hasNode(f)) return attrs;
      return g.hasExtremity(edge, f) ? { ...attrs, color: '#56627a', zIndex: 1 } : { ...attrs, hidden: true };
    });
    sigma.on('clickNode', ({ node }) => onFocus.current(node));
    sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      navigate(href(['entity', node]));
    });
    sigma.on('clickStage', () => onFocus.current(null));
    sigma.on('enterNode', () => (el.style.cursor = 'pointer'));
    sigma.on('leaveNode', () => (el.style.cursor = ''));
    sigmaRef.current = { sigma, g };
    // For tests and tools: where a node is drawn, in pixels of this element.
    (
      el as HTMLDivElement & { orbitNodePosition?: (id: string) => { x: number; y: number } | null }
    ).orbitNodePosition = (id: string) =>
      g.hasNode(id) ? sigma.graphToViewport(g.getNodeAttributes(id) as { x: number; y: number }) : null;
    return () => {
      sigmaRef.current = null;
      sigma.kill();
    };
  }, [props.graph, props.colorBy]);
  useEffect(() => {
    focusRef.current = props.focus;
    const s = sigmaRef.current;
    if (!s) return;
    s.sigma.refresh({ skipIndexation: true });
    if (props.focus && s.g.hasNode(props.focus)) {
      const d = s.sigma.getNodeDisplayData(props.focus);
      if (d) void s.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.6 }, { duration: 400 });
    } else void s.sigma.getCamera().animatedReset({ duration: 300 });
  }, [props.focus, props.graph, props.colorBy]);
  return (
    <div
      ref={ref}
      className="sigma"
      data-testid="graph-canvas"
      data-nodes={props.graph.nodes.length}
      data-edges={props.graph.edges.length}
      data-focus={props.focus ?? ''}
    />
  );
}

/** The same drawing as SVG, for browsers without WebGL: a click focuses, as on the canvas. */
function SvgView(props: {
  graph: Laid;
  focus: string | null;
  colorBy: ColorBy;
  onFocus: (id: string | null) => void;
}) {
  const { nodes, edges } = props.graph;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const W = 1000;
  const H = 640;
  const sx = (x: number) => 40 + ((x - minX) / (maxX - minX || 1)) * (W - 80);
  const sy = (y: number) => 30 + ((y - minY) / (maxY - minY || 1)) * (H - 60);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const near = new Set<string>(
    props.focus
      ? [
          props.focus,
          ...edges.flatMap((e) =>
            e.source === props.focus ? [e.target] : e.target === props.focus ? [e.source] : [],
          ),
        ]
      : [],
  );
  const top = new Set(
    [...nodes]
      .sort((a, b) => b.weight - a.weight)
      .slice(0, TOP_LABELS)
      .map((n) => n.id),
  );
  return (
    <svg
      className="graph-svg"
      viewBox={`0 0 ${W} ${H}`}
      data-testid="graph-svg"
      data-nodes={nodes.length}
      data-edges={edges.length}
      data-focus={props.focus ?? ''}
      onClick={() => props.onFocus(null)}
    >
      {edges.map((e, i) => {
        const a = at.get(e.source)!;
        const b = at.get(e.target)!;
        const on = !props.focus || e.source === props.focus || e.target === props.focus;
        return on ? (
          <line
            key={i}
            x1={sx(a.x)}
            y1={sy(a.y)}
            x2={sx(b.x)}
            y2={sy(b.y)}
            stroke={props.focus ? '#56627a' : '#cfd4dc'}
            strokeWidth={Math.min(4, 0.5 + Math.log2(1 + e.weight))}
          />
        ) : null;
      })}
      {nodes.map((n) => {
        const dim = props.focus !== null && !near.has(n.id);
        return (
          <g
            key={n.id}
            className="gnode"
            data-id={n.id}
            onClick={(ev) => {
              ev.stopPropagation();
              props.onFocus(n.id);
            }}
          >
            <circle cx={sx(n.x)} cy={sy(n.y)} r={n.size} fill={dim ? '#e6e8ec' : colorOf(n, props.colorBy)} />
            {!dim && (top.has(n.id) || near.has(n.id)) ? (
              <text x={sx(n.x) + n.size + 2} y={sy(n.y) + 4} className="nodelabel">
                {n.label}
              </text>
            ) : null}
            <title>{`${n.label} (${n.type}, weight ${n.weight})`}</title>
          </g>
        );
      })}
    </svg>
  );
}

function FocusPanel(props: {
  graph: Laid;
  focus: string;
  colorBy: ColorBy;
  onFocus: (id: string | null) => void;
}) {
  const node = props.graph.nodes.find((n) => n.id === props.focus);
  if (!node) return <div className="empty">This entity is not in the drawing with these filters.</div>;
  const byId = new Map(props.graph.nodes.map((n) => [n.id, n]));
  const neighbours = props.graph.edges
    .filter((e) => e.source === node.id || e.target === node.id)
    .map((e) => ({ n: byId.get(e.source === node.id ? e.target : e.source)!, w: e.weight, type: e.type }))
    .sort((a, b) => b.w - a.w || a.n.label.localeCompare(b.n.label));
  return (
    <div data-testid="graph-focus">
      <h3 className="focus-name">
        <span className="swatch" style={{ background: colorOf(node, props.colorBy) }} /> {node.label}{' '}
        <TypeBadge type={node.type} />
      </h3>
      <div className="muted small">
        {neighbours.length} neighbour{neighbours.length === 1 ? '' : 's'} · community {node.community + 1} ·
        weight {node.weight}
      </div>
      <div className="focus-actions">
        <a href={href(['entity', node.id])}>Open entity page →</a>
        <button type="button" className="linkbtn" onClick={() => props.onFocus(null)}>
          clear focus
        </button>
      </div>
      <ol className="neighbours" data-testid="graph-neighbours">
        {neighbours.map(({ n, w, type }) => (
          <li key={n.id}>
            <button
              type="button"
              className="linkbtn"
              onClick={() => props.onFocus(n.id)}
              title="focus this entity"
            >
              <span className="swatch" style={{ background: colorOf(n, props.colorBy) }} /> {n.label}
            </button>{' '}
            <span className="muted small">
              {type === 'co_mention' || type === 'related' ? '' : `${type.replace(/_/g, ' ')} · `}
              {w}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Communities(props: { graph: Laid; onFocus: (id: string) => void }) {
  const groups = useMemo(() => {
    const by = new Map<number, LaidNode[]>();
    for (const n of props.graph.nodes) by.set(n.community, [...(by.get(n.community) ?? []), n]);
    return [...by.entries()]
      .filter(([, list]) => list.length > 1)
      .sort((a, b) => a[0] - b[0])
      .slice(0, 12)
      .map(([c, list]) => ({
        c,
        size: list.length,
        top: [...list].sort((a, b) => b.weight - a.weight).slice(0, 3),
      }));
  }, [props.graph]);
  if (!groups.length) return null;
  return (
    <ul className="communities" data-testid="graph-communities">
      {groups.map((g) => (
        <li key={g.c}>
          <span className="swatch" style={{ background: communityColor(g.c) }} />{' '}
          <span className="muted small">{g.size}:</span>{' '}
          {g.top.map((n, i) => (
            <span key={n.id}>
              {i ? ', ' : ''}
              <button type="button" className="linkbtn" onClick={() => props.onFocus(n.id)}>
                {n.label}
              </button>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

export function NetworkPage(props: { query: URLSearchParams }) {
  const entity = props.query.get('entity') ?? '';
  const focus = props.query.get('focus') || null;
  const limit = Number(props.query.get('limit')) || 150;
  const [types, setTypes] = useState<Set<string>>(() => new Set(ENTITY_TYPES));
  const [minWeight, setMinWeight] = useState(1);
  const [showUnlinked, setShowUnlinked] = useState(false);
  const [colorBy, setColorBy] = useState<ColorBy>('community');
  const res = useApi<GraphData>('graph', { entity, limit });
  const laid = useMemo(
    () => (res.data ? prepare(res.data, types, minWeight, showUnlinked) : null),
    [res.data, types, minWeight, showUnlinked],
  );
  const webgl = useMemo(webglAvailable, []);
  const maxEdgeWeight = useMemo(
    () => Math.max(1, ...arr(res.data?.edges).map((e) => (typeof e.weight === 'number' ? e.weight : 1))),
    [res.data],
  );
  const setFocus = (id: string | null) =>
    navigate(href('network', { entity, limit: props.query.get('limit'), focus: id }));
  return (
    <div className="page">
      <h1>Entity network {entity ? <span className="muted">around {entity}</span> : null}</h1>
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
          Min. link weight{' '}
          <input
            type="range"
            min={1}
            max={Math.max(2, Math.min(50, maxEdgeWeight))}
            value={minWeight}
            onChange={(e) => setMinWeight(Number(e.target.value))}
            data-testid="graph-min-weight"
          />{' '}
          {minWeight}
        </label>
        <label className="chk">
          <input type="checkbox" checked={showUnlinked} onChange={(e) => setShowUnlinked(e.target.checked)} />{' '}
          unlinked entities
        </label>
        <label>
          Colour{' '}
          <select
            value={colorBy}
            onChange={(e) => setColorBy(e.target.value as ColorBy)}
            data-testid="graph-color"
          >
            <option value="community">by community</option>
            <option value="type">by type</option>
          </select>
        </label>
        <label>
          Nodes{' '}
          <select
            value={limit}
            onChange={(e) => navigate(href('network', { entity, limit: e.target.value, focus }))}
          >
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
      <div className="network-layout">
        <Panel
          title="Graph"
          count={laid ? laid.nodes.length : null}
          testId="network"
          className="graph-panel"
          actions={<span className="muted">click an entity to focus it · double-click to open it</span>}
        >
          <Async state={res} isEmpty={(d) => arr(d.nodes).length === 0} empty="No entities to draw yet.">
            {() =>
              laid && laid.nodes.length > 0 ? (
                webgl ? (
                  <SigmaView graph={laid} focus={focus} colorBy={colorBy} onFocus={setFocus} />
                ) : (
                  <SvgView graph={laid} focus={focus} colorBy={colorBy} onFocus={setFocus} />
                )
              ) : (
                <div className="empty">No node passes these filters.</div>
              )
            }
          </Async>
        </Panel>
        <Panel title={focus ? 'Focus' : 'Communities'} testId="network-side">
          {laid && focus ? (
            <FocusPanel graph={laid} focus={focus} colorBy={colorBy} onFocus={setFocus} />
          ) : laid ? (
            <>
              <p className="muted small">
                {laid.communityCount} communit{laid.communityCount === 1 ? 'y' : 'ies'} of entities mentioned
                together (by modularity); the largest, with their most connected members:
              </p>
              <Communities graph={laid} onFocus={setFocus} />
            </>
          ) : null}
        </Panel>
      </div>
    </div>
  );
}
