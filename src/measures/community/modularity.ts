import type { CompactAdjacency, GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { readPartition, type Partition } from './read-partition.js';
import { communityAdjacency } from './community-adjacency.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';
import { resolutionOption } from './community-option-specs.js';

/** The declared options of {@link modularity} (checks, defaults and docs/options.md come from here). */
export const modularityOptions = defineOptions('modularity', {
  resolution: resolutionOption,
  weight: edgeWeightOption('a strength; with a prebuilt compact adjacency its weights are used as built and null reads them as 1'),
});

/** Options of {@link modularity}, declared in {@link modularityOptions} (see docs/options.md#modularity). */
export type ModularityOptions = OptionsOf<typeof modularityOptions>;

/**
 * Modularity of a partition, with resolution γ, for weighted undirected
 * (Newman 2004) and directed (Leicht & Newman 2008) graphs. Weights are
 * strengths (similarities).
 *
 * Undirected: Q = Σ_c [ L_c/m − γ (d_c / 2m)² ], where m is the total edge
 * weight, L_c the weight of edges inside c (a self-loop counts once) and d_c the
 * sum of the strengths of c's nodes (a self-loop counts twice), as in NetworkX.
 * Directed: Q = Σ_c [ L_c/m − γ d⁺_c d⁻_c / m² ] with out- and in-strength sums.
 *
 * For γ = 1 on an undirected graph −1/2 ≤ Q < 1. A graph with total weight 0
 * (no edges, or all weights 0) has no modularity: that is an error. Takes a
 * graphology graph or a compact adjacency built once with `compactAdjacency()`
 * (its weights as built; `weight: null` reads them as 1).
 *
 * References: Newman, M. E. J. (2004), Analysis of weighted networks, PRE 70,
 * 056131; Leicht, E. A. & Newman, M. E. J. (2008), Community structure in
 * directed networks, PRL 100, 118703; Reichardt & Bornholdt (2006) for γ.
 *
 * @throws ZonelinkError for a partition missing nodes or labelling unknown
 *   ones, invalid weights, a non-finite or negative resolution, or zero total weight.
 * @example
 * modularity(graph, { a: 0, b: 0, c: 1, d: 1 }); // 0.357… for two joined triangles
 */
export function modularity(graph: GraphInput, partition: Partition, options: ModularityOptions = {}): number {
  const { resolution, weight } = modularityOptions.read(options);
  const csr = communityAdjacency(graph, weight, 'modularity');
  const { community, count } = readPartition(csr, partition, 'modularity');
  const q = modularityOfCommunities(csr, community, count, resolution);
  if (Number.isNaN(q)) {
    invalidArgument('modularity', 'the graph has total edge weight 0 (no edges or all weights 0); modularity is undefined', {
      code: 'zero-total-weight',
    });
  }
  return q;
}

/**
 * Modularity of dense community indices on a compact adjacency; NaN when the
 * total weight is 0. Internal kernel shared by the community measures.
 */
export function modularityOfCommunities(
  csr: CompactAdjacency,
  community: Int32Array,
  count: number,
  resolution: number,
): number {
  const n = csr.nodes.length;
  const { outOffsets, outTargets, outWeights } = csr;
  const internal = new Float64Array(count);
  const outSum = new Float64Array(count);
  const inSum = csr.directed ? new Float64Array(count) : outSum;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const ci = community[i];
    for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) {
      const j = outTargets[p];
      const w = outWeights[p];
      if (csr.directed) {
        total += w;
        outSum[ci] += w;
        inSum[community[j]] += w;
        if (community[j] === ci) internal[ci] += w;
      } else if (j === i) {
        // a self-loop: once in L, twice in the strength
        total += w;
        outSum[ci] += 2 * w;
        internal[ci] += w;
      } else {
        total += w / 2;
        outSum[ci] += w;
        if (community[j] === ci) internal[ci] += w / 2;
      }
    }
  }
  if (!(total > 0)) return Number.NaN;
  let q = 0;
  if (csr.directed) {
    for (let c = 0; c < count; c++) q += internal[c] / total - (resolution * outSum[c] * inSum[c]) / (total * total);
  } else {
    const twoM = 2 * total;
    for (let c = 0; c < count; c++) q += internal[c] / total - resolution * (outSum[c] / twoM) ** 2;
  }
  return q;
}
