import type { AbstractGraph as Graph } from 'graphology-types';
import { compactAdjacency } from '../../network/compact-adjacency.js';
import { mutualAdjacency, type MutualAdjacency } from '../community/mutual-adjacency.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter, type ProgressReporter } from '../../progress/progress-reporter.js';

/** The option declarations shared by {@link constraint}, {@link effectiveSize} and {@link efficiency}. */
const structuralHolesOptionSpecs = {
  weight: edgeWeightOption('a tie strength a_ij (a_ij + a_ji is the tie between i and j)'),
  ...progressOptionSpecs,
};

/** The declared options of {@link constraint} (see docs/options.md#constraint). */
export const constraintOptions = defineOptions('constraint', structuralHolesOptionSpecs);
/** The declared options of {@link effectiveSize} (see docs/options.md#effectivesize). */
export const effectiveSizeOptions = defineOptions('effectiveSize', structuralHolesOptionSpecs);
/** The declared options of {@link efficiency} (see docs/options.md#efficiency). */
export const efficiencyOptions = defineOptions('efficiency', structuralHolesOptionSpecs);

/** Options of {@link constraint}, {@link effectiveSize} and {@link efficiency}, declared in {@link constraintOptions} and its two siblings. */
export type StructuralHolesOptions = OptionsOf<typeof constraintOptions>;

interface Ego {
  mutual: MutualAdjacency;
  nodes: readonly string[];
  /** Σ_k (a_ik + a_ki) and max_k (a_ik + a_ki) of each node. */
  sum: Float64Array;
  max: Float64Array;
}

function ego(graph: Graph, weight: StructuralHolesOptions['weight'], caller: string): Ego {
  const csr = compactAdjacency(graph, { weight, caller });
  const mutual = mutualAdjacency(csr);
  const n = mutual.n;
  const sum = new Float64Array(n);
  const max = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let p = mutual.offsets[i]; p < mutual.offsets[i + 1]; p++) {
      sum[i] += mutual.weights[p];
      if (mutual.weights[p] > max[i]) max[i] = mutual.weights[p];
    }
  }
  return { mutual, nodes: csr.nodes, sum, max };
}

/**
 * Burt's constraint c_i = Σ_{j∈N(i)} (p_ij + Σ_{q≠i,j} p_iq p_qj)², where
 * p_ij = (a_ij + a_ji)/Σ_k (a_ik + a_ki) is the share of i's tie strength
 * invested in j and N(i) are i's neighbours in either direction. High
 * constraint: an ego whose contacts are tied to each other (few structural
 * holes). Weights are strengths.
 *
 * Edge cases: isolates (and nodes whose ties all have weight 0) → NaN;
 * self-loops are ignored (a tie to oneself is not a contact). Matches
 * NetworkX's `constraint`.
 *
 * Reference: Burt, R. S. (1992), Structural Holes: The Social Structure of
 * Competition, Harvard University Press.
 *
 * Cost O(Σ_i Σ_{q∈N(i)} k_q); progress per ego node (`onProgress`, unit `nodes`),
 * `signal` cancels. Options: see docs/options.md#constraint (`weight`, `onProgress`, `signal`).
 *
 * @throws ZonelinkError for invalid weights or graphs.
 * @example
 * constraint(graph).a; // 1 for a node with a single contact
 */
export function constraint(graph: Graph, options: StructuralHolesOptions = {}): Record<string, number> {
  const { weight, ...progressOptions } = constraintOptions.read(options);
  const { mutual, nodes, sum } = ego(graph, weight, 'constraint');
  const { n, offsets, targets, weights } = mutual;
  const progress = progressReporter('constraint', progressOptions, n, 'nodes');
  const direct = new Float64Array(n);
  const indirect = new Float64Array(n);
  const isNeighbour = new Uint8Array(n);
  const result: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    progress.tick();
    if (offsets[i] === offsets[i + 1] || !(sum[i] > 0)) {
      result[nodes[i]] = Number.NaN;
      continue;
    }
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      const j = targets[p];
      isNeighbour[j] = 1;
      direct[j] = weights[p] / sum[i];
      indirect[j] = 0;
    }
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      const q = targets[p];
      const piq = direct[q];
      if (piq === 0 || !(sum[q] > 0)) continue;
      for (let r = offsets[q]; r < offsets[q + 1]; r++) {
        const j = targets[r];
        if (j !== i && isNeighbour[j]) indirect[j] += (piq * weights[r]) / sum[q];
      }
    }
    let c = 0;
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      const j = targets[p];
      c += (direct[j] + indirect[j]) ** 2;
      isNeighbour[j] = 0;
    }
    result[nodes[i]] = c;
  }
  progress.finish();
  return result;
}

