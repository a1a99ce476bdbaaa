import type { OptionsFrom } from '../options/define-options.js';
import { weightAttributeOption } from './io-option-specs.js';
import type { AbstractGraph } from 'graphology-types';
import { invalidArgument } from '../error/zonelink-error.js';
import { checkGraph } from '../error/argument-checks.js';

/** The declarations of the options every exchange-format writer shares (`weightAttribute`). */
export const exchangeWriteOptionSpecs = {
  /** Edge attribute holding the tie value. Default `'weight'`; an edge without it counts 1. */
  weightAttribute: weightAttributeOption,
};

/** Options of the exchange-format writers (see {@link exchangeWriteOptionSpecs}). */
export type ExchangeWriteOptions = OptionsFrom<typeof exchangeWriteOptionSpecs>;

/** One edge of a graph as the exchange formats write it. */
export interface WeightedEdge {
  source: number;
  target: number;
  weight: number;
  directed: boolean;
}

/**
 * The nodes (in graph order) and weighted edges of any graphology graph, each
 * edge with its ends as node indices. A missing weight counts 1; a weight that
 * is not a finite number is an error naming the caller and the edge.
 */
export function graphEdges(caller: string, graph: AbstractGraph, options: ExchangeWriteOptions = {}): { nodes: string[]; edges: WeightedEdge[] } {
  checkGraph(caller, graph);
  const weightAttribute = options.weightAttribute ?? 'weight';
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const edges: WeightedEdge[] = [];
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    const raw = attributes[weightAttribute];
    const weight = raw === undefined ? 1 : raw;
    if (typeof weight !== 'number' || !Number.isFinite(weight))
      invalidArgument(caller, `edge ${edge} has ${weightAttribute} ${String(raw)}, not a finite number`, { field: weightAttribute, value: raw, id: edge });
    edges.push({ source: index.get(source)!, target: index.get(target)!, weight, directed: !undirected });
  });
  return { nodes, edges };
}

/**
 * The n × n tie-value matrix of a graph (row-major): a directed edge adds its
 * weight to cell (source, target), an undirected edge to both (source, target)
 * and (target, source) (once for a self-loop); parallel edges add up.
 */
export function tieMatrix(nodes: readonly string[], edges: readonly WeightedEdge[]): Float64Array {
  const n = nodes.length;
  const m = new Float64Array(n * n);
  for (const e of edges) {
    m[e.source * n + e.target] += e.weight;
    if (!e.directed && e.source !== e.target) m[e.target * n + e.source] += e.weight;
  }
  return m;
}
