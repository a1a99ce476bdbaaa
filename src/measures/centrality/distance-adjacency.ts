import { compactAdjacency, isCompactAdjacency, type CompactAdjacency, type EdgeWeight, type GraphInput } from '../../network/compact-adjacency.js';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';
import type { BrandesGraph } from './brandes-kernel.js';
import type { OptionsFrom } from '../../options/define-options.js';
import { customOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

/**
 * How a path-based measure turns edge weights into path lengths:
 * - `'weight'`: the weight *is* the length (a distance, cost, travel time); it must be > 0;
 * - `'inverse'`: the weight is a strength (flow, number of linkages) and the length is
 *   `1/w`; an edge of weight 0 is no connection (infinite length);
 * - `null`: hop count, every edge has length 1 whatever its weight.
 */
export type PathDistance = 'weight' | 'inverse' | null;

const DISTANCE_TYPE = "'weight', 'inverse' or null";

/**
 * The declarations of `weight` and `distance`, spread into the options of every
 * shortest-path measure (betweenness, edge betweenness, closeness, harmonic) so
 * that both mean the same in each.
 */
export const pathLengthOptionSpecs = {
  weight: edgeWeightOption("a length (distance: 'weight') or a strength (distance: 'inverse')"),
  distance: customOption<PathDistance>({
    type: DISTANCE_TYPE,
    doc: "How weights become path lengths: 'weight' = the weight is the length (> 0); 'inverse' = length 1/w for strengths (0 = no connection); null = hop count.",
    default: 'weight',
    check: (value) => (value === 'weight' || value === 'inverse' || value === null ? undefined : DISTANCE_TYPE),
  }),
};

/** Options shared by the shortest-path measures (betweenness, closeness, harmonic): see {@link pathLengthOptionSpecs}. */
export type PathLengthOptions = OptionsFrom<typeof pathLengthOptionSpecs>;

/** CSR arrays with path lengths, ready for the shortest-path kernels. */
export interface DistanceAdjacency extends BrandesGraph {
  readonly nodes: readonly string[];
  readonly directed: boolean;
  /** Smallest edge length (1 for hop counts; Infinity with no edge). */
  readonly minLength: number;
}

/**
 * Builds the CSR of `graph` once and derives the edge lengths the options ask
 * for. Graphs without any weight attribute, `weight: null` or `distance: null`
 * give hop counts (`lengths === null`, BFS kernels).
 *
 * @throws ZonelinkError `invalid-argument` for an unknown `distance`, or
 *   `invalid-weight` listing every edge of length 0 when weights are distances.
 */
export function distanceAdjacency(graph: GraphInput, options: PathLengthOptions, caller: string): DistanceAdjacency {
  const distance = options.distance === undefined ? 'weight' : options.distance;
  if (distance !== 'weight' && distance !== 'inverse' && distance !== null) {
    invalidArgument(caller, `option distance must be 'weight', 'inverse' or null, got ${String(distance)}`, {
      field: 'distance',
      value: distance,
    });
  }
  const weight = distance === null ? null : options.weight === undefined ? 'weight' : options.weight;
  const csr = compactAdjacency(graph, { weight, caller });
  const base = {
    nodes: csr.nodes,
    directed: csr.directed,
    n: csr.nodes.length,
    outOffsets: csr.outOffsets,
    outTargets: csr.outTargets,
    inOffsets: csr.inOffsets,
    inSources: csr.inSources,
  };
  if (!csr.weighted || weight === null) {
    return { ...base, outLengths: null, inLengths: null, minLength: csr.outTargets.length > 0 ? 1 : Infinity };
  }
  if (distance === 'weight') {
    const zero: ZonelinkIssue[] = [];
    for (let e = 0; e < csr.outWeights.length; e++) {
      if (csr.outWeights[e] === 0) {
        zeroLengthIssues(graph, csr, weight, caller, zero);
        throw new ZonelinkError(
          'invalid-weight',
          `${caller}: weights are used as distances and must be > 0 (use distance: 'inverse' for strengths, where 0 means no connection)`,
          zero,
        );
      }
    }
    return { ...base, outLengths: csr.outWeights, inLengths: csr.inWeights, minLength: minimum(csr.outWeights) };
  }
  return inverseLengths(csr);
}

function minimum(values: Float64Array): number {
  let m = Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] < m) m = values[i];
  return m;
}

/** Lengths 1/w; edges of weight 0 are dropped (no connection). */
function inverseLengths(csr: CompactAdjacency): DistanceAdjacency {
  const out = invertRows(csr.outOffsets, csr.outTargets, csr.outWeights);
  const incoming = csr.directed ? invertRows(csr.inOffsets, csr.inSources, csr.inWeights) : out;
  let minLength = Infinity;
  for (let e = 0; e < out.lengths.length; e++) if (out.lengths[e] < minLength) minLength = out.lengths[e];
  return {
    nodes: csr.nodes,
    directed: csr.directed,
    n: csr.nodes.length,
    outOffsets: out.offsets,
    outTargets: out.targets,
    outLengths: out.lengths,
    inOffsets: incoming.offsets,
    inSources: incoming.targets,
    inLengths: incoming.lengths,
    minLength,
  };
}

function invertRows(
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
): { offsets: Int32Array; targets: Int32Array; lengths: Float64Array } {
  let kept = 0;
  for (let e = 0; e < weights.length; e++) if (weights[e] > 0) kept++;
  const n = offsets.length - 1;
  const newOffsets = new Int32Array(n + 1);
  const newTargets = new Int32Array(kept);
  const lengths = new Float64Array(kept);
  let p = 0;
  for (let v = 0; v < n; v++) {
    newOffsets[v] = p;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      if (weights[e] > 0) {
        newTargets[p] = targets[e];
        lengths[p] = 1 / weights[e];
        p++;
      }
    }
  }
  newOffsets[n] = p;
  return { offsets: newOffsets, targets: newTargets, lengths };
}

function zeroLengthIssues(graph: GraphInput, csr: CompactAdjacency, weight: EdgeWeight, caller: string, issues: ZonelinkIssue[]): void {
  if (isCompactAdjacency(graph)) {
    // A prebuilt adjacency has no edge keys: name the ends (each undirected edge once).
    for (let u = 0; u < csr.nodes.length; u++) {
      for (let p = csr.outOffsets[u]; p < csr.outOffsets[u + 1]; p++) {
        const v = csr.outTargets[p];
        if (csr.outWeights[p] !== 0 || (!csr.directed && v < u)) continue;
        const [source, target] = [csr.nodes[u], csr.nodes[v]];
        issues.push({ code: 'zero-distance', message: `${caller}: edge ${source} → ${target} has distance 0; distances must be > 0`, value: 0, expected: 'number > 0' });
      }
    }
    return;
  }
  graph.forEachEdge((edge, attributes, source, target) => {
    const value = typeof weight === 'function' ? weight(edge, attributes, source, target) : attributes[weight as string];
    if (value === 0) {
      issues.push({
        code: 'zero-distance',
        message: `${caller}: edge ${edge} (${source} → ${target}) has distance 0; distances must be > 0`,
        id: edge,
        value,
        expected: 'number > 0',
      });
    }
  });
}
