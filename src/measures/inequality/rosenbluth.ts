import { validateValues } from './validate-values.js';

/**
 * Rosenbluth's (Hall–Tideman) concentration index R = 1/(2 Σ_k k s_(k) − 1), with
 * shares s = x/Σx sorted descending (k = 1 for the largest) (Rosenbluth 1955; Hall & Tideman 1967). R ∈ [1/n, 1].
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values →
 * ZonelinkError naming positions; Σx = 0 → NaN); a concentration index, so n = 1 → 1
 * and all equal → exactly 1/n.
 *
 * Reference: Rosenbluth, G. (1955); Hall, M. & Tideman, N. (1967), JASA 62:162–168;
 * R `ineq::Rosenbluth`.
 *
 * @example
 * rosenbluth([541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261]); // 0.1859051 (R ineq)
 */
export function rosenbluth(values: ArrayLike<number>): number {
  const v = validateValues('rosenbluth', values, { rescale: true });
  if (v.trivial === 'zero-sum') return NaN;
  if (v.trivial === 'single') return 1;
  if (v.trivial === 'all-equal') return 1 / v.n;
  const s = Float64Array.from(v.x).sort();
  const total = v.mean * v.n;
  let acc = 0;
  for (let i = 0; i < v.n; i++) acc += (v.n - i) * (s[i] / total);
  return 1 / (2 * acc - 1);
}
