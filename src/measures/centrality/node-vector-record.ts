import type { NodeVector } from './centrality-output.js';
import { nodeRecord } from './node-record.js';

/**
 * Turns a {@link NodeVector} (a centrality computed with `output: 'vector'`)
 * into the node-keyed record the same call returns by default:
 * `{ [nodes[i]]: values[i] }`, keys in the vector's node order. Equal, value for
 * value, to the record output of the same measure and options.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c');
 * nodeVectorRecord(degree(g, { output: 'vector' })); // { a: 1, b: 2, c: 1 }
 */
export function nodeVectorRecord(vector: NodeVector): Record<string, number> {
  return nodeRecord(vector.nodes, vector.values);
}
