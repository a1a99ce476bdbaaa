import type { AbstractGraph as Graph } from 'graphology-types';
import { networkSummary } from '../../measures/whole-network/network-summary.js';
import type { WholeNetwork } from './study-schema.js';

/**
 * The whole-network table of a graph: `networkSummary` (unweighted, UCINET-style) as
 * figures, each with the method that produced it, and Krackhardt's (1994) four
 * dimensions. Undefined values are null with `networkSummary`'s reason in `notes`.
 */
export function wholeNetworkTable(graph: Graph): WholeNetwork {
  const s = networkSummary(graph);
  const k = s.krackhardt;
  return {
    figures: [
      { label: 'Nodes', value: s.nodes, method: 'count of nodes with at least one tie' },
      { label: 'Ties', value: s.edges, method: s.directed ? 'count of directed ties (arcs)' : 'count of undirected ties' },
      { label: 'Density', value: s.density, method: s.directed ? 'ties / n(n − 1)' : 'ties / (n(n − 1)/2)' },
      { label: 'Components', value: s.components, method: 'weakly connected components' },
      { label: 'Largest component share', value: s.largestComponentShare, method: 'nodes of the largest weak component / n' },
      { label: 'Average path length', value: s.averagePathLength, method: 'mean hop distance over reachable ordered pairs' },
      { label: 'Diameter', value: s.diameter, method: 'longest finite hop distance' },
      { label: 'Transitivity', value: s.transitivity, method: '3 × triangles / connected triples, direction ignored' },
      { label: 'Reciprocity', value: s.reciprocity, method: 'edgewise reciprocity 2M/(2M + A)' },
      { label: 'Degree assortativity', value: s.degreeAssortativity, method: 'Newman (2002) r, out-degree of source vs in-degree of target' },
      { label: 'Connectedness 网络关联度', value: k.connectedness, method: 'Krackhardt (1994): share of pairs joined by a semipath' },
      { label: 'Hierarchy 网络等级度', value: k.hierarchy, method: 'Krackhardt (1994): 1 − mutually reachable / reachable pairs' },
      { label: 'Efficiency 网络效率', value: k.efficiency, method: 'Krackhardt (1994): 1 − redundant ties / possible redundant ties' },
      { label: 'Least upper boundedness 最近上限', value: k.lubness, method: 'Krackhardt (1994): share of pairs with a common reaching node' },
    ],
    notes: s.notes,
  };
}
