/**
 * Freeman degree centralization of the group's induced subgraph, binary and
 * undirected: Σ_i (k_max − k_i) / ((n−1)(n−2)) over the internal degrees k_i, so
 * a star is 1; NaN for two members or fewer. The same number as
 * `freemanCentralization(induced, 'degree')` (the degrees are integers, so every
 * sum is exact), without building the induced subgraph.
 *
 * Reference: Freeman, L. C. (1979), Centrality in social networks: conceptual
 * clarification, Social Networks 1(3), 215–239.
 */
export function starLikeness(degree: Int32Array): number {
  const n = degree.length;
  if (n <= 2) return NaN;
  let max = -Infinity;
  for (let k = 0; k < n; k++) if (degree[k] > max) max = degree[k];
  let spread = 0;
  for (let k = 0; k < n; k++) spread += max - degree[k];
  return spread / ((n - 1) * (n - 2));
}
