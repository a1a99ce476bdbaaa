import { describe, it, expect } from 'vitest';
import { siphonEffect } from '../../../src/measures/hubs/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { zoneNetwork, zone } from '../../fixtures/hubs/zone-network-fixture.js';

const ind = (x2015: number, x2020: number) => ({ indicators: { '2015': { gdp: x2015 }, '2020': { gdp: x2020 } } });
const nodes = [zone('gz', '440100', ind(100, 150)), zone('sz', '440300', ind(50, 55)), zone('st', '440500', ind(50, 45)), zone('far', '650100', ind(1, 1))];
const linkages = [
  { id: 'L1', source: 'gz', target: 'sz', mode: 'resource-factor', weight: 3, startYear: 2010 },
  { id: 'L2', source: 'sz', target: 'st', mode: 'industrial-chain', weight: 1, startYear: 2017 },
  { id: 'L3', source: 'gz', target: 'st', mode: 'industrial-chain', weight: 2, startYear: 2016 },
  { id: 'L4', source: 'sz', target: 'gz', mode: 'resource-factor', weight: 2, startYear: 2018, directed: true },
  { id: 'L5', source: 'gz', target: 'st', mode: 'resource-factor', weight: 1, startYear: 2018, directed: true },
];
const net = zoneNetwork(nodes, linkages);

describe('siphonEffect', () => {
  it('hand example: the hub gains share, grows faster and the group diverges → siphon', () => {
    const r = siphonEffect(net, ['gz', 'sz', 'st'], { indicator: 'gdp', from: 2015, to: 2020 });
    // 2015 projection: only gz–sz (3): within strengths gz = sz = 3 → hub by id: gz
    expect(r.hub).toBe('gz');
    // shares 100/200 → 150/250
    expect(r.hubShareFrom).toBeCloseTo(0.5, 12);
    expect(r.hubShareTo).toBeCloseTo(0.6, 12);
    expect(r.hubShareChange).toBeCloseTo(0.1, 12);
    // growth gz 0.5, sz 0.1, st −0.1 → differential 0.5 − 0
    expect(r.growth.gz).toBeCloseTo(0.5, 12);
    expect(r.growthDifferential).toBeCloseTo(0.5, 12);
    // Gini [100, 50, 50] = 200/(2·9·200/3) = 1/6; [150, 55, 45] = 420/(2·9·250/3) = 0.28
    expect(r.giniFrom).toBeCloseTo(1 / 6, 12);
    expect(r.giniTo).toBeCloseTo(0.28, 12);
    expect(r.giniChange).toBeCloseTo(0.28 - 1 / 6, 12);
    // directed linkages at 2020: sz → gz 2 (in), gz → st 1 (out)
    expect(r.inflow).toBe(2);
    expect(r.outflow).toBe(1);
    expect(r.netInflowRatio).toBeCloseTo(1 / 3, 12);
    // shift index: 100·(0.6/0.5) − 100 = 20; sz 100·(0.22/0.25) − 100 = −12; st −28
    expect(r.hubShiftIndex).toBeCloseTo(20, 10);
    expect(r.shiftIndex.sz).toBeCloseTo(-12, 10);
    expect(r.shiftIndex.st).toBeCloseTo(-28, 10);
    // SSH 2015: 3/3; 2020: gz–sz 3 + 2, gz–st 2 + 1 → 8 over spokes' strengths (5 + 1) + (1 + 3) = 10
    expect(r.spokeShareFrom).toBe(1);
    expect(r.spokeShareTo).toBeCloseTo(0.8, 12);
    expect(r.spokeShareChange).toBeCloseTo(-0.2, 12);
    expect(r.verdict).toBe('siphon');
  });

  it('spread when all three fall, mixed otherwise; an explicit hub', () => {
    const spread = zoneNetwork(
      [zone('h', '440100', ind(100, 100)), zone('a', '440300', ind(10, 30)), zone('b', '440500', ind(10, 30))],
      [{ id: 'l', source: 'h', target: 'a', mode: 'resource-factor' }, { id: 'm', source: 'h', target: 'b', mode: 'resource-factor' }],
    );
    const r = siphonEffect(spread, ['h', 'a', 'b'], { indicator: 'gdp', from: 2015, to: 2020 });
    expect(r.hub).toBe('h');
    expect(r.hubShareChange).toBeLessThan(0);
    expect(r.verdict).toBe('spread');
    expect(Number.isNaN(r.netInflowRatio)).toBe(true);
    const mixed = siphonEffect(net, ['gz', 'sz', 'st'], { indicator: 'gdp', from: 2015, to: 2020, hub: 'sz' });
    expect(mixed.hub).toBe('sz');
    expect(mixed.verdict).toBe('mixed');
  });

  it('bad input: missing and zero indicator values listed, unknown members, years, hub', () => {
    const gaps = zoneNetwork(
      [zone('a', '440100', { indicators: { '2015': { gdp: 0 }, '2020': { gdp: 1 } } }), zone('b', '440300', { indicators: { '2020': { gdp: NaN } } })],
      [{ id: 'l', source: 'a', target: 'b', mode: 'resource-factor' }],
    );
    try {
      siphonEffect(gaps, ['a', 'b'], { indicator: 'gdp', from: 2015, to: 2020 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/^siphonEffect/);
      expect((e as ZonelinkError).issues.map((i) => [i.code, i.id])).toEqual([['zero-base', 'a'], ['missing-indicator', 'b'], ['missing-indicator', 'b']]);
    }
    expect(() => siphonEffect(net, ['gz', 'nope', 'gz'], { indicator: 'gdp', from: 2015, to: 2020 })).toThrow(/^siphonEffect: invalid group/);
    expect(() => siphonEffect(net, ['gz'], { indicator: 'gdp', from: 2015, to: 2020 })).toThrow(/^siphonEffect: a group needs/);
    expect(() => siphonEffect(net, ['gz', 'sz'], { indicator: 'gdp', from: 2020, to: 2015 })).toThrow(/^siphonEffect: to/);
    expect(() => siphonEffect(net, ['gz', 'sz'], { indicator: 'gdp', from: 2015, to: 2020, hub: 'st' })).toThrow(/^siphonEffect: hub st/);
    expect(() => siphonEffect(net, ['gz', 'far'], { indicator: 'gdp', from: 2015, to: 2020 })).toThrow(/^siphonEffect: the group has no internal linkage/);
    expect(siphonEffect(net, ['gz', 'far'], { indicator: 'gdp', from: 2015, to: 2020, hub: 'gz' }).hub).toBe('gz');
    expect(() => siphonEffect(net, ['gz', 'sz'], { indicator: '', from: 2015, to: 2020 })).toThrow(/^siphonEffect: option indicator/);
  });
});
