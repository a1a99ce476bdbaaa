import { compactAdjacency, type CompactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { iterationOptionSpecs, type IterativeResult } from './iteration-options.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { customOption, numberOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';
import { nodeRecord } from './node-record.js';
import { nodeVector } from './node-vector.js';

function checkNodeValues(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : 'an object { node id: value ≥ 0 }';
}

/** The declared options of {@link pagerank} (checks, defaults and docs/options.md come from here). */
export const pagerankOptions = defineOptions('pagerank', {
  alpha: numberOption({ doc: 'Damping factor α: the probability of following an edge rather than teleporting.', default: 0.85, min: 0, max: 1 }),
  weight: edgeWeightOption('a strength: the walker follows edges in proportion to it'),
  personalization: customOption<Record<string, number>>({
    type: 'an object { node id: value ≥ 0 }',
    doc: 'Teleport distribution p, normalised to sum 1 (nodes left out get 0): personalised PageRank.',
    defaultText: 'uniform',
    check: checkNodeValues,
  }),
  dangling: customOption<Record<string, number>>({
    type: 'an object { node id: value ≥ 0 }',
    doc: 'Where the walker jumps from a dangling node (no out-weight), normalised like `personalization`.',
    defaultText: 'the personalization',
    check: checkNodeValues,
  }),
  ...iterationOptionSpecs,
});

/** Options of {@link pagerank}, declared in {@link pagerankOptions} (see docs/options.md#pagerank). */
export type PageRankOptions = OptionsOf<typeof pagerankOptions>;

/**
 * PageRank (Brin & Page 1998): the stationary distribution of a random walk that
 * follows an out-edge with probability α (chosen in proportion to its weight) and
 * otherwise jumps to a node drawn from p:
 *
 *   x' = α (x P + (Σ_{dangling u} x_u) d) + (1 − α) p,   P_uv = w_uv / Σ_k w_uk
 *
 * Weights are **similarities** (transition propensities). Undirected edges are
 * walked both ways; a self-loop is one edge u → u (a walker may stay), as in
 * NetworkX. A node whose out-weights sum to 0 is dangling. Starts from the
 * uniform vector and stops when Σ_i |x_i − x'_i| < tolerance — a criterion that
 * does not loosen with N (NetworkX and graphology use N × tolerance, which stops
 * early on large graphs). The values sum to 1. Never throws on non-convergence.
 * Empty graph → `{}`. Equals NetworkX `pagerank` up to the tolerance.
 *
 * Reference: S. Brin & L. Page (1998), The anatomy of a large-scale hypertextual
 * Web search engine, Computer Networks 30:107–117; personalisation: T. Haveliwala
 * (2002), Topic-sensitive PageRank, WWW '02.
 *
 * @throws ZonelinkError for α outside [0, 1], personalization/dangling naming
 *   unknown nodes, negative or non-finite values or summing to 0.
 * @example
 * const { values } = pagerank(graph, { alpha: 0.85, personalization: { 上海: 1 } });
 */
export function pagerank(graph: GraphInput, options: PageRankOptions = {}): IterativeResult {
  const caller = 'pagerank';
  const { alpha, weight, personalization, dangling, maxIterations, tolerance } = pagerankOptions.read(options);
  const csr = compactAdjacency(graph, { weight, caller });
  const n = csr.nodes.length;
  if (n === 0) return { values: {}, iterations: 0, converged: true };
  const uniform = () => new Float64Array(n).fill(1 / n);
  const normalise = (v: Float64Array) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += v[i];
    for (let i = 0; i < n; i++) v[i] /= s;
    return v;
  };
  const p =
    personalization === undefined
      ? uniform()
      : normalise(nodeVector(caller, 'personalization', personalization, csr.index, { requireAll: false, requirePositiveSum: true }));
  const d =
    dangling === undefined
      ? p
      : normalise(nodeVector(caller, 'dangling', dangling, csr.index, { requireAll: false, requirePositiveSum: true }));

  return pagerankOnAdjacency(csr, { alpha, personalization: p, dangling: d, maxIterations, tolerance });
}

/** Resolved inputs of the PageRank iteration (vectors in node-index order, each summing to 1). */
export interface PageRankParameters {
  alpha: number;
  personalization: Float64Array;
  dangling: Float64Array;
  maxIterations: number;
  tolerance: number;
}

/**
 * The PageRank power iteration on a prebuilt compact adjacency (internal: used by
 * {@link pagerank}, and by the benchmark to time the kernel without the
 * graphology → CSR conversion). Pull-based over the in-edge CSR, typed arrays
 * only, no allocation inside the iteration.
 */
export function pagerankOnAdjacency(csr: CompactAdjacency, parameters: PageRankParameters): IterativeResult {
  const { alpha, maxIterations, tolerance } = parameters;
  const p = parameters.personalization;
  const d = parameters.dangling;
  const n = csr.nodes.length;
  const uniform = () => new Float64Array(n).fill(1 / n);
  const { outOffsets, outWeights, inOffsets, inSources, inWeights } = csr;
  // out-strength of every node; 0 marks a dangling node
  const outStrength = new Float64Array(n);
  const danglingNodes: number[] = [];
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let e = outOffsets[u]; e < outOffsets[u + 1]; e++) s += outWeights[e];
    outStrength[u] = s;
    if (!(s > 0)) danglingNodes.push(u);
  }
  const dangling = Int32Array.from(danglingNodes);
  const unitWeights = !csr.weighted;
  // unweighted: share_u = x_u/deg_u pulled along in-edges; weighted: transition
  // probabilities w_uv/s_u per in-edge, computed once (w/s, never x·(1/s)·w, which
  // overflows for subnormal strengths)
  const inverseDegree = new Float64Array(n);
  let transition: Float64Array | null = null;
  if (unitWeights) {
    for (let u = 0; u < n; u++) if (outStrength[u] > 0) inverseDegree[u] = 1 / outStrength[u];
  } else {
    transition = new Float64Array(inSources.length);
    for (let e = 0; e < inSources.length; e++) {
      const s = outStrength[inSources[e]];
      transition[e] = s > 0 ? inWeights[e] / s : 0;
    }
  }
  const teleport = new Float64Array(n);
  for (let v = 0; v < n; v++) teleport[v] = (1 - alpha) * p[v];

  let x = uniform();
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let danglingMass = 0;
    for (let k = 0; k < dangling.length; k++) danglingMass += x[dangling[k]];
    if (unitWeights) for (let u = 0; u < n; u++) share[u] = x[u] * inverseDegree[u];
    const danglingScale = alpha * danglingMass;
    let change = 0;
    if (unitWeights) {
      for (let v = 0; v < n; v++) {
        let s = 0;
        const end = inOffsets[v + 1];
        for (let e = inOffsets[v]; e < end; e++) s += share[inSources[e]];
        const value = alpha * s + danglingScale * d[v] + teleport[v];
        change += Math.abs(value - x[v]);
        next[v] = value;
      }
    } else {
      const probability = transition!;
      for (let v = 0; v < n; v++) {
        let s = 0;
        const end = inOffsets[v + 1];
        for (let e = inOffsets[v]; e < end; e++) s += x[inSources[e]] * probability[e];
        const value = alpha * s + danglingScale * d[v] + teleport[v];
        change += Math.abs(value - x[v]);
        next[v] = value;
      }
    }
    const t = x;
    x = next;
    next = t;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  return { values: nodeRecord(csr.nodes, x), iterations, converged };
}
