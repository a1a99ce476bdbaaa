import Graph from 'graphology';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** One graph of test/fixtures/centrality/graphs.json (written by generate.py). */
export interface GraphSpec {
  directed: boolean;
  weighted: boolean;
  nodes: string[];
  edges: [string, string, number?][];
}

const here = new URL('../../fixtures/centrality/', import.meta.url);
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(name, here), 'utf8'), (_key, value) => (value === 'NaN' ? NaN : value));

export const graphSpecs: Record<string, GraphSpec> = read('graphs.json').graphs;
/** NetworkX 3.6 reference values, by graph then by measure key. */
export const networkx: Record<string, Record<string, any>> = read('networkx.json');
/** python-igraph reference values, by graph then by measure key. */
export const igraph: Record<string, Record<string, any>> = read('igraph.json');

/** Rebuilds a fixture graph (optionally with the nodes inserted in another order). */
export function buildGraph(name: string, nodeOrder?: string[]): Graph {
  const spec = graphSpecs[name];
  const graph = new Graph({ type: spec.directed ? 'directed' : 'undirected', allowSelfLoops: true });
  for (const node of nodeOrder ?? spec.nodes) graph.addNode(node);
  for (const [source, target, weight] of spec.edges) {
    graph.addEdge(source, target, spec.weighted ? { weight } : {});
  }
  return graph;
}

/** Same keys, and every value within `relative` × max(1, |expected|) (NaN matches NaN). */
export function expectRecordClose(actual: Record<string, number>, expected: Record<string, number>, relative = 1e-9): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected)) {
    const a = actual[key];
    const e = expected[key];
    if (Number.isNaN(e)) {
      expect(a, key).toBeNaN();
      continue;
    }
    const scale = Math.max(1, Math.abs(e));
    if (!(Math.abs(a - e) <= relative * scale)) {
      expect.fail(`node ${key}: got ${a}, expected ${e} (tolerance ${relative * scale})`);
    }
  }
}

/** Graph names whose NetworkX values contain `key`. */
export function graphsWith(key: string): string[] {
  return Object.keys(networkx).filter((name) => !name.startsWith('_') && networkx[name][key] !== undefined && networkx[name][key] !== null);
}
