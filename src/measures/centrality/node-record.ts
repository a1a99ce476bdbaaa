/**
 * Turns a per-index vector into the node-keyed `Record<string, number>` every
 * centrality returns (keys in the graph's node order).
 */
export function nodeRecord(nodes: readonly string[], values: ArrayLike<number>): Record<string, number> {
  const record: Record<string, number> = {};
  for (let i = 0; i < nodes.length; i++) record[nodes[i]] = values[i];
  return record;
}
