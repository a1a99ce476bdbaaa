/**
 * The small graphs NetworkX's own test suites build (networkx.generators), rebuilt
 * for the ported tests with the same node labels (integers as strings) and the
 * same edge order. Edge keys are `u-v` (u, v as NetworkX lists the edge), so a
 * NetworkX edge tuple (u, v) maps to the key `u-v`.
 */
import Graph from 'graphology';
import { expect } from 'vitest';
import { buildGraph } from '../centrality/fixture-graphs.js';

type Edge = [number | string, number | string, number?];

/** A graph from an edge list, edges keyed `u-v`; weights go to `weight`. */
export function fromEdges(edges: Edge[], options: { directed?: boolean; nodes?: (number | string)[] } = {}): Graph {
  const graph = new Graph({ type: options.directed ? 'directed' : 'undirected', allowSelfLoops: true });
  for (const node of options.nodes ?? []) graph.mergeNode(String(node));
  for (const [u, v, w] of edges) {
    const key = `${u}-${v}`;
    if (graph.hasEdge(String(u), String(v))) {
      if (w !== undefined) graph.setEdgeAttribute(String(u), String(v), 'weight', w); // NetworkX: a re-added edge updates
      continue;
    }
    graph.mergeNode(String(u));
    graph.mergeNode(String(v));
    graph.addEdgeWithKey(key, String(u), String(v), w === undefined ? {} : { weight: w });
  }
  return graph;
}

/** nx.complete_graph(n). */
export function completeGraph(n: number, directed = false): Graph {
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++) for (let j = directed ? 0 : i + 1; j < n; j++) if (i !== j) edges.push([i, j]);
  return fromEdges(edges, { directed, nodes: range(n) });
}

/** nx.path_graph(n) (nx.DiGraph() with create_using when directed). */
export function pathGraph(n: number, directed = false): Graph {
  const edges: Edge[] = [];
  for (let i = 0; i + 1 < n; i++) edges.push([i, i + 1]);
  return fromEdges(edges, { directed, nodes: range(n) });
}

/** nx.cycle_graph(n). */
export function cycleGraph(n: number, directed = false): Graph {
  const edges: Edge[] = [];
  for (let i = 0; i + 1 < n; i++) edges.push([i, i + 1]);
  if (n > 2 || (directed && n === 2)) edges.push([n - 1, 0]);
  return fromEdges(edges, { directed, nodes: range(n) });
}

/** nx.star_graph(n): centre 0 and leaves 1..n. */
export function starGraph(n: number): Graph {
  const edges: Edge[] = [];
  for (let i = 1; i <= n; i++) edges.push([0, i]);
  return fromEdges(edges, { nodes: range(n + 1) });
}

/** nx.balanced_tree(r, h): node i's children are r·i + 1 … r·i + r. */
export function balancedTree(r: number, h: number): Graph {
  let n = 0;
  for (let level = 0, width = 1; level <= h; level++, width *= r) n += width;
  const edges: Edge[] = [];
  for (let child = 1; child < n; child++) edges.push([Math.floor((child - 1) / r), child]);
  return fromEdges(edges, { nodes: range(n) });
}

/** nx.ladder_graph(n): two paths 0..n−1 and n..2n−1 with rungs i – i+n. */
export function ladderGraph(n: number): Graph {
  const edges: Edge[] = [];
  for (let i = 0; i + 1 < n; i++) edges.push([i, i + 1]);
  for (let i = n; i + 1 < 2 * n; i++) edges.push([i, i + 1]);
  for (let i = 0; i < n; i++) edges.push([i, i + n]);
  return fromEdges(edges, { nodes: range(2 * n) });
}

/** nx.krackhardt_kite_graph() (its adjacency list, as in networkx/generators/small.py). */
export function krackhardtKite(): Graph {
  const adjacency = [[1, 2, 3, 5], [0, 3, 4, 6], [0, 3, 5], [0, 1, 2, 4, 5, 6], [1, 3, 6], [0, 2, 3, 6, 7], [1, 3, 4, 5, 7], [5, 6, 8], [7, 9], [8]];
  const edges: Edge[] = [];
  adjacency.forEach((row, u) => row.forEach((v) => u < v && edges.push([u, v])));
  return fromEdges(edges, { nodes: range(10) });
}

/** nx.florentine_families_graph(), nx.les_miserables_graph() and nx.karate_club_graph() (from the centrality fixture). */
export function namedGraph(name: 'florentine' | 'lesmis' | 'karate'): Graph {
  return buildGraph(name);
}

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** pytest.approx(expected, abs=tolerance) for every key of `expected` (string keys of numbers). */
export function expectApprox(actual: Record<string, number>, expected: Record<string | number, number>, abs = 1e-7): void {
  for (const [key, value] of Object.entries(expected)) {
    const got = actual[key];
    if (!(Math.abs(got - value) <= abs)) expect.fail(`${key}: got ${got}, expected ${value} (abs ${abs})`);
  }
}

/** nx.barbell_graph(m1, m2): K_m1 on 0..m1−1, a path m1..m1+m2−1, K_m1 on the last m1 nodes. */
export function barbellGraph(m1: number, m2: number): Graph {
  const edges: Edge[] = [];
  for (let i = 0; i < m1; i++) for (let j = i + 1; j < m1; j++) edges.push([i, j]);
  for (let i = m1 - 1; i < m1 + m2; i++) edges.push([i, i + 1]);
  const start = m1 + m2;
  for (let i = start; i < start + m1; i++) for (let j = i + 1; j < start + m1; j++) edges.push([i, j]);
  return fromEdges(edges, { nodes: range(2 * m1 + m2) });
}

/** A NetworkX list-of-sets partition as a zonelink node → label record. */
export function partitionOf(communities: (number | string)[][]): Record<string, number> {
  const out: Record<string, number> = {};
  communities.forEach((members, c) => members.forEach((v) => (out[String(v)] = c)));
  return out;
}

/**
 * nx.margulis_gabber_galil_graph(n), a MultiGraph, as the simple graph whose edge
 * `weight` is the number of parallel edges (a repeated self-loop too): nodes
 * "x,y" in NetworkX's insertion order. Modularity, degree and PageRank of a
 * NetworkX multigraph count parallel edges one by one, which is what these
 * summed weights reproduce.
 */
export function margulisGabberGalilGraph(n: number): Graph {
  const graph = new Graph({ type: 'undirected', allowSelfLoops: true });
  for (let x = 0; x < n; x++) {
    for (let y = 0; y < n; y++) {
      const targets: [number, number][] = [[(x + 2 * y) % n, y], [(x + (2 * y + 1)) % n, y], [x, (y + 2 * x) % n], [x, (y + (2 * x + 1)) % n]];
      for (const [u, v] of targets) {
        const a = `${x},${y}`;
        const b = `${u},${v}`;
        graph.mergeNode(a);
        graph.mergeNode(b);
        if (graph.hasEdge(a, b)) graph.updateEdgeAttribute(a, b, 'weight', (w: number) => w + 1);
        else graph.addEdgeWithKey(`${a}-${b}`, a, b, { weight: 1 });
      }
    }
  }
  return graph;
}
