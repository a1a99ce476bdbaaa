/**
 * How an eigenvector-type score (eigenvector centrality, HITS) is scaled; the
 * direction is the same, only the constant differs:
 * - `'unit'`: unit Euclidean length, Σ x² = 1 (NetworkX `eigenvector_centrality`);
 * - `'max'`: the largest score is 1 (igraph `eigenvector_centrality(scale=True)`,
 *   `hub_score` / `authority_score`);
 * - `'sum'`: the scores sum to 1 (NetworkX `hits`).
 */
export type VectorScale = 'unit' | 'max' | 'sum';

/** Scales non-negative `x` in place as `scale` asks; an all-zero vector stays 0. */
export function scaleVector(x: Float64Array, scale: VectorScale): void {
  let norm = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (scale === 'unit') norm += v * v;
    else if (scale === 'sum') norm += v;
    else if (v > norm) norm = v;
  }
  if (scale === 'unit') norm = Math.sqrt(norm);
  if (!(norm > 0)) return;
  for (let i = 0; i < x.length; i++) x[i] /= norm;
}
