import type { OptionsFrom } from '../options/define-options.js';
import { choiceOption } from '../options/option-spec.js';
import type { RecordGraph } from './record-graph.js';
import { invalidArgument } from '../error/zonelink-error.js';
import { flattenAttributes } from './flatten-attributes.js';
import { describeValue } from '../error/argument-checks.js';

/**
 * How a file format that holds one kind of edge per graph receives a network
 * whose linkages are both directed and undirected:
 * - `'reciprocal'` (default): a directed graph; a directed linkage is one arc,
 *   an undirected linkage two opposite arcs (the second keyed `<id>#reverse`
 *   and flagged `reverse_arc = true`; an undirected self-loop stays one arc).
 *   Every edge keeps the linkage's own `directed` attribute, so the linkage's
 *   direction is stated per edge, and one edge per linkage is recovered by
 *   dropping `reverse_arc` edges. NetworkX, igraph, R and Gephi read it.
 * - `'typed'`: one edge per linkage, each typed directed or undirected as the
 *   format specifies (GEXF `type`, GraphML `directed`). Gephi and graphology
 *   read it; NetworkX rejects it and igraph reads it as all-undirected.
 * A network whose linkages are all of one kind is written as that kind of
 * graph under either choice.
 */
export type MixedEdges = 'reciprocal' | 'typed';

/** The declarations of the options of the network writers (`mixedEdges`). */
export const networkExportOptionSpecs = {
  /** How a network with both directed and undirected linkages is written. Default `'reciprocal'`. */
  mixedEdges: choiceOption(['reciprocal', 'typed'] as const, {
    doc: "How a network with both directed and undirected linkages is written: 'reciprocal' = a directed graph with each undirected linkage as two arcs, 'typed' = an undirected graph whose directed edges carry their own direction.",
    default: 'reciprocal',
  }),
};

/** Options of the network writers `toGexf` and `toGraphML` (see {@link networkExportOptionSpecs}). */
export type NetworkExportOptions = OptionsFrom<typeof networkExportOptionSpecs>;

/** One node or edge as written: flat primitive attributes. */
export interface ExportNode {
  id: string;
  label: string;
  attributes: Record<string, string | number | boolean>;
}

/** One edge as written, with its element-level direction. */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  /** The edge element's direction in the file. */
  directed: boolean;
  attributes: Record<string, string | number | boolean>;
}

/** A network laid out for a one-graph-kind file format. */
export interface ExportGraph {
  /** The graph's default edge kind in the file. */
  kind: 'directed' | 'undirected';
  /** True when the network holds both directed and undirected linkages. */
  mixed: boolean;
  /** The convention used for a mixed network (`undefined` when not mixed). */
  convention?: MixedEdges;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** The sentence each mixed export states in the file itself. */
export const RECIPROCAL_STATEMENT =
  'zonelink mixed network as a directed graph: each undirected linkage is two opposite arcs (the second with reverse_arc=true); the edge attribute "directed" is the linkage\'s own direction';

const DEFAULTS: Required<NetworkExportOptions> = { mixedEdges: 'reciprocal' };

/**
 * Lays a ZoneNetwork out as nodes and edges with flat attributes, applying the
 * mixed-network convention (see {@link MixedEdges}).
 */
export function exportGraph(caller: string, net: RecordGraph, options: NetworkExportOptions = {}): ExportGraph {
  const { mixedEdges } = { ...DEFAULTS, ...options };
  if (mixedEdges !== 'reciprocal' && mixedEdges !== 'typed')
    invalidArgument(caller, `mixedEdges must be 'reciprocal' or 'typed', got ${typeof mixedEdges === 'string' ? JSON.stringify(mixedEdges) : describeValue(mixedEdges)}`, { field: 'mixedEdges', value: mixedEdges });
  const nodes: ExportNode[] = [];
  net.forEachNode((node, attributes) => nodes.push({ id: node, label: attributes.name.zh, attributes: flattenAttributes(attributes) }));
  const mixed = net.directedSize > 0 && net.undirectedSize > 0;
  const kind = net.size > 0 && net.directedSize === net.size ? 'directed' : mixed && mixedEdges === 'reciprocal' ? 'directed' : 'undirected';
  const edges: ExportEdge[] = [];
  net.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    const flat = flattenAttributes(attributes);
    if (!mixed || mixedEdges === 'typed') {
      edges.push({ id: edge, source, target, directed: !undirected, attributes: flat });
      return;
    }
    edges.push({ id: edge, source, target, directed: true, attributes: { ...flat, reverse_arc: false } });
    if (undirected && source !== target) edges.push({ id: `${edge}#reverse`, source: target, target: source, directed: true, attributes: { ...flat, reverse_arc: true } });
  });
  return { kind, mixed, convention: mixed ? mixedEdges : undefined, nodes, edges };
}
