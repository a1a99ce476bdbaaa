import { checkZoneNetwork } from '../error/argument-checks.js';
import { defineOptions } from '../options/define-options.js';
import type { RecordGraph } from './record-graph.js';
import { exportGraph, networkExportOptionSpecs, RECIPROCAL_STATEMENT, type NetworkExportOptions } from './export-edges.js';
import { xmlText } from './xml-text.js';

/** The declared options of {@link toGexf} (checks, defaults and docs/options.md come from here). */
export const toGexfOptions = defineOptions('toGexf', { ...networkExportOptionSpecs });

type GexfType = 'integer' | 'double' | 'boolean' | 'string';

/** The GEXF attribute type that holds every value a column takes. */
function gexfType(values: (string | number | boolean)[]): GexfType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) {
    // GEXF's integer is the XML Schema int (32-bit).
    return values.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31) ? 'integer' : 'double';
  }
  return 'string';
}

function declarations(domain: 'node' | 'edge', rows: Record<string, string | number | boolean>[]): Map<string, GexfType> {
  const columns = new Map<string, (string | number | boolean)[]>();
  for (const row of rows) for (const [name, value] of Object.entries(row)) (columns.get(name) ?? columns.set(name, []).get(name)!).push(value);
  if (domain === 'edge') columns.delete('weight'); // GEXF's own edge weight
  return new Map([...columns].map(([name, values]) => [name, gexfType(values)]));
}

function attvalues(types: Map<string, GexfType>, attributes: Record<string, string | number | boolean>, indent: string): string[] {
  const values = Object.entries(attributes).filter(([name]) => types.has(name));
  if (values.length === 0) return [];
  return [`${indent}<attvalues>`, ...values.map(([name, value]) => `${indent}  <attvalue for="${xmlText(name)}" value="${xmlText(String(value))}"/>`), `${indent}</attvalues>`];
}

/**
 * The network as GEXF 1.2 (namespace `http://www.gexf.net/1.2draft`, the
 * version Gephi, NetworkX and graphology-gexf read): one node per zone or city,
 * labelled with its Chinese name, with flattened attributes (`name_zh`,
 * `category`, `lon`, `gdp@2020` …); one edge per linkage with GEXF's `weight`
 * and the other linkage fields (`mode`, `directed`, `startYear` …).
 *
 * A network with only undirected (or only directed) linkages is an undirected
 * (directed) graph. A mixed network follows `mixedEdges` (see `MixedEdges`):
 * by default a directed graph in which each undirected linkage is two opposite
 * arcs flagged by `reverse_arc`, stated in the file's `<meta><description>`, so
 * NetworkX (which holds one kind of edge per graph) reads it; with `'typed'`,
 * each edge carries GEXF's per-edge `type` (directed or undirected) under
 * `defaultedgetype="undirected"`, which Gephi reads and NetworkX rejects.
 * Attribute types: `boolean`, `integer` (32-bit whole numbers), `double`,
 * `string`, inferred per column.
 *
 * Reference: GEXF Working Group (2009–2012), GEXF 1.2draft primer, gexf.net.
 *
 * @example
 * const gexf = toGexf(buildNetwork(china));
 * gexf.startsWith('<?xml'); // true
 */
export function toGexf(net: RecordGraph, options: NetworkExportOptions = {}): string {
  checkZoneNetwork('toGexf', net);
  const graph = exportGraph('toGexf', net, toGexfOptions.read(options));
  const nodeTypes = declarations('node', graph.nodes.map((n) => n.attributes));
  const edgeTypes = declarations('edge', graph.edges.map((e) => e.attributes));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    '  <meta>',
    '    <creator>zonelink</creator>',
    ...(graph.convention === 'reciprocal' ? [`    <description>${xmlText(RECIPROCAL_STATEMENT)}</description>`] : []),
    '  </meta>',
    `  <graph mode="static" defaultedgetype="${graph.kind}">`,
  ];
  for (const [domain, types] of [['node', nodeTypes], ['edge', edgeTypes]] as const) {
    if (types.size === 0) continue;
    lines.push(`    <attributes class="${domain}">`);
    for (const [name, type] of types) lines.push(`      <attribute id="${xmlText(name)}" title="${xmlText(name)}" type="${type}"/>`);
    lines.push('    </attributes>');
  }
  lines.push('    <nodes>');
  for (const node of graph.nodes) {
    lines.push(`      <node id="${xmlText(node.id)}" label="${xmlText(node.label)}">`, ...attvalues(nodeTypes, node.attributes, '        '), '      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    const type = graph.convention === 'typed' && edge.directed ? ' type="directed"' : '';
    const weight = typeof edge.attributes.weight === 'number' ? ` weight="${edge.attributes.weight}"` : '';
    lines.push(
      `      <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}"${type}${weight}>`,
      ...attvalues(edgeTypes, edge.attributes, '        '),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return lines.join('\n') + '\n';
}
