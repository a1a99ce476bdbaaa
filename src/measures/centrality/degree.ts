import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { nodeRecord } from './node-record.js';
import { outputOptionSpecs, type NodeVector, type OutputOptions, type RecordOutput, type VectorOutput } from './centrality-output.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption, choiceOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

/** Which edges of a node count: incoming, outgoing or both. Undirected graphs: all three are the same. */
export type DegreeMode = 'total' | 'in' | 'out';

const modeOption = choiceOption(['total', 'in', 'out'] as const, {
  doc: "Which edges count: 'total' (in + out), 'in' or 'out'; the same for undirected graphs.",
  default: 'total',
});

/** The declared options of {@link degree}. */
export const degreeOptions = defineOptions('degree', {
  mode: modeOption,
  normalized: booleanOption({ doc: 'Divide by n − 1 (NetworkX degree_centrality); n = 1 gives NaN (NetworkX returns 1).', default: false }),
  ...outputOptionSpecs,
});

/** Options of {@link degree}, declared in {@link degreeOptions}; `output` is added by the overloads (see {@link OutputOptions}). */
export type DegreeOptions = Omit<OptionsOf<typeof degreeOptions>, 'output'>;

/** The declared options of {@link strength}. */
export const strengthOptions = defineOptions('strength', {
  mode: modeOption,
  weight: edgeWeightOption('a strength (flow, linkage count); null gives the degree'),
  ...outputOptionSpecs,
});

/** Options of {@link strength}, declared in {@link strengthOptions}; `output` is added by the overloads (see {@link OutputOptions}). */
export type StrengthOptions = Omit<OptionsOf<typeof strengthOptions>, 'output'>;

/**
 * Degree centrality: the number of edges at each node, k_i = Σ_j a_ij
 * (in: Σ_j a_ji, out: Σ_j a_ij, total: in + out for directed graphs).
 *
 * Self-loops (NetworkX convention): in an undirected graph a self-loop adds 2 to
 * its node's degree (both ends touch it); in a directed graph it adds 1 to the
 * in-degree and 1 to the out-degree (2 to the total). Weights are ignored (see
 * {@link strength}). Normalized: k_i/(n − 1), which can exceed 1 with self-loops
 * or with `'total'` on directed graphs; n ≤ 1 → NaN (0/0).
 *
 * Reference: L. C. Freeman (1979), Centrality in social networks: conceptual
 * clarification, Social Networks 1(3):215–239.
 *
 * @example
 * const g = new Graph({ type: 'directed' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('c', 'b');
 * degree(g, { mode: 'in' }); // { a: 0, b: 2, c: 0 }
 * degree(g, { mode: 'in', output: 'vector' }).values; // Float64Array [0, 2, 0]
 */
export function degree(graph: GraphInput, options?: DegreeOptions & RecordOutput): Record<string, number>;
/** {@link degree} with `output: 'vector'`: the values as a {@link NodeVector} in the adjacency's node order. */
export function degree(graph: GraphInput, options: DegreeOptions & VectorOutput): NodeVector;
/** {@link degree} with an `output` known only at run time. */
export function degree(graph: GraphInput, options: DegreeOptions & OutputOptions): Record<string, number> | NodeVector;
export function degree(graph: GraphInput, options: DegreeOptions & OutputOptions = {}): Record<string, number> | NodeVector {
  const { mode, normalized, output } = degreeOptions.read(options);
  const csr = compactAdjacency(graph, { weight: null, caller: 'degree' });
  const values = sums(csr.nodes.length, csr.directed, mode, csr.outOffsets, csr.outTargets, null, csr.inOffsets, csr.inSources, null);
  if (normalized) {
    const scale = csr.nodes.length - 1;
    for (let i = 0; i < values.length; i++) values[i] = scale > 0 ? values[i] / scale : NaN;
  }
  return output === 'vector' ? { nodes: csr.nodes, values } : nodeRecord(csr.nodes, values);
}

/**
 * Strength (weighted degree) centrality: s_i = Σ_j w_ij (in: Σ_j w_ji, out:
 * Σ_j w_ij, total: in + out). Weights are **similarities/strengths** (more weight
 * = stronger tie). Self-loops as in {@link degree}: an undirected self-loop adds
 * 2w, a directed one w to the in- and w to the out-strength (NetworkX
 * `G.degree(weight=…)`). A graph without the weight attribute gives the degree.
 *
 * Reference: A. Barrat, M. Barthélemy, R. Pastor-Satorras & A. Vespignani (2004),
 * The architecture of complex weighted networks, PNAS 101(11):3747–3752.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b', { weight: 2 }); g.mergeEdge('b', 'c', { weight: 3 });
 * strength(g); // { a: 2, b: 5, c: 3 }
 * strength(g, { output: 'vector' }).values; // Float64Array [2, 5, 3]
 */
export function strength(graph: GraphInput, options?: StrengthOptions & RecordOutput): Record<string, number>;
/** {@link strength} with `output: 'vector'`: the values as a {@link NodeVector} in the adjacency's node order. */
export function strength(graph: GraphInput, options: StrengthOptions & VectorOutput): NodeVector;
/** {@link strength} with an `output` known only at run time. */
export function strength(graph: GraphInput, options: StrengthOptions & OutputOptions): Record<string, number> | NodeVector;
export function strength(graph: GraphInput, options: StrengthOptions & OutputOptions = {}): Record<string, number> | NodeVector {
  const { mode, weight, output } = strengthOptions.read(options);
  const csr = compactAdjacency(graph, { weight, caller: 'strength' });
  const values = sums(
    csr.nodes.length,
    csr.directed,
    mode,
    csr.outOffsets,
    csr.outTargets,
    csr.outWeights,
    csr.inOffsets,
    csr.inSources,
    csr.inWeights,
  );
  return output === 'vector' ? { nodes: csr.nodes, values } : nodeRecord(csr.nodes, values);
}

/** Row sums (of 1 or of the weight), with the self-loop conventions above. */
function sums(
  n: number,
  directed: boolean,
  mode: DegreeMode,
  outOffsets: Int32Array,
  outTargets: Int32Array,
  outWeights: Float64Array | null,
  inOffsets: Int32Array,
  inSources: Int32Array,
  inWeights: Float64Array | null,
): Float64Array {
  const values = new Float64Array(n);
  const rowSum = (offsets: Int32Array, ends: Int32Array, weights: Float64Array | null, loopTwice: boolean) => {
    for (let v = 0; v < n; v++) {
      let s = 0;
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = weights === null ? 1 : weights[e];
        s += loopTwice && ends[e] === v ? 2 * w : w;
      }
      values[v] += s;
    }
  };
  if (!directed) {
    rowSum(outOffsets, outTargets, outWeights, true);
    return values;
  }
  if (mode !== 'in') rowSum(outOffsets, outTargets, outWeights, false);
  if (mode !== 'out') rowSum(inOffsets, inSources, inWeights, false);
  return values;
}
