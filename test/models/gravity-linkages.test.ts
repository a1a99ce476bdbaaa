import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { gravityLinkages } from '../../src/models/index.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { LinkageSchema } from '../../src/schema/linkage.js';
import reference from '../fixtures/models/reference.json';

const nodes = reference.cities.map((c) => ({ id: c.id, coordinates: { lon: c.lon, lat: c.lat }, indicators: { '2020': { population: c.population, gdp: c.gdp } } }));
const ids = nodes.map((n) => n.id);
const population = { indicator: 'population', indicatorYear: 2020 } as const;
const gdp = { indicator: 'gdp', indicatorYear: 2020 } as const;

function close(a: number, b: number) {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
}

describe('gravityLinkages', () => {
  it('reproduces the modified symmetric gravity model R = √(PG)√(PG)/D² (numpy fixture)', () => {
    const r = gravityLinkages(nodes, { mass: [population, gdp], mode: 'resource-factor' });
    for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) if (i !== j) close(r.strength[ids[i]][ids[j]], reference.gravitySymmetric[i][j]);
    expect(r.linkages).toHaveLength(15);
    for (const l of r.linkages) {
      expect(l.directed).toBe(false);
      expect(l.citation).toBe('model:gravity');
      expect(l.mode).toBe('resource-factor');
      close(l.weight, reference.gravitySymmetric[ids.indexOf(l.source)][ids.indexOf(l.target)]);
      expect(LinkageSchema.parse(l)).toEqual(l);
    }
    for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) if (i !== j) close(r.membership[ids[i]][ids[j]], reference.membership[i][j]);
  });

  it('directed: k_ij = G_i/(G_i + G_j), one arc each way', () => {
    const r = gravityLinkages(nodes, { mass: [population, gdp], mode: '资源要素联动', directed: true });
    expect(r.linkages).toHaveLength(30);
    for (const l of r.linkages) {
      expect(l.directed).toBe(true);
      expect(l.mode).toBe('resource-factor');
      close(l.weight, reference.gravityDirected[ids.indexOf(l.source)][ids.indexOf(l.target)]);
    }
  });

  it('basic model with one mass, b = 1.5 and a distance matrix', () => {
    const r = gravityLinkages(nodes, { mass: gdp, b: 1.5, distance: reference.distanceKm, mode: 'industrial-chain' });
    for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) if (i !== j) close(r.strength[ids[i]][ids[j]], reference.gravityBasicGdpB15[i][j]);
  });

  it('hand example: masses 1, 2, 3 on a line at 0, 1, 3 (b = 2)', () => {
    // R_ab = 1·2/1 = 2, R_ac = 1·3/9 = 1/3, R_bc = 2·3/4 = 1.5
    const line = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const pos: Record<string, number> = { a: 0, b: 1, c: 3 };
    const r = gravityLinkages(line, { mass: { a: 1, b: 2, c: 3 }, distance: (x, y) => Math.abs(pos[x.id] - pos[y.id]), mode: 'cross-regional' });
    expect(r.strength.a.b).toBeCloseTo(2, 12);
    expect(r.strength.a.c).toBeCloseTo(1 / 3, 12);
    expect(r.strength.b.c).toBeCloseTo(1.5, 12);
    // F_a· = [2, 1/3] / (7/3) = [6/7, 1/7]
    expect(r.membership.a.b).toBeCloseTo(6 / 7, 12);
    expect(r.membership.a.c).toBeCloseTo(1 / 7, 12);
    // thresholds: mean of (2, 1/3, 1.5) = 23/18 → a–b and b–c
    const mean = gravityLinkages(line, { mass: { a: 1, b: 2, c: 3 }, distance: (x, y) => Math.abs(pos[x.id] - pos[y.id]), mode: 'cross-regional', threshold: 'mean' });
    expect(mean.linkages.map((l) => l.id)).toEqual(['gravity:a--b', 'gravity:b--c']);
    // top-1 per node: a → b (2), b → a (2), c → b (1.5) → a–b and b–c
    const top = gravityLinkages(line, { mass: { a: 1, b: 2, c: 3 }, distance: (x, y) => Math.abs(pos[x.id] - pos[y.id]), mode: 'cross-regional', threshold: { topK: 1 } });
    expect(top.linkages.map((l) => l.id)).toEqual(['gravity:a--b', 'gravity:b--c']);
    // quantile 0.75 of (1/3, 1.5, 2) (type 7) = 1.75 → a–b only
    const q = gravityLinkages(line, { mass: { a: 1, b: 2, c: 3 }, distance: (x, y) => Math.abs(pos[x.id] - pos[y.id]), mode: 'cross-regional', threshold: { quantile: 0.75 } });
    expect(q.linkages.map((l) => l.id)).toEqual(['gravity:a--b']);
  });

  it('co-located nodes need an intra-city distance rule', () => {
    const twins = [
      { id: 'x', coordinates: { lon: 113, lat: 23 } },
      { id: 'y', coordinates: { lon: 113, lat: 23 } },
      { id: 'z', coordinates: { lon: 114, lat: 23 } },
    ];
    expect(() => gravityLinkages(twins, { mass: { x: 1, y: 1, z: 1 }, mode: 'resource-factor' })).toThrow(/^gravityLinkages: .*distances/);
    try {
      gravityLinkages(twins, { mass: { x: 1, y: 1, z: 1 }, mode: 'resource-factor' });
    } catch (e) {
      expect((e as ZonelinkError).issues.map((i) => i.code)).toEqual(['zero-distance']);
    }
    const r = gravityLinkages(twins, { mass: { x: 1, y: 1, z: 1 }, mode: 'resource-factor', intraCityDistance: 10 });
    expect(r.strength.x.y).toBeCloseTo(1 / 100, 12);
  });

  it('lists every NaN mass in one error naming the function', () => {
    try {
      gravityLinkages(nodes, { mass: { [ids[0]]: NaN, [ids[1]]: 1, [ids[2]]: -1, [ids[3]]: 1, [ids[4]]: 1 }, mode: 'resource-factor' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      const err = e as ZonelinkError;
      expect(err.message).toMatch(/^gravityLinkages/);
      expect(err.issues.map((i) => i.index)).toEqual([0, 2, 5]);
    }
  });

  it('rejects an unknown mode, missing coordinates, duplicate ids and bad thresholds', () => {
    expect(() => gravityLinkages(nodes, { mass: gdp, mode: 'friendship' })).toThrow(/^gravityLinkages: unknown linkage mode/);
    expect(() => gravityLinkages([{ id: 'a' }, { id: 'b' }], { mass: { a: 1, b: 1 }, mode: 'resource-factor' })).toThrow(/^gravityLinkages: nodes without coordinates/);
    expect(() => gravityLinkages([{ id: 'a' }, { id: 'a' }], { mass: { a: 1 }, mode: 'resource-factor' })).toThrow(/^gravityLinkages: invalid nodes/);
    expect(() => gravityLinkages(nodes, { mass: gdp, mode: 'resource-factor', threshold: { topK: 0 } })).toThrow(/^gravityLinkages: threshold.topK/);
    expect(() => gravityLinkages(nodes, { mass: gdp, mode: 'resource-factor', threshold: { quantile: 2 } })).toThrow(/^gravityLinkages: threshold.quantile/);
    expect(() => gravityLinkages(nodes, { mass: gdp, mode: 'resource-factor', distance: [[0, 1]] })).toThrow(/^gravityLinkages: the distance matrix/);
    // the indicator year is `indicatorYear` (`year` means the snapshot year elsewhere): without it, an error, not a silent record
    expect(() => gravityLinkages(nodes, { mass: { indicator: 'gdp', year: 2020 } as never, mode: 'resource-factor' })).toThrow(/^gravityLinkages: mass.indicatorYear must be a year, got undefined/);
  });

  it('edge cases: no nodes, one node, zero masses', () => {
    expect(gravityLinkages([], { mass: {}, mode: 'resource-factor' }).linkages).toEqual([]);
    const one = gravityLinkages([nodes[0]], { mass: gdp, mode: 'resource-factor' });
    expect(one.linkages).toEqual([]);
    expect(one.membership[ids[0]]).toEqual({});
    const zero = gravityLinkages(nodes.slice(0, 2), { mass: { [ids[0]]: 0, [ids[1]]: 5 }, mode: 'resource-factor' });
    expect(zero.linkages).toEqual([]);
    expect(zero.membership[ids[0]][ids[1]]).toBe(0);
  });

  it('property: membership degrees of each node sum to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lon: fc.double({ min: 80, max: 130, noNaN: true }), lat: fc.double({ min: 20, max: 50, noNaN: true }), m: fc.double({ min: 0.1, max: 1e6, noNaN: true }) }), { minLength: 2, maxLength: 12 }),
        (points) => {
          const ns = points.map((p, i) => ({ id: `z${i}`, coordinates: { lon: p.lon, lat: p.lat } }));
          const mass = Object.fromEntries(points.map((p, i) => [`z${i}`, p.m]));
          const r = gravityLinkages(ns, { mass, mode: 'resource-factor', intraCityDistance: 1 });
          for (const row of Object.values(r.membership)) {
            const s = Object.values(row).reduce((a, b) => a + b, 0);
            expect(Math.abs(s - 1)).toBeLessThan(1e-12);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
