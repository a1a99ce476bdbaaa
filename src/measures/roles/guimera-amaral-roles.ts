import type { AbstractGraph as Graph } from 'graphology-types';
import { compactAdjacency } from '../../network/compact-adjacency.js';
import { mutualAdjacency } from '../community/mutual-adjacency.js';
import { readPartition, type Partition } from '../community/read-partition.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

/**
 * The declared options of {@link guimeraAmaralRoles} (checks, defaults and
 * docs/options.md come from here). No progress options: the roles cost O(n + m).
 */
export const guimeraAmaralRolesOptions = defineOptions('guimeraAmaralRoles', {
  weight: edgeWeightOption('a tie strength (strengths replace degrees)'),
  ddof: numberOption({ doc: 'Delta degrees of freedom of the within-module standard deviation: 0 (population) or 1 (sample).', default: 0, integer: true, min: 0, max: 1 }),
});

/** Options of {@link guimeraAmaralRoles}, declared in {@link guimeraAmaralRolesOptions} (see docs/options.md#guimeraamaralroles). */
export type GuimeraAmaralOptions = OptionsOf<typeof guimeraAmaralRolesOptions>;

/** Guimerà–Amaral role label. */
export type GuimeraAmaralRole = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7';

/** One node's role. */
export interface NodeRole {
  /** Within-module degree z-score. */
  z: number;
  /** Participation coefficient. */
  participation: number;
  role: GuimeraAmaralRole;
}

/** Human-readable names of the roles. */
export const guimeraAmaralRoleNames: Record<GuimeraAmaralRole, string> = {
  R1: 'ultra-peripheral',
  R2: 'peripheral',
  R3: 'non-hub connector',
  R4: 'non-hub kinless',
  R5: 'provincial hub',
  R6: 'connector hub',
  R7: 'kinless hub',
};

/**
 * Guimerà–Amaral cartography of node roles for a partition (communities,
 * provinces, …).
 *
 * - Within-module degree z-score z_i = (κ_i − mean_s κ) / σ_s, where κ_i is
 *   the degree (or strength) of i to nodes of its own module s and mean/σ run
 *   over the nodes of s (σ with `ddof`, population by default; σ = 0 or
 *   undefined → z = 0).
 * - Participation P_i = 1 − Σ_s (κ_is / k_i)², κ_is the tie strength from i to
 *   module s, k_i the total; an isolate has P = 0.
 * - Roles: hubs (z ≥ 2.5) R5 provincial P ≤ 0.30, R6 connector P ≤ 0.75, R7
 *   kinless above; non-hubs R1 ultra-peripheral P ≤ 0.05, R2 peripheral
 *   P ≤ 0.62, R3 connector P ≤ 0.80, R4 kinless above.
 *
 * Ties count once whatever their direction (a directed graph uses
 * a_ij + a_ji); self-loops are ignored. Weights are strengths.
 *
 * Reference: Guimerà, R. & Amaral, L. A. N. (2005), Functional cartography of
 * complex metabolic networks, Nature 433, 895–900.
 *
 * Options: see docs/options.md#guimeraamaralroles (`weight`, `ddof`).
 *
 * @throws ZonelinkError for an invalid partition, weights or ddof.
 * @example
 * guimeraAmaralRoles(graph, communities).shanghai; // { z: 3.1, participation: 0.41, role: 'R6' }
 */
export function guimeraAmaralRoles(
  graph: Graph,
  partition: Partition,
  options: GuimeraAmaralOptions = {},
): Record<string, NodeRole> {
  const caller = 'guimeraAmaralRoles';
  const { weight, ddof } = guimeraAmaralRolesOptions.read(options);
  const csr = compactAdjacency(graph, { weight, caller });
  const { community, count } = readPartition(csr, partition, caller);
  const { n, offsets, targets, weights } = mutualAdjacency(csr);
  const within = new Float64Array(n);
  const participation = new Float64Array(n);
  const toModule = new Float64Array(count);
  const touched = new Int32Array(count);
  for (let i = 0; i < n; i++) {
    let total = 0;
    let k = 0;
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      if (!(weights[p] > 0)) continue; // a tie of strength 0 is no tie
      const s = community[targets[p]];
      if (toModule[s] === 0) touched[k++] = s;
      toModule[s] += weights[p];
      total += weights[p];
    }
    within[i] = toModule[community[i]];
    let squares = 0;
    for (let t = 0; t < k; t++) {
      squares += (toModule[touched[t]] / total) ** 2;
      toModule[touched[t]] = 0;
    }
    participation[i] = total > 0 ? 1 - squares : 0;
  }
  const size = new Float64Array(count);
  const mean = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    size[community[i]]++;
    mean[community[i]] += within[i];
  }
  for (let s = 0; s < count; s++) mean[s] /= size[s];
  const squaredDeviation = new Float64Array(count);
  for (let i = 0; i < n; i++) squaredDeviation[community[i]] += (within[i] - mean[community[i]]) ** 2;
  const result: Record<string, NodeRole> = {};
  for (let i = 0; i < n; i++) {
    const s = community[i];
    const dof = size[s] - ddof;
    const sd = dof > 0 ? Math.sqrt(squaredDeviation[s] / dof) : 0;
    const z = sd > 0 ? (within[i] - mean[s]) / sd : 0;
    const P = participation[i];
    result[csr.nodes[i]] = { z, participation: P, role: roleOf(z, P) };
  }
  return result;
}

function roleOf(z: number, P: number): GuimeraAmaralRole {
  if (z >= 2.5) return P <= 0.3 ? 'R5' : P <= 0.75 ? 'R6' : 'R7';
  return P <= 0.05 ? 'R1' : P <= 0.62 ? 'R2' : P <= 0.8 ? 'R3' : 'R4';
}
