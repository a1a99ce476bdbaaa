import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { componentNumbering, type Components } from './component-numbering.js';

/**
 * Connected components; for a directed graph the **weakly** connected
 * components (edge directions ignored), as NetworkX `connected_components` /
 * `weakly_connected_components` and igraph `connected_components(mode="weak")`.
 *
 * Components are numbered by decreasing size (0 = largest); components of equal
 * size by the position of their first node in the graph's node order. An
 * isolated node is a component of size 1; the empty graph has none. Weights and
 * self-loops play no part. The traversal is an explicit-queue breadth-first
 * search (no recursion), so million-node paths do not overflow the stack.
 *
 * Reference: J. Hopcroft & R. Tarjan (1973), Algorithm 447: efficient
 * algorithms for graph manipulation, Communications of the ACM 16(6):372–378.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('x', 'y');
 * connectedComponents(g);
 * // { count: 2, membership: { a: 0, b: 0, c: 0, x: 1, y: 1 }, sizes: [3, 2] }
 */
export function connectedComponents(graph: GraphInput): Components {
  const csr = compactAdjacency(graph, { weight: null, caller: 'connectedComponents' });
  const n = csr.nodes.length;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (label[s] >= 0) continue;
    label[s] = count;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++];
      for (let e = csr.outOffsets[v]; e < csr.outOffsets[v + 1]; e++) {
        const w = csr.outTargets[e];
        if (label[w] < 0) {
          label[w] = count;
          queue[tail++] = w;
        }
      }
      if (csr.directed) {
        for (let e = csr.inOffsets[v]; e < csr.inOffsets[v + 1]; e++) {
          const w = csr.inSources[e];
          if (label[w] < 0) {
            label[w] = count;
            queue[tail++] = w;
          }
        }
      }
    }
    count++;
  }
  return componentNumbering(csr.nodes, label, count);
}
