import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { consensusPartition } from '../../../src/measures/community/consensus-partition.js';
import { modularity } from '../../../src/measures/community/modularity.js';
import { nmi } from '../../../src/measures/community/partition-comparison.js';
import { graphFromFixture, graphFromEdges, type FixtureGraph } from '../../fixtures/community/fixture-graph.js';
import { disconnectedCommunities } from '../../fixtures/community/connected-communities.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/community/reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, FixtureGraph & { planted?: Record<string, number> }>;
};
const igraph = JSON.parse(readFileSync(new URL('../../fixtures/community/reference-igraph.json', import.meta.url), 'utf8')) as {
  leiden: Record<string, { bestModularity: number }>;
};

describe('consensusPartition', () => {
  it('converges on the karate club with Leiden, to connected communities close to the best modularity', () => {
    const graph = graphFromFixture(reference.graphs.karate);
    const r = consensusPartition(graph, { runs: 20, seed: 1 });
    expect(r.converged).toBe(true);
    expect(r.runs).toBe(20);
    expect(r.modularity).toBeCloseTo(modularity(graph, r.partition), 12);
    expect(r.modularity).toBeGreaterThan(igraph.leiden.karate.bestModularity - 0.05);
    expect(disconnectedCommunities(graph, r.partition)).toEqual([]);
    expect(consensusPartition(graph, { runs: 20, seed: 1 })).toEqual(r);
  });

  it('recovers the planted partition with Louvain and explicit seeds', () => {
    const fixture = reference.graphs.planted;
    const graph = graphFromFixture(fixture);
    const r = consensusPartition(graph, { seeds: [1, 2, 3, 4, 5, 6], algorithm: 'louvain' });
    expect(r.runs).toBe(6);
    expect(r.converged).toBe(true);
    expect(nmi(r.partition, fixture.planted!)).toBeCloseTo(1, 12);
  });

  it('stops after maxRounds when runs keep disagreeing and says so', () => {
    // a ring of 12 nodes: many equivalent partitions
    const ring = graphFromEdges(Array.from({ length: 12 }, (_, i) => [`v${i}`, `v${(i + 1) % 12}`] as [string, string]));
    const r = consensusPartition(ring, { runs: 8, seed: 3, maxRounds: 1, threshold: 0.9 });
    expect(r.rounds).toBe(1);
    expect(r.converged).toBe(false);
    const more = consensusPartition(ring, { runs: 8, seed: 3, threshold: 0.5 });
    expect(more.rounds).toBeGreaterThanOrEqual(1);
    expect(disconnectedCommunities(ring, more.partition)).toEqual([]);
  });

  it('rejects bad options', () => {
    const g = graphFromEdges([['a', 'b'], ['b', 'c']]);
    expect(() => consensusPartition(g, { threshold: 2 })).toThrow(/^consensusPartition: option threshold must be a number in \[0, 1\], got 2/);
    expect(() => consensusPartition(g, { runs: 0 })).toThrow(/runs/);
    expect(() => consensusPartition(g, { seeds: [] })).toThrow(/seeds/);
    expect(() => consensusPartition(g, { seeds: [1, Number.NaN] })).toThrow(/option seeds must be a non-empty array of finite numbers \(seeds\[1\] is NaN\), got an array/);
    expect(() => consensusPartition(g, { algorithm: 'walktrap' as 'leiden' })).toThrow(/algorithm/);
    expect(() => consensusPartition(graphFromEdges([['a', 'b', 0]]))).toThrow(/total edge weight 0/);
  });
});