/** Σ_{j∈N(i)} [1 − Σ_{q≠i,j} p_iq m_jq] per node (NaN for isolates). */
function effectiveSizes(e: Ego, progress: ProgressReporter): Float64Array {
  const { mutual, sum, max } = e;
  const { n, offsets, targets, weights } = mutual;
  const share = new Float64Array(n);
  const isNeighbour = new Uint8Array(n);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    progress.tick();
    const degree = offsets[i + 1] - offsets[i];
    if (degree === 0 || !(sum[i] > 0)) {
      out[i] = Number.NaN;
      continue;
    }
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      isNeighbour[targets[p]] = 1;
      share[targets[p]] = weights[p] / sum[i];
    }
    // redundancy: Σ_j Σ_q p_iq m_jq with m_jq = (a_jq + a_qj)/max_k(a_jk + a_kj)
    let redundancy = 0;
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      const q = targets[p];
      const piq = share[q];
      if (piq === 0) continue;
      for (let r = offsets[q]; r < offsets[q + 1]; r++) {
        const j = targets[r];
        if (j !== i && isNeighbour[j] && max[j] > 0) redundancy += (piq * weights[r]) / max[j];
      }
    }
    for (let p = offsets[i]; p < offsets[i + 1]; p++) isNeighbour[targets[p]] = 0;
    out[i] = degree - redundancy;
  }
  progress.finish();
  return out;
}

/**
 * Burt's effective size ES_i = Σ_{j∈N(i)} [1 − Σ_{q≠i,j} p_iq m_jq], with
 * p_iq as in {@link constraint} and m_jq = (a_jq + a_qj)/max_k (a_jk + a_kj):
 * the number of i's contacts minus their redundancy. Unweighted and
 * undirected it equals n_i − 2t_i/n_i (t_i ties among the n_i contacts).
 * Weights are strengths.
 *
 * Edge cases: isolates → NaN; self-loops are ignored. Matches NetworkX's
 * `effective_size`.
 *
 * Reference: Burt, R. S. (1992), Structural Holes; Borgatti, S. P. (1997),
 * Structural holes: unpacking Burt's redundancy measures, Connections 20(1).
 *
 * Progress per ego node (`onProgress`, unit `nodes`), `signal` cancels.
 * Options: see docs/options.md#effectivesize (`weight`, `onProgress`, `signal`).
 *
 * @throws ZonelinkError for invalid weights or graphs.
 * @example
 * effectiveSize(star).hub; // number of spokes: no redundancy
 */
export function effectiveSize(graph: Graph, options: StructuralHolesOptions = {}): Record<string, number> {
  const { weight, ...progressOptions } = effectiveSizeOptions.read(options);
  const e = ego(graph, weight, 'effectiveSize');
  const values = effectiveSizes(e, progressReporter('effectiveSize', progressOptions, e.nodes.length, 'nodes'));
  const result: Record<string, number> = {};
  for (let i = 0; i < e.nodes.length; i++) result[e.nodes[i]] = values[i];
  return result;
}

/**
 * Burt's efficiency ES_i / k_i: effective size divided by the number of
 * distinct contacts (neighbours in either direction). 1 when no contact is
 * redundant. Isolates → NaN; self-loops are ignored.
 *
 * Reference: Burt, R. S. (1992), Structural Holes.
 *
 * Progress per ego node (`onProgress`, unit `nodes`), `signal` cancels.
 * Options: see docs/options.md#efficiency (`weight`, `onProgress`, `signal`).
 *
 * @throws ZonelinkError for invalid weights or graphs.
 * @example
 * efficiency(star).hub; // 1
 */
export function efficiency(graph: Graph, options: StructuralHolesOptions = {}): Record<string, number> {
  const { weight, ...progressOptions } = efficiencyOptions.read(options);
  const e = ego(graph, weight, 'efficiency');
  const values = effectiveSizes(e, progressReporter('efficiency', progressOptions, e.nodes.length, 'nodes'));
  const result: Record<string, number> = {};
  for (let i = 0; i < e.nodes.length; i++) {
    const degree = e.mutual.offsets[i + 1] - e.mutual.offsets[i];
    result[e.nodes[i]] = degree > 0 ? values[i] / degree : Number.NaN;
  }
  return result;
}
