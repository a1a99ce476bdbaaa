import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { constraint, effectiveSize, efficiency } from '../../../src/measures/structure/structural-holes.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { graphFromFixture, graphFromEdges, type FixtureGraph } from '../../fixtures/community/fixture-graph.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/structure/reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, FixtureGraph>;
  cases: Record<
    string,
    {
      constraint: Record<string, number | null>;
      effectiveSize: Record<string, number | null>;
      distinctNeighbours: Record<string, number>;
    }
  >;
};

const expectClose = (actual: Record<string, number>, expected: Record<string, number | null>) => {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [node, value] of Object.entries(expected)) {
    if (value === null) expect(actual[node]).toBeNaN();
    else expect(actual[node]).toBeCloseTo(value, 10);
  }
};

describe('constraint, effectiveSize, efficiency (Burt)', () => {
  for (const name of ['karate', 'karate-weighted', 'weighted', 'directed', 'ba']) {
    it(`match networkx constraint / effective_size / (effective_size / degree) on ${name}`, () => {
      const graph = graphFromFixture(reference.graphs[name]);
      const weight = name === 'karate' || name === 'ba' ? null : 'weight';
      const c = reference.cases[name];
      expectClose(constraint(graph, { weight }), c.constraint);
      expectClose(effectiveSize(graph, { weight }), c.effectiveSize);
      const expectedEfficiency: Record<string, number | null> = {};
      for (const [node, es] of Object.entries(c.effectiveSize)) {
        expectedEfficiency[node] = es === null ? null : es / c.distinctNeighbours[node];
      }
      expectClose(efficiency(graph, { weight }), expectedEfficiency);
    });
  }

  it('hand cases: star and triangle', () => {
    // star: hub has 3 unconnected contacts: p = 1/3 each, constraint 3·(1/3)² = 1/3, ES 3, efficiency 1;
    // a spoke has one contact: constraint 1, ES 1
    const star = graphFromEdges([['h', 'a'], ['h', 'b'], ['h', 'c']]);
    expect(constraint(star).h).toBeCloseTo(1 / 3, 12);
    expect(constraint(star).a).toBeCloseTo(1, 12);
    expect(effectiveSize(star).h).toBeCloseTo(3, 12);
    expect(efficiency(star).h).toBeCloseTo(1, 12);
    // triangle: p = 1/2, indirect 1/2·1/2 → (3/4)² · 2 = 9/8; ES = 2 − 2·1/2 = 1
    const triangle = graphFromEdges([['a', 'b'], ['b', 'c'], ['a', 'c']]);
    expect(constraint(triangle).a).toBeCloseTo(9 / 8, 12);
    expect(effectiveSize(triangle).a).toBeCloseTo(1, 12);
    expect(efficiency(triangle).a).toBeCloseTo(0.5, 12);
  });

  it('isolates and self-loop-only nodes → NaN; self-loops are ignored', () => {
    const g = graphFromEdges([['a', 'b'], ['c', 'c']], { nodes: ['z'] });
    expect(constraint(g).z).toBeNaN();
    expect(constraint(g).c).toBeNaN();
    expect(effectiveSize(g).z).toBeNaN();
    expect(efficiency(g).c).toBeNaN();
    const withLoop = graphFromEdges([['h', 'a'], ['h', 'b'], ['h', 'h']]);
    expect(constraint(withLoop).h).toBeCloseTo(0.5, 12);
  });

  it('rejects invalid weights, naming the function', () => {
    const g = graphFromEdges([['a', 'b', Number.NaN]]);
    expect(() => constraint(g)).toThrow(ZonelinkError);
    expect(() => effectiveSize(g)).toThrow(/^effectiveSize:/);
    expect(() => efficiency(g)).toThrow(/^efficiency:/);
  });
});
