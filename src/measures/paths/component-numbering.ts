/** Components of a graph: how many, which one each node is in, and their sizes. */
export interface Components {
  /** Number of components (isolated nodes are components of size 1). */
  count: number;
  /**
   * Component number of each node, 0 for the largest. Components are numbered by
   * decreasing size; components of equal size by the position of their first
   * node in the graph's node order.
   */
  membership: Record<string, number>;
  /** Size of each component by number (so non-increasing). */
  sizes: number[];
}

/**
 * Renumbers raw component labels (any 0..k−1 numbering) by decreasing size,
 * ties broken by each component's first node in node order (smallest index),
 * so that the numbering does not depend on the traversal that found them.
 */
export function componentNumbering(nodes: readonly string[], label: Int32Array, count: number): Components {
  const n = nodes.length;
  const size = new Int32Array(count);
  const first = new Int32Array(count).fill(n);
  for (let v = 0; v < n; v++) {
    const c = label[v];
    size[c]++;
    if (v < first[c]) first[c] = v;
  }
  const order = Array.from({ length: count }, (_, c) => c);
  order.sort((a, b) => size[b] - size[a] || first[a] - first[b]);
  const rank = new Int32Array(count);
  for (let r = 0; r < count; r++) rank[order[r]] = r;
  const membership: Record<string, number> = {};
  for (let v = 0; v < n; v++) membership[nodes[v]] = rank[label[v]];
  return { count, membership, sizes: order.map((c) => size[c]) };
}
