import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { readPartition, type Partition } from './read-partition.js';

/** Result of {@link partitionQuality}. */
export interface PartitionQuality {
  /** Share of the edges that lie inside a community. */
  coverage: number;
  /** Share of node pairs that are intra-community edges or inter-community non-edges. */
  performance: number;
}

/**
 * Coverage and performance of a partition (Fortunato 2010, §3.3.2), as NetworkX
 * `partition_quality`:
 *
 *   coverage    = m_intra / m
 *   performance = (m_intra + non-edges between communities) / P
 *
 * with m the number of edges, m_intra those whose ends share a community, and P
 * the number of node pairs, n(n − 1)/2 undirected or n(n − 1) ordered pairs
 * directed. Weights are ignored. A self-loop counts as an intra-community edge
 * in the coverage (as NetworkX) but not in the performance, whose pairs are
 * pairs of distinct nodes (NetworkX adds it there too, which can exceed 1).
 *
 * Edge cases: no edge → coverage NaN (NetworkX divides by zero); n < 2 →
 * performance NaN. Takes a graphology graph or a compact adjacency.
 *
 * Reference: S. Fortunato (2010), Community detection in graphs, Physics
 * Reports 486(3–5):75–174.
 *
 * @throws ZonelinkError for a partition missing or labelling unknown nodes, a
 *   multigraph or a mixed graph.
 * @example
 * // two triangles joined by one edge, split into the triangles
 * partitionQuality(graph, { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 }); // { coverage: 6/7, performance: 14/15 }
 */
export function partitionQuality(graph: GraphInput, partition: Partition): PartitionQuality {
  const csr = compactAdjacency(graph, { weight: null, caller: 'partitionQuality' });
  const { community, count } = readPartition(csr, partition, 'partitionQuality');
  const n = csr.nodes.length;
  const sizes = new Float64Array(count);
  for (let i = 0; i < n; i++) sizes[community[i]]++;
  // ordered pairs of distinct nodes in different communities
  let interPairs = n * n;
  for (let c = 0; c < count; c++) interPairs -= sizes[c] * sizes[c];
  let intra = 0; // ordered-position count: undirected edges appear twice
  let inter = 0;
  let loops = 0;
  for (let u = 0; u < n; u++) {
    for (let p = csr.outOffsets[u]; p < csr.outOffsets[u + 1]; p++) {
      const v = csr.outTargets[p];
      if (u === v) loops++;
      else if (community[u] === community[v]) intra++;
      else inter++;
    }
  }
  const factor = csr.directed ? 1 : 2;
  const intraEdges = intra / factor;
  const interEdges = inter / factor;
  const interNonEdges = interPairs / factor - interEdges;
  const pairs = (n * (n - 1)) / factor;
  return {
    coverage: (intraEdges + loops) / csr.edgeCount,
    performance: n < 2 ? NaN : (intraEdges + interNonEdges) / pairs,
  };
}
