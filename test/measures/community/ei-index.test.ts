import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { eiIndex } from '../../../src/measures/community/ei-index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { graphFromEdges } from '../../fixtures/community/fixture-graph.js';

const twoTriangles = () =>
  graphFromEdges([['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 1], ['d', 'e', 1], ['e', 'f', 1], ['d', 'f', 1], ['c', 'd', 4]]);

describe('eiIndex', () => {
  it('two triangles joined by one tie: E = 1, I = 6 → (1 − 6)/7 by hand; per group (1 − 3)/4', () => {
    const r = eiIndex(twoTriangles(), { a: 'A', b: 'A', c: 'A', d: 'B', e: 'B', f: 'B' });
    expect(r.external).toBe(1);
    expect(r.internal).toBe(6);
    expect(r.index).toBeCloseTo(-5 / 7, 12);
    expect(r.groups).toEqual({
      A: { index: -0.5, external: 1, internal: 3 },
      B: { index: -0.5, external: 1, internal: 3 },
    });
  });

  it('weighted: E = 4, I = 6 → −0.2; groups (4 − 3)/7', () => {
    const r = eiIndex(twoTriangles(), { a: 'A', b: 'A', c: 'A', d: 'B', e: 'B', f: 'B' }, { weight: 'weight' });
    expect(r.index).toBeCloseTo(-0.2, 12);
    expect(r.groups.A.index).toBeCloseTo(1 / 7, 12);
  });

  it('all ties between groups → +1; a group without ties → NaN; self-loops are ignored', () => {
    const g = graphFromEdges([['a', 'b'], ['b', 'c'], ['c', 'c']], { nodes: ['z'] });
    const r = eiIndex(g, { a: 0, b: 1, c: 0, z: 2 });
    expect(r.index).toBe(1);
    expect(r.groups['0']).toEqual({ index: 1, external: 2, internal: 0 });
    expect(r.groups['2'].index).toBeNaN();
  });

  it('directed ties count once; no ties at all → NaN', () => {
    const g = graphFromEdges([['a', 'b'], ['b', 'a'], ['a', 'c']], { directed: true });
    const r = eiIndex(g, { a: 0, b: 0, c: 1 });
    expect(r.internal).toBe(2);
    expect(r.external).toBe(1);
    expect(r.index).toBeCloseTo(-1 / 3, 12);
    const empty = new Graph({ type: 'undirected' });
    empty.addNode('x');
    expect(eiIndex(empty, { x: 0 }).index).toBeNaN();
  });

  it('rejects invalid partitions', () => {
    expect(() => eiIndex(twoTriangles(), { a: 0 })).toThrow(ZonelinkError);
    expect(() => eiIndex(twoTriangles(), { a: 0 })).toThrow(/^eiIndex: invalid partition/);
  });
});
