import type { NodeVector } from './centrality-output.js';
import { nodeRecord } from './node-record.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { describeValue } from '../../error/argument-checks.js';

/**
 * Turns a {@link NodeVector} (a centrality computed with `output: 'vector'`)
 * into the node-keyed record the same call returns by default:
 * `{ [nodes[i]]: values[i] }`, keys in the vector's node order. Equal, value for
 * value, to the record output of the same measure and options.
 *
 * @throws ZonelinkError `invalid-argument` unless `vector` has an array `nodes`
 *   and a `Float64Array` `values` of the same length.
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c');
 * nodeVectorRecord(degree(g, { output: 'vector' })); // { a: 1, b: 2, c: 1 }
 */
export function nodeVectorRecord(vector: NodeVector): Record<string, number> {
  const v = vector as Partial<NodeVector> | null;
  if (typeof v !== 'object' || v === null || !Array.isArray(v.nodes) || !(v.values instanceof Float64Array) || v.nodes.length !== v.values.length) {
    invalidArgument('nodeVectorRecord', `vector must be { nodes: string[], values: Float64Array } of equal lengths (a centrality's output: 'vector' result), got ${describeValue(vector)}`, {
      field: 'vector',
      expected: '{ nodes, values: Float64Array }',
    });
  }
  return nodeRecord(vector.nodes, vector.values);
}
