import { chiSquareUpperTail } from './chi-square-tail.js';

/** The homogeneity test of lag-conditioned transition matrices (Bickenbach & Bode 2003). */
export interface MarkovHomogeneity {
  /** Pearson χ² statistic Q = Σ_l Σ_i Σ_j n_i(l) (p_ij(l) − p_ij)² / p_ij over p_ij > 0. */
  Q: number;
  /** Likelihood-ratio statistic LR = 2 Σ_l Σ_i Σ_j n_ij(l) ln(p_ij(l)/p_ij) over n_ij(l) > 0, p_ij > 0. */
  LR: number;
  /** Degrees of freedom Σ_i (b_i − 1)(a_i − 1): b_i lag classes where class i starts a transition, a_i nonzero p_ij. */
  dof: number;
  /** P(χ²_dof > Q). */
  pQ: number;
  /** P(χ²_dof > LR). */
  pLR: number;
}

/**
 * Tests whether m lag-conditioned transition count matrices share one transition
 * matrix (the pooled p_ij), as pysal giddy's `homogeneity` / `Spatial_Markov.Q`, `LR`,
 * `dof_hom`: a significant result means the neighbours' class changes the transition
 * probabilities. Internal to {@link spatialMarkov}.
 *
 * Reference: Bickenbach, F. & Bode, E. (2003), Evaluating the Markov property in
 * studies of economic convergence, International Regional Science Review 26, 363–392.
 */
export function markovHomogeneity(conditioned: number[][][]): MarkovHomogeneity {
  const k = conditioned[0].length;
  const total = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => conditioned.reduce((s, c) => s + c[i][j], 0)));
  const rowTotals = total.map((row) => row.reduce((s, v) => s + v, 0));
  const p = total.map((row, i) => row.map((v) => (rowTotals[i] === 0 ? 0 : v / rowTotals[i])));
  let Q = 0;
  let LR = 0;
  const b = new Array<number>(k).fill(0);
  for (const counts of conditioned) {
    for (let i = 0; i < k; i++) {
      const ni = counts[i].reduce((s, v) => s + v, 0);
      if (ni > 0) b[i]++;
      for (let j = 0; j < k; j++) {
        const pl = ni === 0 ? 0 : counts[i][j] / ni;
        const pooled = p[i][j];
        Q += (ni * (pl - pooled) ** 2) / (pooled === 0 ? 1 : pooled);
        if (counts[i][j] > 0 && pooled > 0) LR += counts[i][j] * Math.log(pl / pooled);
      }
    }
  }
  LR *= 2;
  let dof = 0;
  for (let i = 0; i < k; i++) {
    const a = total[i].filter((v) => v > 0).length;
    dof += (b[i] - 1) * (a - 1);
  }
  return { Q, LR, dof, pQ: chiSquareUpperTail(Q, dof), pLR: chiSquareUpperTail(LR, dof) };
}
