import { giniOfValidated } from './gini.js';
import { groupUnits, splitGroups, summarizeGroups, type GroupLabel } from './group-units.js';
import { sortWithWeights } from './sort-with-weights.js';
import { validateValues } from './validate-values.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { weightsOption } from './inequality-option-specs.js';

/** The declared options of {@link dagumGini} (checks, defaults and docs/options.md come from here). */
export const dagumGiniOptions = defineOptions('dagumGini', { weights: weightsOption });

/** Options of {@link dagumGini}, declared in {@link dagumGiniOptions} (see docs/options.md#dagumgini). */
export type DagumGiniOptions = OptionsOf<typeof dagumGiniOptions>;

/** Result of {@link dagumGini}; every per-group array and matrix follows `groups` (ascending mean). */
export interface DagumGiniResult {
  /** The overall Gini G = within + netBetween + transvariation. */
  gini: number;
  /** G_w = Σ_j G_jj p_j s_j. */
  within: number;
  /** G_nb = Σ_{j>h} G_jh (p_j s_h + p_h s_j) D_jh. */
  netBetween: number;
  /** G_t = Σ_{j>h} G_jh (p_j s_h + p_h s_j)(1 − D_jh). */
  transvariation: number;
  /** Each component divided by G. */
  shares: { within: number; netBetween: number; transvariation: number };
  /** Group labels ordered by mean, ascending (ties in order of first appearance). */
  groups: GroupLabel[];
  means: number[];
  sizes: number[];
  /** p_j = n_j/n (weight share). */
  populationShares: number[];
  /** s_j = p_j μ_j/μ. */
  valueShares: number[];
  /** G_jj, the Gini within each group. */
  groupGini: number[];
  /** G_jh between groups j and h (symmetric); the diagonal holds G_jj. */
  pairGini: number[][];
  /** D_jh = (d_jh − p_jh)/(d_jh + p_jh); D[j][h] = −D[h][j], ≥ 0 when μ_j ≥ μ_h; 0 on the diagonal. */
  D: number[][];
}

/** Σ_i Σ_r wa_i wb_r |a_i − b_r| for a, b sorted ascending, in O(|a| + |b|). */
function crossAbsoluteSum(a: Float64Array, aw: Float64Array, b: Float64Array, bw: Float64Array): number {
  let WB = 0;
  let SB = 0;
  for (let r = 0; r < b.length; r++) {
    WB += bw[r];
    SB += bw[r] * b[r];
  }
  let cumW = 0;
  let cumS = 0;
  let r = 0;
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    while (r < b.length && b[r] <= ai) {
      cumW += bw[r];
      cumS += bw[r] * b[r];
      r++;
    }
    total += aw[i] * (ai * (2 * cumW - WB) - 2 * cumS + SB);
  }
  return total;
}

function sortGroup(x: Float64Array, w: Float64Array | null): { x: Float64Array; w: Float64Array } {
  if (!w) return { x: Float64Array.from(x).sort(), w: new Float64Array(x.length).fill(1) };
  return sortWithWeights(x, w);
}

const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);

/**
 * Dagum's (1997) decomposition of the Gini coefficient into within-group, net
 * between-group and transvariation parts — the standard in Chinese regional studies
 * (Dagum 1997). Groups are ordered by mean. With W_j the weight of group j,
 * p_j = W_j/W, s_j = p_j μ_j/μ:
 *
 * - G_jj = ΣΣ w_i w_r |y_ji − y_jr| / (2 W_j² μ_j);
 * - G_jh = ΣΣ w_i w_r |y_ji − y_hr| / (W_j W_h (μ_j + μ_h));
 * - d_jh, p_jh = weighted mean positive / negative gaps y_ji − y_hr, D_jh = (d_jh − p_jh)/(d_jh + p_jh)
 *   (computed as (μ_j − μ_h)·W_jW_h / ΣΣ w w |y_ji − y_hr|, which is the same quantity);
 * - G_w = Σ_j G_jj p_j s_j; G_nb = Σ_{j>h} G_jh (p_j s_h + p_h s_j) D_jh;
 *   G_t = Σ_{j>h} G_jh (p_j s_h + p_h s_j)(1 − D_jh); G = G_w + G_nb + G_t.
 *
 * G_nb equals the population-weighted Gini of the group means (a general identity:
 * G_jh D_jh = (μ_j − μ_h)/(μ_j + μ_h)).
 *
 * All pair sums run on sorted groups with prefix sums: O(n log n + k·n).
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values — the
 * decomposition is for non-negative incomes —, bad weights → ZonelinkError; n = 1 and
 * all-equal → all parts 0; Σx = 0 → NaN). A group of one unit or of equal values has
 * G_jj = 0; D_jh = 0 when both groups hold one common value. One group → within = G.
 *
 * Reference: Dagum, C. (1997), A new approach to the decomposition of the Gini income
 * inequality ratio, Empirical Economics 22:515–531.
 *
 * Options: see docs/options.md#dagumgini.
 *
 * @example
 * const d = dagumGini([1, 2, 3, 4, 10, 12], ['w', 'w', 'w', 'e', 'e', 'e']);
 * d.within + d.netBetween + d.transvariation; // = d.gini
 */
