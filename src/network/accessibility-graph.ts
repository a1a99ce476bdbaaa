import Graph from 'graphology';
// The signature names graphology-types' AbstractGraph: graphology's default export is a namespace to ESM consumers under NodeNext (TS2709).
import type { AbstractGraph } from 'graphology-types';
import type { Dataset } from '../schema/dataset.js';
import { accessibilityPairsOptionSpecs } from './accessibility-pairs.js';
import { accessibilityPairsFor } from './accessibility-pairs-for.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';

/** The declared options of {@link accessibilityGraph}: those of `accessibilityPairs`, which picks the pairs it joins. */
export const accessibilityGraphOptions = defineOptions('accessibilityGraph', accessibilityPairsOptionSpecs);

/** Options of {@link accessibilityGraph}, declared in {@link accessibilityGraphOptions} (see docs/options.md#accessibilitygraph). */
export type AccessibilityGraphOptions = OptionsOf<typeof accessibilityGraphOptions>;

/**
 * A simple undirected graph of accessibility (nodes: the pairs' ends; one edge per
 * joined pair) for spatial weights or distances: edge attribute `weight` is 1
 * (binary contiguity by transport link), `minutes` the shortest travel time
 * given for the pair (absent when no pair gives one), `lines` the union of line
 * names. Several records of one pair merge into one edge. This graph is separate
 * from the linkage network of `buildNetwork` and never enters it.
 *
 * @example
 * const g = accessibilityGraph(china, { modes: ['high-speed-rail'] });
 * g.hasEdge('110000', '120000'); // true (京沪高铁, 京津城际)
 */
export function accessibilityGraph(dataset: Dataset, options: AccessibilityGraphOptions = {}): AbstractGraph {
  const read = accessibilityGraphOptions.read(options);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const pair of accessibilityPairsFor('accessibilityGraph', dataset, read)) {
    graph.mergeNode(pair.origin);
    graph.mergeNode(pair.destination);
    if (!graph.hasEdge(pair.origin, pair.destination)) {
      graph.addEdge(pair.origin, pair.destination, { weight: 1, lines: [...pair.lines], ...(pair.minutes !== undefined ? { minutes: pair.minutes } : {}) });
      continue;
    }
    const edge = graph.edge(pair.origin, pair.destination)!;
    const minutes = graph.getEdgeAttribute(edge, 'minutes') as number | undefined;
    if (pair.minutes !== undefined && (minutes === undefined || pair.minutes < minutes)) graph.setEdgeAttribute(edge, 'minutes', pair.minutes);
    const lines = graph.getEdgeAttribute(edge, 'lines') as string[];
    graph.setEdgeAttribute(edge, 'lines', [...new Set([...lines, ...pair.lines])]);
  }
  return graph;
}
