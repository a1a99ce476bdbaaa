import { describe, it, expect } from 'vitest';
import { findOnePlusN, evaluateArrangement } from '../../../src/measures/hubs/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { zoneNetwork, zone, city } from '../../fixtures/hubs/zone-network-fixture.js';

// Guangdong: gz-htz (Guangzhou) and three branch parks; Hubei: a triangle; Hunan: one zone alone
const nodes = [
  zone('gz', '440100', { subtype: 'htz' }),
  zone('sz', '440300', { subtype: 'branch-park' }),
  zone('zh', '440400'),
  zone('st', '440500', { subtype: 'branch-park', approved: '2018' }),
  zone('wh', '420100'),
  zone('xy', '420600'),
  zone('yc', '420500'),
  zone('cs', '430100'),
];
const linkages = [
  { id: 'gz-sz', source: 'gz', target: 'sz', mode: 'resource-factor', weight: 3, arrangement: 'branch-park' },
  { id: 'gz-st', source: 'gz', target: 'st', mode: 'industrial-chain', weight: 2, arrangement: 'branch-park', startYear: 2018 },
  { id: 'gz-zh-1', source: 'gz', target: 'zh', mode: 'resource-factor', weight: 1 },
  { id: 'gz-zh-2', source: 'gz', target: 'zh', mode: 'industrial-chain', weight: 1 },
  { id: 'wh-xy', source: 'wh', target: 'xy', mode: 'resource-factor' },
  { id: 'xy-yc', source: 'xy', target: 'yc', mode: 'resource-factor' },
  { id: 'yc-wh', source: 'yc', target: 'wh', mode: 'industrial-chain' },
  { id: 'gz-wh', source: 'gz', target: 'wh', mode: 'cross-regional', directed: true },
];
const net = zoneNetwork(nodes, linkages);