export function dagumGini(values: ArrayLike<number>, groups: ArrayLike<GroupLabel>, options: DagumGiniOptions = {}): DagumGiniResult {
  const { weights } = dagumGiniOptions.read(options);
  const fn = 'dagumGini';
  const v = validateValues(fn, values, { weights, negatives: 'error', rescale: true });
  const grouped = groupUnits(fn, groups, v.n);
  const k0 = grouped.labels.length;
  const summary = summarizeGroups(v.x, v.w, grouped.index, k0);
  const split = splitGroups(v.x, v.w, grouped.index, k0);
  const order = Array.from({ length: k0 }, (_, g) => g).sort((a, b) => {
    const ma = summary.means[a];
    const mb = summary.means[b];
    if (Number.isNaN(ma) || Number.isNaN(mb)) return Number.isNaN(ma) ? (Number.isNaN(mb) ? a - b : 1) : -1;
    return ma - mb || a - b;
  });
  const k = k0;
  const mu = v.mean;
  const means = order.map((g) => summary.means[g]);
  const sizes = order.map((g) => summary.sizes[g]);
  const W = order.map((g) => summary.weights[g]);
  const p = order.map((g) => summary.populationShares[g]);
  const s = order.map((_, j) => (p[j] === 0 ? 0 : (p[j] * means[j]) / mu));
  const sorted = order.map((g) => sortGroup(split.x[g], split.w[g]));
  const allEqual = sorted.map((t) => t.x.length === 0 || t.x[0] === t.x[t.x.length - 1]);
  const pairGini: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const D: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const groupGini = new Array<number>(k).fill(0);
  const degenerate = v.trivial !== null;
  for (let j = 0; j < k; j++) {
    if (W[j] === 0) {
      groupGini[j] = NaN;
      pairGini[j][j] = NaN;
    } else if (!allEqual[j]) {
      const S = crossAbsoluteSum(sorted[j].x, sorted[j].w, sorted[j].x, sorted[j].w);
      groupGini[j] = S / (2 * W[j] * W[j] * means[j]);
      pairGini[j][j] = groupGini[j];
    }
    for (let h = 0; h < j; h++) {
      if (W[j] === 0 || W[h] === 0) {
        pairGini[j][h] = pairGini[h][j] = NaN;
        D[j][h] = D[h][j] = NaN;
        continue;
      }
      const S = crossAbsoluteSum(sorted[j].x, sorted[j].w, sorted[h].x, sorted[h].w);
      const g = S / (W[j] * W[h] * (means[j] + means[h]));
      pairGini[j][h] = pairGini[h][j] = S === 0 ? 0 : g;
      const d = S === 0 ? 0 : Math.min(1, Math.max(-1, ((means[j] - means[h]) * W[j] * W[h]) / S));
      D[j][h] = d;
      D[h][j] = -d;
    }
  }
  let within = 0;
  let netBetween = 0;
  let transvariation = 0;
  let gini: number;
  if (v.trivial === 'zero-sum') {
    gini = within = netBetween = transvariation = NaN;
  } else if (degenerate) {
    gini = 0;
  } else {
    gini = giniOfValidated(v);
    for (let j = 0; j < k; j++) {
      if (p[j] === 0) continue;
      within += groupGini[j] * p[j] * s[j];
      for (let h = 0; h < j; h++) {
        if (p[h] === 0) continue;
        const c = pairGini[j][h] * (p[j] * s[h] + p[h] * s[j]);
        netBetween += c * D[j][h];
        transvariation += c * (1 - D[j][h]);
      }
    }
  }
  return {
    gini,
    within,
    netBetween,
    transvariation,
    shares: { within: ratio(within, gini), netBetween: ratio(netBetween, gini), transvariation: ratio(transvariation, gini) },
    groups: order.map((g) => grouped.labels[g]),
    // the values were divided by v.unit (a power of two, exact): group means in the given unit
    means: v.unit === 1 ? means : means.map((m) => m * v.unit),
    sizes,
    populationShares: p,
    valueShares: s,
    groupGini,
    pairGini,
    D,
  };
}
