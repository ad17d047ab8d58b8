/** Entity networks as GEXF 1.3 and GraphML, for Gephi and other graph tools. */
import type { GraphEdge, GraphNode } from '../store/fact-queries.js';

const xmlEscape = (s: string): string =>
  s
    .replace(
      /[<>&"']/g,
      (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
    )
    // XML 1.0 forbids most control characters even when escaped
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export function toGexf(g: { nodes: GraphNode[]; edges: GraphEdge[] }): string {
  const nodes = g.nodes.map(
    (n) =>
      `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}"><attvalues><attvalue for="type" value="${xmlEscape(n.type)}"/><attvalue for="weight" value="${n.weight}"/></attvalues></node>`,
  );
  const edges = g.edges.map(
    (e, i) =>
      `      <edge id="e${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${e.weight}" label="${xmlEscape(e.type)}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>Orbit</creator><description>Entity network</description></meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="weight" title="mentions" type="integer"/></attributes>
    <nodes>
${nodes.join('\n')}
    </nodes>
    <edges>
${edges.join('\n')}
    </edges>
  </graph>
</gexf>
`;
}

export function toGraphml(g: { nodes: GraphNode[]; edges: GraphEdge[] }): string {
  const nodes = g.nodes.map(
    (n) =>
      `    <node id="${xmlEscape(n.id)}"><data key="label">${xmlEscape(n.label)}</data><data key="type">${xmlEscape(n.type)}</data><data key="weight">${n.weight}</data></node>`,
  );
  const edges = g.edges.map(
    (e) =>
      `    <edge source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"><data key="etype">${xmlEscape(e.type)}</data><data key="eweight">${e.weight}</data></edge>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="weight" for="node" attr.name="mentions" attr.type="int"/>
  <key id="etype" for="edge" attr.name="type" attr.type="string"/>
  <key id="eweight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="orbit" edgedefault="undirected">
${nodes.join('\n')}
${edges.join('\n')}
  </graph>
</graphml>
`;
}
