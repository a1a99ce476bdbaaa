import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import fc from 'fast-check';
import { networkSummary } from '../../../src/measures/whole-network/index.js';
import { buildGraph, graphOf, igraph, networkx, sna, specs } from '../../fixtures/whole-network/fixture-graphs.js';
import { expectProgressContract } from '../progress-contract.js';

/** True when no number anywhere in the value is NaN or ±Infinity (JSON would lose it). */
function jsonSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object') return true;
  return Object.values(value).every(jsonSafe);
}

describe('networkSummary against the reference values', () => {
  for (const name of ['karate', 'florentine', 'digraph', 'disconnected_directed', 'pieces', 'two_trees']) {
    it(name, () => {
      const s = networkSummary(buildGraph(name));
      const spec = specs[name];
      const nx = networkx[name];
      expect(s.directed).toBe(spec.directed);
      expect(s.nodes).toBe(spec.nodes.length);
      expect(s.edges).toBe(spec.edges.length);
      const components = spec.directed ? nx.weak_components : nx.components;
      expect(s.components).toBe(components.length);
      expect(s.largestComponentShare).toBeCloseTo(components[0].length / spec.nodes.length, 15);
      if (spec.directed) expect(s.strongComponents).toBe(nx.strong_components.length);
      else expect(s.strongComponents).toBeNull();
      expect(s.averagePathLength).toBeCloseTo(igraph[name].average_path_length_hop, 12);
      expect(s.diameter).toBe(igraph[name].diameter_hop);
      expect(s.globalEfficiency).toBeCloseTo(nx.path_summary_hop.efficiency, 12);
      expect(s.transitivity).toBeCloseTo(nx.transitivity, 14);
      expect(s.averageClustering).toBeCloseTo(nx.average_clustering, 12);
      // two_trees: every target has in-degree 1, so NetworkX's r is NaN and the summary's null
      if (Number.isNaN(nx.degree_assortativity)) expect(s.degreeAssortativity).toBeNull();
      else expect(s.degreeAssortativity).toBeCloseTo(nx.degree_assortativity, 12);
      if (spec.directed) expect(s.reciprocity).toBeCloseTo(sna[name]?.grecip_edgewise ?? nx.overall_reciprocity, 12);
      else expect(s.reciprocity).toBeNull();
      if (sna[name]) {
        for (const key of ['connectedness', 'hierarchy', 'efficiency', 'lubness'] as const) {
          const expected = sna[name][key];
          if (Number.isNaN(expected)) expect(s.krackhardt[key]).toBeNull();
          else expect(s.krackhardt[key]).toBeCloseTo(expected, 13);
        }
      }
      expect(jsonSafe(s)).toBe(true);
      expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    });
  }
});

describe('null fields carry a reason', () => {
  it('the empty graph', () => {
    const s = networkSummary(new Graph());
    expect(s.nodes).toBe(0);
    expect(s.density).toBeNull();
    expect(s.largestComponentShare).toBeNull();
    expect(s.averagePathLength).toBeNull();
    expect(s.averageClustering).toBeNull();
    expect(s.krackhardt).toEqual({ connectedness: null, hierarchy: null, efficiency: null, lubness: null });
    for (const field of ['density', 'largestComponentShare', 'averagePathLength', 'diameter', 'averageClustering', 'reciprocity', 'krackhardt.lubness']) {
      expect(typeof s.notes[field], field).toBe('string');
    }
    expect(jsonSafe(s)).toBe(true);
  });
  it('isolated nodes only (directed): no reciprocity, no path, no assortativity', () => {
    const s = networkSummary(graphOf(true, [], ['a', 'b', 'c']));
    expect(s.reciprocity).toBeNull();
    expect(s.notes.reciprocity).toMatch(/no tie/);
    expect(s.diameter).toBeNull();
    expect(s.degreeAssortativity).toBeNull();
    expect(s.notes.degreeAssortativity).toMatch(/no edges/);
    expect(s.krackhardt.connectedness).toBe(0);
    expect(s.components).toBe(3);
    expect(jsonSafe(s)).toBe(true);
  });
  it('a triangle: degree assortativity undefined (every end has degree 2)', () => {
    const s = networkSummary(graphOf(false, [['a', 'b'], ['b', 'c'], ['c', 'a']]));
    expect(s.degreeAssortativity).toBeNull();
    expect(s.notes.degreeAssortativity).toMatch(/same degree/);
    expect(s.transitivity).toBe(1);
  });
});

describe('properties', () => {
  it('relabelling and reordering the nodes leaves the summary unchanged', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 30 }),
        fc.integer(),
        (directed, n, raw, salt) => {
          const edges = raw.filter(([u, v]) => u < n && v < n);
          const a = new Graph({ type: directed ? 'directed' : 'undirected', allowSelfLoops: true });
          const b = new Graph({ type: directed ? 'directed' : 'undirected', allowSelfLoops: true });
          const rename = (i: number) => `z${(i * 7 + Math.abs(salt)) % 1000}-${i}`;
          for (let i = 0; i < n; i++) a.addNode(String(i));
          for (let i = n - 1; i >= 0; i--) b.addNode(rename(i));
          for (const [u, v] of edges) a.mergeEdge(String(u), String(v));
          for (const [u, v] of [...edges].reverse()) b.mergeEdge(rename(u), rename(v));
          const sa = networkSummary(a);
          const sb = networkSummary(b);
          expect(jsonSafe(sa)).toBe(true);
          expect(Object.keys(sb.notes).sort()).toEqual(Object.keys(sa.notes).sort());
          const flat = (s: ReturnType<typeof networkSummary>) => ({ ...s, ...s.krackhardt, krackhardt: 0, notes: 0 });
          const fa = flat(sa);
          const fb = flat(sb);
          for (const key of Object.keys(fa) as (keyof typeof fa)[]) {
            const x = fa[key];
            const y = fb[key];
            if (typeof x === 'number' && typeof y === 'number') expect(y, key).toBeCloseTo(x, 12);
            else expect(y, key).toEqual(x);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('networkSummary: options and progress', () => {
  it("passes progress through: each step's events under its own task, then networkSummary's steps, the last done = total", () => {
    const g = buildGraph('digraph');
    const events = expectProgressContract('networkSummary', (p) => networkSummary(g, p));
    expect(new Set(events.map((e) => e.task))).toEqual(new Set(['pathLengthSummary', 'transitivity', 'averageClustering', 'krackhardtDimensions', 'networkSummary']));
    expect(events.filter((e) => e.task === 'networkSummary').map((e) => e.done)).toEqual([1, 2, 3, 4]);
    expect(events.at(-1)).toEqual({ task: 'networkSummary', done: 4, total: 4, unit: 'steps' });
  });
  it('a cancelled step is reported as networkSummary, naming the step', () => {
    const controller = new AbortController();
    const run = () =>
      networkSummary(buildGraph('karate'), { signal: controller.signal, onProgress: (e) => e.task === 'transitivity' && controller.abort() });
    expect(run).toThrow(/^networkSummary: transitivity: aborted .* after 2 of 34 nodes$/);
  });
  it('unknown options are errors naming the function', () => {
    expect(() => networkSummary(buildGraph('karate'), { weight: 'weight' } as never)).toThrow(/^networkSummary: unknown option weight/);
  });
});
