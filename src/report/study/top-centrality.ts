import type { AbstractGraph as Graph } from 'graphology-types';
import { betweenness } from '../../measures/centrality/betweenness.js';
import { degree } from '../../measures/centrality/degree.js';
import { pagerank } from '../../measures/centrality/pagerank.js';
import type { CentralityRanking } from './study-schema.js';
import { nodeName } from './documented-graph.js';

/** The k highest values of a node → value record (ties broken by id), as ranked nodes. */
function rank(graph: Graph, values: Record<string, number>, k: number): CentralityRanking['nodes'] {
  return Object.entries(values)
    .filter(([, v]) => Number.isFinite(v))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([id, value], i) => ({ rank: i + 1, id, name: nodeName(graph, id), value }));
}

/**
 * Top-k rankings of a directed graph by in-degree, out-degree (counts of ties received
 * and sent: 点入度/点出度), betweenness (Freeman 1977, hop counts, normalised by
 * (n − 1)(n − 2)) and PageRank (Brin & Page 1998, damping 0.85, unweighted).
 */
export function topCentrality(graph: Graph, k: number): CentralityRanking[] {
  if (graph.order === 0) return [];
  return [
    { measure: 'In-degree', method: 'ties received (unweighted)', nodes: rank(graph, degree(graph, { mode: 'in' }), k) },
    { measure: 'Out-degree', method: 'ties sent (unweighted)', nodes: rank(graph, degree(graph, { mode: 'out' }), k) },
    { measure: 'Betweenness', method: 'Freeman (1977), hop counts, normalised by (n − 1)(n − 2)', nodes: rank(graph, betweenness(graph, { weight: null }), k) },
    { measure: 'PageRank', method: 'Brin & Page (1998), damping 0.85, unweighted', nodes: rank(graph, pagerank(graph, { weight: null }).values, k) },
  ];
}
