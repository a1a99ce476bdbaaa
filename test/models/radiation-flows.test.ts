import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { radiationFlows } from '../../src/models/index.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import reference from '../fixtures/models/reference.json';

const nodes = reference.cities.map((c) => ({ id: c.id, coordinates: { lon: c.lon, lat: c.lat } }));
const ids = nodes.map((n) => n.id);
const population = Object.fromEntries(reference.cities.map((c) => [c.id, c.population]));

describe('radiationFlows', () => {
  it('matches the pair-by-pair radiation model with finite-size normalisation (numpy fixture)', () => {
    const r = radiationFlows(nodes, { population, mode: 'resource-factor' });
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 6; j++) {
        if (i === j) continue;
        const expected = reference.radiation[i][j];
        expect(Math.abs(r.flows[ids[i]][ids[j]] - expected)).toBeLessThanOrEqual(1e-9 * expected);
      }
    }
    expect(r.linkages).toHaveLength(30);
    expect(r.linkages.every((l) => l.directed && l.citation === 'model:radiation')).toBe(true);
  });

  it('hand example: three nodes on a line', () => {
    // m = (1, 2, 3) at 0, 1, 3; M = 6. From a: b at 1 (s = 0), c at 3 (s = m_b = 2).
    // T_ab = 1·1·2/((1)(3)) / (1 − 1/6) = (2/3)(6/5) = 4/5; T_ac = 1·1·3/((3)(6)) · 6/5 = 1/5 → row sum 1 = T_a.
    const line = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const pos: Record<string, number> = { a: 0, b: 1, c: 3 };
    const r = radiationFlows(line, { population: { a: 1, b: 2, c: 3 }, distance: (x, y) => Math.abs(pos[x.id] - pos[y.id]), mode: 'resource-factor' });
    expect(r.flows.a.b).toBeCloseTo(4 / 5, 12);
    expect(r.flows.a.c).toBeCloseTo(1 / 5, 12);
    // from c: b at 2 (s = 0), a at 3 (s = 2): T_cb = 3·3·2/(3·5)/(1/2) = 12/5, T_ca = 3·3·1/(5·6)/(1/2) = 3/5 → 3
    expect(r.flows.c.b).toBeCloseTo(12 / 5, 12);
    expect(r.flows.c.a).toBeCloseTo(3 / 5, 12);
    // without the finite-size factor the rows sum to T_i (1 − m_i/M)
    const raw = radiationFlows(line, { population: { a: 1, b: 2, c: 3 }, distance: (x, y) => Math.abs(pos[x.id] - pos[y.id]), mode: 'resource-factor', finiteSize: false });
    expect(raw.flows.a.b + raw.flows.a.c).toBeCloseTo(5 / 6, 12);
  });

  it('ties in distance keep the rows exact; co-located nodes are allowed', () => {
    const square = [
      { id: 'o', coordinates: { lon: 0, lat: 0 } },
      { id: 'e', coordinates: { lon: 1, lat: 0 } },
      { id: 'w', coordinates: { lon: -1, lat: 0 } },
      { id: 'o2', coordinates: { lon: 0, lat: 0 } },
    ];
    const r = radiationFlows(square, { population: { o: 5, e: 3, w: 3, o2: 2 }, outflow: { o: 7, e: 1, w: 1, o2: 4 }, mode: 'resource-factor' });
    for (const [id, row] of Object.entries(r.flows)) {
      const s = Object.values(row).reduce((a, b) => a + b, 0);
      expect(s).toBeCloseTo(r.outflow[id], 12);
    }
  });

  it('property: every row sums to its outflow T_i', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double({ min: 0, max: 100, noNaN: true }), y: fc.double({ min: 0, max: 100, noNaN: true }), m: fc.double({ min: 0.01, max: 1e5, noNaN: true }), t: fc.double({ min: 0, max: 1e4, noNaN: true }) }), { minLength: 2, maxLength: 15 }),
        (pts) => {
          const ns = pts.map((_, i) => ({ id: `n${i}` }));
          const population = Object.fromEntries(pts.map((p, i) => [`n${i}`, p.m]));
          const outflow = Object.fromEntries(pts.map((p, i) => [`n${i}`, p.t]));
          const r = radiationFlows(ns, { population, outflow, distance: (a, b) => Math.hypot(pts[+a.id.slice(1)].x - pts[+b.id.slice(1)].x, pts[+a.id.slice(1)].y - pts[+b.id.slice(1)].y), mode: 'industrial-chain' });
          for (let i = 0; i < pts.length; i++) {
            const s = Object.values(r.flows[`n${i}`]).reduce((a, b) => a + b, 0);
            expect(Math.abs(s - pts[i].t)).toBeLessThanOrEqual(1e-9 * Math.max(1, pts[i].t));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('bad input: NaN populations listed, one node, all population in one node', () => {
    try {
      radiationFlows(nodes, { population: { ...population, [ids[1]]: NaN, [ids[4]]: Infinity }, mode: 'resource-factor' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).message).toMatch(/^radiationFlows/);
      expect((e as ZonelinkError).issues.map((i) => i.id)).toEqual([ids[1], ids[4]]);
    }
    expect(() => radiationFlows([nodes[0]], { population, mode: 'resource-factor' })).toThrow(/^radiationFlows: the radiation model needs at least two nodes/);
    expect(() => radiationFlows(nodes.slice(0, 2), { population: { [ids[0]]: 5, [ids[1]]: 0 }, mode: 'resource-factor' })).toThrow(/^radiationFlows: the finite-size normalisation/);
    expect(() => radiationFlows(nodes, { population, mode: undefined as unknown as string })).toThrow(/^radiationFlows: mode is required/);
  });

  it('an origin of population 0 sends nothing', () => {
    const r = radiationFlows(nodes.slice(0, 3), { population: { [ids[0]]: 0, [ids[1]]: 2, [ids[2]]: 3 }, mode: 'resource-factor' });
    expect(Object.values(r.flows[ids[0]])).toEqual([0, 0]);
    expect(r.linkages.some((l) => l.source === ids[0])).toBe(false);
  });
});
