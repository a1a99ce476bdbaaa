import { invalidArgument } from '../../error/zonelink-error.js';

/** Result of {@link steadyState}. */
export interface SteadyStateResult {
  /** The unique long-run distribution, or null when the chain has several recurrent classes. */
  distribution: number[] | null;
  /** One long-run distribution per recurrent class (ordered by smallest state), each supported on its class. */
  distributions: number[][];
  /** Recurrent (closed communicating) classes, as state indices. */
  recurrentClasses: number[][];
}

/**
 * The steady-state (ergodic) distribution π = πP, Σπ = 1 of a Markov transition
 * matrix, for irreducible and reducible chains as pysal giddy's `steady_state`: the
 * states are split into communicating classes; each closed (recurrent) class R has
 * its own stationary distribution, solved from π_R (P_RR − I) = 0, Σ π_R = 1 by
 * Gaussian elimination with partial pivoting; transient states get 0. A row of zeros
 * (a class never observed at the start of a transition) is treated as absorbing
 * (p_ii = 1), as giddy's `fill_empty_classes = True`.
 *
 * Edge cases: a non-square matrix, a negative or non-finite entry, or a row that sums
 * neither to 1 (±1e-9) nor to 0 → ZonelinkError naming `steadyState`.
 *
 * Reference: Kemeny, J. G. & Snell, J. L. (1976), Finite Markov Chains, Springer, ch. 4;
 * Rey, S. J. et al. (2016), giddy, `ergodic.steady_state`.
 *
 * @example
 * steadyState([[0.5, 0.25, 0.25], [0.5, 0, 0.5], [0.25, 0.25, 0.5]]).distribution; // ≈ [0.4, 0.2, 0.4] (giddy's doctest)
 */
export function steadyState(p: number[][]): SteadyStateResult {
  const fn = 'steadyState';
  if (!Array.isArray(p) || p.length === 0) invalidArgument(fn, 'p must be a non-empty square matrix', { field: 'p' });
  const k = p.length;
  const P = p.map((row, i) => {
    if (!Array.isArray(row) || row.length !== k) invalidArgument(fn, `row ${i} has ${Array.isArray(row) ? row.length : 0} entries, expected ${k}`, { field: 'p', index: i });
    let sum = 0;
    for (const v of row) {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) invalidArgument(fn, `entries must be finite numbers ≥ 0, got ${String(v)} in row ${i}`, { field: 'p', index: i, value: v });
      sum += v;
    }
    if (sum === 0) return row.map((_, j) => (j === i ? 1 : 0));
    if (Math.abs(sum - 1) > 1e-9) invalidArgument(fn, `row ${i} sums to ${sum}, expected 1 (or 0 for an unobserved state)`, { field: 'p', index: i, value: sum });
    return [...row];
  });
  // reachability (k is small: the number of classes)
  const reach = P.map((row, i) => row.map((v, j) => v > 0 || i === j));
  for (let m = 0; m < k; m++) for (let i = 0; i < k; i++) if (reach[i][m]) for (let j = 0; j < k; j++) if (reach[m][j]) reach[i][j] = true;
  const assigned = new Array<boolean>(k).fill(false);
  const recurrentClasses: number[][] = [];
  for (let i = 0; i < k; i++) {
    if (assigned[i]) continue;
    const members: number[] = [];
    for (let j = 0; j < k; j++) if (reach[i][j] && reach[j][i]) members.push(j);
    for (const j of members) assigned[j] = true;
    const inside = new Set(members);
    const closed = members.every((a) => P[a].every((v, b) => v === 0 || inside.has(b)));
    if (closed) recurrentClasses.push(members);
  }
  const distributions = recurrentClasses.map((members) => {
    const sub = solveStationary(members.map((a) => members.map((b) => P[a][b])));
    const full = new Array<number>(k).fill(0);
    members.forEach((a, idx) => (full[a] = sub[idx]));
    return full;
  });
  return { distribution: distributions.length === 1 ? distributions[0] : null, distributions, recurrentClasses };
}

/** π with π(P − I) = 0 and Σπ = 1 for an irreducible P: (P − I)ᵀ with its last row replaced by ones. */
function solveStationary(P: number[][]): number[] {
  const m = P.length;
  const A = Array.from({ length: m }, (_, r) => Array.from({ length: m + 1 }, (_, c) => (c === m ? 0 : P[c][r] - (r === c ? 1 : 0))));
  for (let c = 0; c <= m; c++) A[m - 1][c] = 1;
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(A[r][col]) > Math.abs(A[pivot][col])) pivot = r;
    [A[col], A[pivot]] = [A[pivot], A[col]];
    for (let r = 0; r < m; r++) {
      if (r === col || A[r][col] === 0) continue;
      const f = A[r][col] / A[col][col];
      for (let c = col; c <= m; c++) A[r][c] -= f * A[col][c];
    }
  }
  return A.map((row, r) => row[m] / row[r]);
}
