import { checkZoneNetwork } from '../error/argument-checks.js';
import { defineOptions } from '../options/define-options.js';
import type { RecordGraph } from './record-graph.js';
import { exportGraph, networkExportOptionSpecs, RECIPROCAL_STATEMENT, type NetworkExportOptions } from './export-edges.js';
import { xmlText } from './xml-text.js';

/** The declared options of {@link toGraphML} (checks, defaults and docs/options.md come from here). */
export const toGraphMLOptions = defineOptions('toGraphML', { ...networkExportOptionSpecs });

interface Key {
  id: string;
  for: 'node' | 'edge' | 'graph';
  name: string;
  type: 'double' | 'boolean' | 'string';
}

/**
 * The network as GraphML (yEd, Cytoscape, Gephi, igraph, NetworkX, R): typed
 * `<key>` declarations (`double`, `boolean`, `string`) for every flattened
 * attribute, each node labelled (`label` = Chinese name), each edge keyed by its
 * linkage id.
 *
 * A network with only undirected (or only directed) linkages is written with
 * `edgedefault="undirected"` (`"directed"`). A mixed network follows
 * `mixedEdges` (see `MixedEdges`): by default `edgedefault="directed"` with each
 * undirected linkage as two opposite arcs flagged by `reverse_arc`, stated in
 * the graph attribute `mixed_edges`, which NetworkX and igraph read as a
 * directed graph; with `'typed'`, `edgedefault="undirected"` and
 * `directed="true"` on each directed edge, as the GraphML specification allows
 * (graphology-graphml reads it; NetworkX rejects it and igraph ignores the
 * per-edge attribute, reading every edge as undirected).
 *
 * Reference: Brandes, Eiglsperger, Herman, Himsolt & Marshall (2002), "GraphML
 * progress report: structural layer proposal", Graph Drawing 2001, LNCS 2265,
 * 501–512.
 *
 * @example
 * const graphml = toGraphML(buildNetwork(china));
 * graphml.includes('edgedefault="directed"'); // true: the bundled network is mixed
 */
export function toGraphML(net: RecordGraph, options: NetworkExportOptions = {}): string {
  checkZoneNetwork('toGraphML', net);
  const graph = exportGraph('toGraphML', net, toGraphMLOptions.read(options));
  const keys = new Map<string, Key>();
  const declare = (domain: 'node' | 'edge' | 'graph', attributes: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(attributes)) {
      const k = `${domain}:${name}`;
      const type = typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      const existing = keys.get(k);
      if (!existing) keys.set(k, { id: `${domain[0]}${keys.size}`, for: domain, name, type });
      else if (existing.type !== type) existing.type = 'string';
    }
  };
  const nodeAttributes = graph.nodes.map((n) => ({ ...n.attributes, label: n.label }));
  const graphAttributes = graph.convention === 'reciprocal' ? { mixed_edges: RECIPROCAL_STATEMENT } : {};
  nodeAttributes.forEach((a) => declare('node', a));
  graph.edges.forEach((e) => declare('edge', e.attributes));
  declare('graph', graphAttributes);
  const data = (domain: 'node' | 'edge' | 'graph', attributes: Record<string, unknown>) =>
    Object.entries(attributes)
      .map(([name, value]) => `<data key="${keys.get(`${domain}:${name}`)!.id}">${xmlText(String(value))}</data>`)
      .join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...keys.values()].map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${xmlText(k.name)}" attr.type="${k.type}"/>`),
    `  <graph id="G" edgedefault="${graph.kind}">`,
  ];
  if (Object.keys(graphAttributes).length > 0) lines.push(`    ${data('graph', graphAttributes)}`);
  graph.nodes.forEach((node, i) => lines.push(`    <node id="${xmlText(node.id)}">${data('node', nodeAttributes[i])}</node>`));
  for (const edge of graph.edges) {
    const directed = graph.convention === 'typed' && edge.directed ? ' directed="true"' : '';
    lines.push(`    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}"${directed}>${data('edge', edge.attributes)}</edge>`);
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
