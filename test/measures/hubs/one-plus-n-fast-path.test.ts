import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { findOnePlusN, evaluateArrangement, hubGroupMetrics } from '../../../src/measures/hubs/index.js';
import { referenceFindOnePlusN, referenceHubGroupMetrics } from './one-plus-n-reference.js';
import { zoneNetwork, zone, city } from '../../fixtures/hubs/zone-network-fixture.js';

// Ids out of index order on purpose (the hub and dominant-flow ties compare ids, the rows follow insertion).
const IDS = ['n7', 'n2', 'n9', 'n0', 'n5', 'n1', 'n8', 'n3', 'n6', 'n4'];
const MODES = ['resource-factor', 'industrial-chain', 'cross-regional'];
// Decimal weights whose sums depend on the order they are added in, zeros (no link) and a tiny one.
const WEIGHTS = [0, 0.1, 0.2, 0.3, 0.7, 1, 2.5, 1e-9, 3];

const linkageArb = fc.record({
  s: fc.nat(IDS.length - 1),
  t: fc.nat(IDS.length - 1),
  mode: fc.constantFrom(...MODES),
  weight: fc.constantFrom(...WEIGHTS),
  directed: fc.boolean(),
});

const caseArb = fc.record({
  nodes: fc.integer({ min: 2, max: IDS.length }),
  linkages: fc.array(linkageArb, { minLength: 4, maxLength: 40 }),
  groups: fc.array(fc.uniqueArray(fc.nat(IDS.length - 1), { minLength: 1, maxLength: IDS.length }), { minLength: 1, maxLength: 4 }),
  directed: fc.boolean(),
  strengthScope: fc.constantFrom('graph' as const, 'group' as const),
  // masses with ties (the second hub tie-break and the dominant-flow size)
  mass: fc.option(fc.array(fc.constantFrom(0, 1, 2, 5), { minLength: IDS.length, maxLength: IDS.length }), { nil: undefined }),
  capital: fc.option(fc.nat(IDS.length - 1), { nil: undefined }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** The network of a case: zones in two provinces (ids in IDS order), one of them maybe in a provincial capital. */
function networkOf(c: Case) {
  const ids = IDS.slice(0, c.nodes);
  const nodes = [
    city('440100', { provincialCapital: true }),
    ...ids.map((id, k) => zone(id, c.capital === k ? '440100' : k % 2 === 0 ? '440300' : '420500')),
  ];
  const linkages = c.linkages
    .filter((l) => l.s < c.nodes && l.t < c.nodes)
    .map((l, e) => ({ id: `l${e}`, source: ids[l.s], target: ids[l.t], mode: l.mode, weight: l.weight, directed: l.directed }));
  const groups: Record<string, string[]> = {};
  c.groups.forEach((g, k) => (groups[`g${k}`] = g.filter((i) => i < c.nodes).map((i) => ids[i])));
  const mass = c.mass === undefined ? undefined : Object.fromEntries(['440100', ...ids].map((id, k) => [id, c.mass![k % c.mass!.length]]));
  return { net: zoneNetwork(nodes, linkages), groups, mass };
}

describe('findOnePlusN: the linear-time path equals the straightforward definition', () => {
  it('property: identical results (===, not close) on random small networks with parallel, directed, self-loop and zero-weight linkages and overlapping groups', () => {
    let measured = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const { net, groups, mass } = networkOf(c);
        const options = { directed: c.directed, strengthScope: c.strengthScope, mass };
        let expected: unknown;
        let expectedError: unknown;
        try {
          expected = referenceFindOnePlusN(net, groups, options);
        } catch (e) {
          expectedError = e;
        }
        if (expectedError !== undefined) {
          expect(() => findOnePlusN(net, { groups, ...options })).toThrow((expectedError as Error).message);
          return;
        }
        expect(findOnePlusN(net, { groups, ...options })).toEqual(expected);
        measured += (expected as { groups: unknown[] }).groups.length;
      }),
      { numRuns: 300, seed: 14 },
    );
    // the cases measure groups, not only skip them
    expect(measured).toBeGreaterThan(200);
  });

  it('property: province groups and evaluateArrangement agree with the definition too', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(IDS.length - 1), (c, hubPick) => {
        const { net } = networkOf(c);
        const ids = IDS.slice(0, c.nodes);
        const hubei = ids.filter((_, k) => c.capital !== k && k % 2 === 1);
        const provinces = { guangdong: ['440100', ...ids.filter((_, k) => c.capital === k || k % 2 === 0)], ...(hubei.length > 0 ? { hubei } : {}) };
        const options = { directed: c.directed, strengthScope: c.strengthScope };
        expect(findOnePlusN(net, { groups: 'province', ...options })).toEqual(referenceFindOnePlusN(net, provinces, options));
        const hub = ids[hubPick % ids.length];
        const spokes = ids.filter((id) => id !== hub);
        const reference = referenceFindOnePlusN(net, { a: [hub, ...spokes] }, options);
        const evaluation = evaluateArrangement(net, hub, spokes, options);
        // without an internal link the reference skips the group; the evaluation still measures it
        if (reference.groups.length === 1) expect(evaluation.observedHub).toBe(reference.groups[0].hub);
      }),
      { numRuns: 150, seed: 41 },
    );
  });
});

describe('hubGroupMetrics: the member-row path equals the straightforward definition', () => {
  it('property: identical on random simple weighted graphs, directed and undirected', () => {
    const edgeArb = fc.tuple(fc.nat(7), fc.nat(7), fc.constantFrom(...WEIGHTS));
    fc.assert(
      fc.property(fc.array(edgeArb, { maxLength: 30 }), fc.boolean(), fc.uniqueArray(fc.nat(7), { minLength: 2, maxLength: 8 }), fc.constantFrom('graph' as const, 'group' as const), (edges, directed, group, strengthScope) => {
        const g = new Graph({ type: directed ? 'directed' : 'undirected' });
        for (let k = 0; k < 8; k++) g.addNode(IDS[k]);
        for (const [s, t, w] of edges) g.mergeEdge(IDS[s], IDS[t], { weight: w });
        const nodes = group.map((k) => IDS[k]);
        expect(hubGroupMetrics(g, nodes, { strengthScope })).toEqual(referenceHubGroupMetrics('hubGroupMetrics', g, nodes, { strengthScope }));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
