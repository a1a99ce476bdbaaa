import {
  compactAdjacency,
  type CompactAdjacency,
  type EdgeWeight,
  type GraphInput,
} from '../../network/compact-adjacency.js';

/**
 * The compact adjacency a community measure works on: built from a graphology
 * graph with the `weight` option, or a prebuilt one used as built — except that
 * `weight: null` asks for the unweighted graph, so a weighted prebuilt
 * adjacency is then read with every weight 1 (the convention of every measure
 * taking a {@link GraphInput}).
 */
export function communityAdjacency(graph: GraphInput, weight: EdgeWeight | undefined, caller: string): CompactAdjacency {
  return compactAdjacency(graph, { weight, caller });
}
