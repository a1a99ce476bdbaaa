import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { parallelBetweenness } from '../../src/node/parallel-betweenness.js';
import { betweenness } from '../../src/measures/centrality/index.js';
import { seededRandom } from '../../src/random/seeded-random.js';
import { buildGraph } from '../measures/centrality/fixture-graphs.js';

describe('parallelBetweenness (worker threads)', () => {
  it('equals the single-threaded betweenness exactly on the fixture graphs and option variants', async () => {
    for (const name of ['karate', 'lesmis', 'digraph', 'grid20', 'disconnected', 'loops_directed']) {
      const g = buildGraph(name);
      for (const options of [{}, { distance: null, normalized: false }, { distance: 'inverse' as const, endpoints: true }]) {
        expect(await parallelBetweenness(g, { ...options, workers: 3 })).toEqual(betweenness(g, options));
      }
    }
  });

  it('equals it bit for bit on a larger weighted random graph (many blocks, several worker counts)', async () => {
    const random = seededRandom(5);
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < 700; i++) g.addNode(`v${i}`);
    for (let i = 1; i < 700; i++) {
      for (let k = 0; k < 3; k++) g.mergeEdge(`v${i}`, `v${Math.floor(random() * i)}`, { weight: 0.5 + random() * 4 });
    }
    const single = betweenness(g, { normalized: false });
    for (const workers of [1, 2, 4]) expect(await parallelBetweenness(g, { normalized: false, workers })).toEqual(single);
  });

  it('empty graph, single node; same errors as betweenness', async () => {
    expect(await parallelBetweenness(new Graph())).toEqual({});
    expect(await parallelBetweenness(buildGraph('single'))).toEqual({ only: 0 });
    await expect(parallelBetweenness(buildGraph('karate'), { workers: 0 })).rejects.toThrow(/^parallelBetweenness: option workers/);
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b', { weight: 0 });
    await expect(parallelBetweenness(g)).rejects.toThrow(/^parallelBetweenness: weights are used as distances/);
  });

  it('does not take the progress or vector options it could not honour: each is an unknown option, not ignored', async () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    for (const key of ['onProgress', 'signal', 'output']) {
      await expect(parallelBetweenness(g, { [key]: key === 'output' ? 'vector' : key === 'signal' ? AbortSignal.abort() : () => {} } as object)).rejects.toThrow(new RegExp(`^parallelBetweenness: unknown option ${key}`));
    }
    await expect(parallelBetweenness(g, { workers: 0 })).rejects.toThrow(/^parallelBetweenness: option workers must be an integer ≥ 1, got 0/);
  });
});