describe('findOnePlusN', () => {
  it('by province (hand-computed): Guangdong is 1+N, Hubei a mesh, Hunan skipped', () => {
    const r = findOnePlusN(net);
    expect(r.groups.map((g) => [g.id, g.hub, g.classification])).toEqual([
      ['guangdong', 'gz', '1+N'],
      ['hubei', 'wh', 'mesh'],
    ]);
    expect(r.skipped).toEqual([{ id: 'hunan', nodes: ['cs'], reason: 'fewer-than-two-nodes' }]);
    const gd = r.groups[0];
    // projection: gz–sz 3, gz–st 2, gz–zh 1 + 1; spokes have no other links
    expect(gd.hubDominance).toBe(1);
    expect(gd.starLikeness).toBe(1);
    expect(gd.spokeShareToHub).toBe(1);
    expect(gd.hubShareOfIntraGroupWeight).toBe(1);
    expect(gd.spokeSpokeDensity).toBe(0);
    // per mode: resource-factor sz 3 + zh 1 = 4 of 7; industrial-chain st 2 + zh 1 = 3 of 7
    expect(gd.spokeShareByMode['resource-factor'].contribution).toBeCloseTo(4 / 7, 12);
    expect(gd.spokeShareByMode['industrial-chain'].contribution).toBeCloseTo(3 / 7, 12);
    expect(gd.spokeShareByMode['cross-regional'].contribution).toBe(0);
    expect(gd.spokeShareByMode['resource-factor'].withinLayer).toBe(1);
    expect(Number.isNaN(gd.spokeShareByMode['cross-regional'].withinLayer)).toBe(true);
    const sum = Object.values(gd.spokeShareByMode).reduce((s, m) => s + m.contribution, 0);
    expect(sum).toBeCloseTo(gd.spokeShareToHub, 12);
    // Hubei: triangle of weight-1 links, wh also linked to gz: SSH = (1 + 1)/(2 + 2), spoke pair linked
    const hb = r.groups[1];
    expect(hb.spokeShareToHub).toBeCloseTo(0.5, 12);
    expect(hb.spokeSpokeDensity).toBe(1);
    expect(hb.dominantFlowCentres).toEqual(['wh']);
    expect(r.thresholds).toEqual({ hubDominance: 0.8, spokeShare: 0.5, spokeDensity: 0.2, hubZ: 2.5 });
  });

  it('a year drops zones approved later and linkages not yet active', () => {
    const r = findOnePlusN(net, { year: 2017 });
    const gd = r.groups.find((g) => g.id === 'guangdong')!;
    expect(gd.nodes).toEqual(['gz', 'sz', 'zh']);
    expect(r.year).toBe(2017);
  });

  it('declared arrangements: the branch-park component around gz', () => {
    const r = findOnePlusN(net, { groups: 'declared' });
    expect(r.groups.map((g) => [g.id, g.nodes, g.hub, g.classification])).toEqual([['declared:gz', ['gz', 'st', 'sz'], 'gz', '1+N']]);
  });

  it('dominant-flow regions and communities as candidate groups', () => {
    const df = findOnePlusN(net, { groups: 'dominant-flow' });
    // undirected strengths: gz 8 draws every zone linked to it; wh → gz (the largest of its tied flows)
    expect(df.groups.map((g) => [g.id, g.nodes])).toEqual([['dominant-flow:gz', ['gz', 'st', 'sz', 'wh', 'xy', 'yc', 'zh']]]);
    expect(df.skipped).toEqual([{ id: 'dominant-flow:cs', nodes: ['cs'], reason: 'fewer-than-two-nodes' }]);
    const c1 = findOnePlusN(net, { groups: 'community', seed: 3 });
    const c2 = findOnePlusN(net, { groups: 'community', seed: 3 });
    expect(c1).toEqual(c2);
    expect(c1.groups.every((g) => g.id.startsWith('community:'))).toBe(true);
    const covered = [...c1.groups.flatMap((g) => g.nodes), ...c1.skipped.flatMap((g) => g.nodes)].sort();
    expect(covered).toEqual(['cs', 'gz', 'st', 'sz', 'wh', 'xy', 'yc', 'zh']);
  });

  it('explicit groups; a provincial capital wins a hub tie', () => {
    const capitalNet = zoneNetwork([zone('a', '440300'), zone('b', '440100'), city('440100', { provincialCapital: true })], [{ id: 'l', source: 'a', target: 'b', mode: 'resource-factor' }]);
    const r = findOnePlusN(capitalNet, { groups: { pair: ['a', 'b'], lonely: ['a'] } });
    expect(r.groups[0].hub).toBe('b');
    expect(r.skipped).toEqual([{ id: 'lonely', nodes: ['a'], reason: 'fewer-than-two-nodes' }]);
    const none = findOnePlusN(net, { groups: { far: ['sz', 'cs'] } });
    expect(none.skipped).toEqual([{ id: 'far', nodes: ['cs', 'sz'], reason: 'no-internal-linkage' }]);
  });

  it('self-loop linkages change nothing; parallel linkages are summed', () => {
    const looped = zoneNetwork(nodes, [...linkages, { id: 'loop', source: 'gz', target: 'gz', mode: 'resource-factor', weight: 50 }]);
    const a = findOnePlusN(net).groups[0];
    const b = findOnePlusN(looped).groups[0];
    expect(b).toEqual(a);
    // gz–zh: two linkages (1 + 1) in the projection
    expect(a.withinGroupStrength.zh).toBe(2);
  });

  it('an empty network has no groups', () => {
    const empty = zoneNetwork([], []);
    for (const groups of ['province', 'declared', 'dominant-flow', 'community'] as const) expect(findOnePlusN(empty, { groups }).groups).toEqual([]);
  });

  it('bad input: unknown group members listed, bad groups option, bad weights, not a network', () => {
    try {
      findOnePlusN(net, { groups: { g1: ['gz', 'nope'], g2: ['also-nope'] } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/^findOnePlusN/);
      expect((e as ZonelinkError).issues.map((i) => i.id)).toEqual(['nope', 'also-nope']);
    }
    expect(() => findOnePlusN(net, { groups: 'cities' as never })).toThrow(/^findOnePlusN: option groups must be/);
    const bad = zoneNetwork([zone('a', '440100'), zone('b', '440100')], [{ id: 'l', source: 'a', target: 'b', mode: 'resource-factor', weight: NaN }]);
    expect(() => findOnePlusN(bad)).toThrow(/^findOnePlusN: invalid linkages/);
    expect(() => findOnePlusN({} as never)).toThrow(/^findOnePlusN: network must be/);
    const noProvince = zoneNetwork([{ kind: 'zone', id: 'q', hostCities: [] }], []);
    expect(() => findOnePlusN(noProvince)).toThrow(/^findOnePlusN: nodes without a province/);
  });
});

describe('evaluateArrangement', () => {
  it('the declared hub against the observed one', () => {
    const r = evaluateArrangement(net, 'sz', ['gz', 'st']);
    expect(r.declaredHub).toBe('sz');
    expect(r.hub).toBe('sz');
    expect(r.observedHub).toBe('gz');
    expect(r.declaredHubIsObservedHub).toBe(false);
    expect(r.spokesLinkedToHub).toEqual(['gz']);
    expect(r.spokesNotLinkedToHub).toEqual(['st']);
    // SSH with hub sz: gz–sz 3 of spokes' strength gz 3+2+2+1 = 8 and st 2 → 3/10
    expect(r.spokeShareToHub).toBeCloseTo(3 / 10, 12);
    const good = evaluateArrangement(net, 'gz', ['sz', 'st', 'zh']);
    expect(good.declaredHubIsObservedHub).toBe(true);
    expect(good.classification).toBe('1+N');
  });

  it('bad input: unknown ids listed, the hub among the spokes, no spokes', () => {
    try {
      evaluateArrangement(net, 'nope', ['gz', 'missing']);
      expect.unreachable();
    } catch (e) {
      expect((e as ZonelinkError).message).toMatch(/^evaluateArrangement/);
      expect((e as ZonelinkError).issues.map((i) => i.id)).toEqual(['nope', 'missing']);
    }
    expect(() => evaluateArrangement(net, 'gz', ['gz', 'sz'])).toThrow(/^evaluateArrangement/);
    expect(() => evaluateArrangement(net, 'gz', [])).toThrow(/^evaluateArrangement: spokeIds/);
  });
});
