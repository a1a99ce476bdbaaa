import { describe, it, expect } from 'vitest';
import { segmentation } from '../../../src/measures/segmentation/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { zoneNetwork, zone } from '../../fixtures/hubs/zone-network-fixture.js';
import reference from '../../fixtures/hubs/reference.json';

const nodes = [
  zone('gz', '440100', { cluster: 'south' }),
  zone('sz', '440300', { cluster: 'south' }),
  zone('st', '440500', { cluster: 'south' }),
  zone('wh', '420100', { cluster: 'middle' }),
  zone('xy', '420600', { cluster: 'middle' }),
];
const linkages = [
  { id: 'a', source: 'gz', target: 'sz', mode: 'resource-factor', weight: 2 },
  { id: 'b', source: 'gz', target: 'st', mode: 'resource-factor', weight: 1 },
  { id: 'c', source: 'sz', target: 'st', mode: 'industrial-chain', weight: 1 },
  { id: 'd', source: 'wh', target: 'xy', mode: 'resource-factor', weight: 3 },
  { id: 'e', source: 'gz', target: 'wh', mode: 'cross-regional', weight: 1, enclave: true },
  { id: 'f', source: 'sz', target: 'xy', mode: 'resource-factor', weight: 1, arrangement: 'enclave' },
];
const net = zoneNetwork(nodes, linkages);

describe('segmentation', () => {
  it('by province (hand-computed): crossing shares, E–I indices, communities against provinces, enclaves', () => {
    const r = segmentation(net, { seed: 1 });
    expect(r.units).toEqual({ gz: 'guangdong', sz: 'guangdong', st: 'guangdong', wh: 'hubei', xy: 'hubei' });
    // 6 linkages, 2 cross (e, f); weights 9, crossing 2
    expect(r.linkageCount).toBe(6);
    expect(r.crossingCount).toBe(2);
    expect(r.crossingShare).toBeCloseTo(1 / 3, 12);
    expect(r.crossingWeightShare).toBeCloseTo(2 / 9, 12);
    // E–I: (2 − 4)/6 by count, (2 − 7)/9 by weight
    expect(r.eiIndex).toBeCloseTo(-1 / 3, 12);
    expect(r.eiIndexWeighted).toBeCloseTo(-5 / 9, 12);
    // Guangdong: I = 3 (weight 4), E = 2 (2); Hubei: I = 1 (3), E = 2 (2)
    expect(r.perUnit).toEqual([
      { unit: 'guangdong', nodes: 3, internal: 3, external: 2, internalWeight: 4, externalWeight: 2, eiIndex: -0.2, eiIndexWeighted: expect.closeTo(-1 / 3, 12) },
      { unit: 'hubei', nodes: 2, internal: 1, external: 2, internalWeight: 3, externalWeight: 2, eiIndex: expect.closeTo(1 / 3, 12), eiIndexWeighted: expect.closeTo(-0.2, 12) },
    ]);
    // the province split has Q = 4/9 − (10/18)² + 3/9 − (8/18)² = 22/81 and is the best of all 52
    // partitions (exhaustive search with networkx, fixtures/hubs/reference.json); Leiden finds it,
    // so the communities equal the provinces and NMI = ARI = 1 (identical partitions)
    expect(reference.segmentation.best).toEqual([['gz', 'st', 'sz'], ['wh', 'xy']]);
    expect(reference.segmentation.modularity).toBeCloseTo(22 / 81, 12);
    expect(r.communities).not.toBeNull();
    expect(r.communities!.count).toBe(2);
    expect(r.communities!.modularity).toBeCloseTo(reference.segmentation.modularity, 12);
    const communityOf = r.communities!.partition;
    expect(communityOf.gz).toBe(communityOf.sz);
    expect(communityOf.gz).toBe(communityOf.st);
    expect(communityOf.wh).toBe(communityOf.xy);
    expect(communityOf.gz).not.toBe(communityOf.wh);
    expect(r.communities!.nmi).toBeCloseTo(1, 12);
    expect(r.communities!.adjustedRandIndex).toBeCloseTo(1, 12);
    expect(r.enclaveLinkages).toEqual([
      { id: 'e', source: 'gz', target: 'wh', mode: 'cross-regional', weight: 1, sourceUnit: 'guangdong', targetUnit: 'hubei', crossing: true },
      { id: 'f', source: 'sz', target: 'xy', mode: 'resource-factor', weight: 1, sourceUnit: 'guangdong', targetUnit: 'hubei', crossing: true },
    ]);
    expect(segmentation(net, { seed: 1 })).toEqual(r);
  });

  it('by macro-region and by a node attribute', () => {
    const region = segmentation(net, { by: 'region' });
    expect(new Set(Object.values(region.units))).toEqual(new Set(['east', 'central']));
    expect(region.crossingCount).toBe(2);
    const cluster = segmentation(net, { by: 'cluster' });
    expect(cluster.units.wh).toBe('middle');
    expect(cluster.crossingCount).toBe(2);
  });

  it('self-loops are left out of the counts', () => {
    const looped = zoneNetwork(nodes, [...linkages, { id: 'loop', source: 'wh', target: 'wh', mode: 'resource-factor', weight: 9 }]);
    const r = segmentation(looped, { seed: 1 });
    expect(r.linkageCount).toBe(6);
    expect(r.eiIndex).toBeCloseTo(-1 / 3, 12);
  });

  it('a year, and a network without linkages', () => {
    const later = zoneNetwork(nodes, [...linkages.slice(0, 4), { ...linkages[4], startYear: 2021 }]);
    expect(segmentation(later, { year: 2020 }).crossingCount).toBe(0);
    const bare = segmentation(zoneNetwork(nodes, []));
    expect(bare.linkageCount).toBe(0);
    expect(Number.isNaN(bare.crossingShare)).toBe(true);
    expect(Number.isNaN(bare.eiIndex)).toBe(true);
    expect(bare.communities).toBeNull();
  });

  it('bad input: every node without a unit listed', () => {
    const hk = zoneNetwork([...nodes, zone('hk1', '810000'), zone('hk2', '810000')], linkages);
    try {
      segmentation(hk, { by: 'region' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/^segmentation/);
      expect((e as ZonelinkError).issues.map((i) => i.id)).toEqual(['hk1', 'hk2']);
    }
    expect(() => segmentation(net, { by: 'nothing' })).toThrow(/^segmentation: nodes without a nothing/);
    expect(() => segmentation(net, { by: '' })).toThrow(/^segmentation: option by/);
  });
});
