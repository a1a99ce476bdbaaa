/**
 * Leiden with the CPM objective against python-igraph 0.10.2's
 * community_leiden(objective_function="CPM", n_iterations=-1): the best and the
 * median CPM quality over 50 seeds, from test/fixtures/conventions/generate.py.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { leiden } from '../../../src/measures/community/leiden.js';
import { buildGraph } from '../centrality/fixture-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/conventions/reference.json', import.meta.url), 'utf8'));
const cases = Object.entries(reference.leiden_cpm as Record<string, { graph: string; weighted: boolean; resolution: number; best: number; median: number }>);

describe.each(cases)('%s', (_name, r) => {
  it('over 50 seeds zonelink reaches igraph\'s best CPM quality, and its median is no worse', () => {
    const g = buildGraph(r.graph);
    const qualities = Array.from({ length: 50 }, (_, seed) =>
      leiden(g, { objective: 'cpm', resolution: r.resolution, seed, weight: r.weighted ? 'weight' : null }).quality,
    ).sort((a, b) => a - b);
    expect(qualities[49]).toBeGreaterThanOrEqual(r.best - 1e-9);
    expect(qualities[25]).toBeGreaterThanOrEqual(r.median - 1e-9);
  });
});

describe('leiden CPM: hand-checked cases and errors', () => {
  it('two disjoint triangles, γ = 0.5: the triangles, H = 2·(3 − 0.5·3) = 3; modularity reported at γ = 1', () => {
    const g = new Graph({ type: 'undirected' });
    for (const [a, b] of [['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f']]) g.mergeEdge(a, b);
    const r = leiden(g, { objective: 'cpm', resolution: 0.5, seed: 1 });
    expect(r.communities).toBe(2);
    expect(r.quality).toBeCloseTo(3, 12);
    expect(r.modularity).toBeCloseTo(0.5, 12);
    expect(r.objective).toBe('cpm');
  });
  it('γ above every density (γ = 1.5 on a triangle) leaves singletons, H = 0', () => {
    const g = new Graph({ type: 'undirected' });
    for (const [a, b] of [['a', 'b'], ['b', 'c'], ['a', 'c']]) g.mergeEdge(a, b);
    const r = leiden(g, { objective: 'cpm', resolution: 1.5, seed: 1 });
    expect(r.communities).toBe(3);
    expect(r.quality).toBe(0);
  });
  it('an edgeless graph gives singletons with CPM (modularity NaN)', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('a');
    g.addNode('b');
    const r = leiden(g, { objective: 'cpm', resolution: 0.1 });
    expect(r.communities).toBe(2);
    expect(r.modularity).toBeNaN();
  });
  it('rejects a directed graph with CPM and an unknown objective', () => {
    const d = new Graph({ type: 'directed' });
    d.mergeEdge('a', 'b');
    expect(zonelinkErrorOf(() => leiden(d, { objective: 'cpm' })).message).toMatch(/^leiden:/);
    expect(zonelinkErrorOf(() => leiden(d, { objective: 'surprise' as never })).message).toMatch(/^leiden:/);
  });
});
