import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { coreNumbers } from '../../../src/measures/structure/core-numbers.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { graphFromFixture, graphFromEdges, type FixtureGraph } from '../../fixtures/community/fixture-graph.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/structure/reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, FixtureGraph>;
  cases: Record<string, { coreNumber: Record<string, number> }>;
};

describe('coreNumbers', () => {
  for (const name of ['karate', 'weighted', 'directed', 'ba']) {
    it(`matches networkx.core_number on ${name}`, () => {
      expect(coreNumbers(graphFromFixture(reference.graphs[name]))).toEqual(reference.cases[name].coreNumber);
    });
  }

  it('hand cases: triangle with a pendant, isolate, empty graph, K4', () => {
    expect(coreNumbers(graphFromEdges([['a', 'b'], ['b', 'c'], ['a', 'c'], ['c', 'd']], { nodes: ['z'] }))).toEqual({
      a: 2, b: 2, c: 2, d: 1, z: 0,
    });
    expect(coreNumbers(new Graph({ type: 'undirected' }))).toEqual({});
    const k4 = graphFromEdges([['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd'], ['c', 'd']]);
    expect(coreNumbers(k4)).toEqual({ a: 3, b: 3, c: 3, d: 3 });
  });

  it('runs iteratively on a long path (no recursion)', () => {
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < 100_000; i++) g.addNode(String(i));
    for (let i = 1; i < 100_000; i++) g.addEdge(String(i - 1), String(i));
    const cores = coreNumbers(g);
    expect(cores['0']).toBe(1);
    expect(cores['50000']).toBe(1);
  });

  it('rejects self-loops, naming the nodes', () => {
    const g = graphFromEdges([['a', 'a'], ['a', 'b'], ['b', 'b']]);
    try {
      coreNumbers(g);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/^coreNumbers:/);
      expect((e as ZonelinkError).issues.map((i) => i.id)).toEqual(['a', 'b']);
    }
  });
});
