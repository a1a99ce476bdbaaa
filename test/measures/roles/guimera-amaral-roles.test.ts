import { describe, it, expect } from 'vitest';
import { guimeraAmaralRoles, guimeraAmaralRoleNames } from '../../../src/measures/roles/guimera-amaral-roles.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { graphFromEdges } from '../../fixtures/community/fixture-graph.js';

// Modules A = {a, b, c, d}, B = {e, f, g}; ties a–b, a–c, a–d, b–c, d–e, e–f, e–g, f–g.
const twoModules = () =>
  graphFromEdges([['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c'], ['d', 'e'], ['e', 'f'], ['e', 'g'], ['f', 'g']]);
const modules = { a: 'A', b: 'A', c: 'A', d: 'A', e: 'B', f: 'B', g: 'B' };

describe('guimeraAmaralRoles', () => {
  it('hand calculation on two small modules (population SD)', () => {
    // A: κ = a 3, b 2, c 2, d 1; mean 2; σ = √((1 + 0 + 0 + 1)/4) = √0.5 → z_a = √2, z_d = −√2
    // B: κ = 2, 2, 2 → σ = 0 → z = 0
    // P: d = 1 − (1/2)² − (1/2)² = 1/2; e = 1 − (1/3)² − (2/3)² = 4/9; the others 0
    const r = guimeraAmaralRoles(twoModules(), modules);
    expect(r.a.z).toBeCloseTo(Math.SQRT2, 12);
    expect(r.b.z).toBeCloseTo(0, 12);
    expect(r.d.z).toBeCloseTo(-Math.SQRT2, 12);
    expect(r.e.z).toBe(0);
    expect(r.d.participation).toBeCloseTo(0.5, 12);
    expect(r.e.participation).toBeCloseTo(4 / 9, 12);
    expect(r.a.participation).toBe(0);
    expect(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.role]))).toEqual({
      a: 'R1', b: 'R1', c: 'R1', d: 'R2', e: 'R2', f: 'R1', g: 'R1',
    });
  });

  it('ddof = 1 uses the sample SD: z_a = 1/√(2/3)', () => {
    const r = guimeraAmaralRoles(twoModules(), modules, { ddof: 1 });
    expect(r.a.z).toBeCloseTo(1 / Math.sqrt(2 / 3), 12);
  });

  it('hubs: a 10-spoke star module has z_hub = √10 by hand; P decides R5 / R6 (weighted)', () => {
    const edges: [string, string, number][] = [];
    const partition: Record<string, string> = { h: 'S', x: 'T', y: 'T', z: 'T' };
    for (let i = 0; i < 10; i++) {
      edges.push(['h', `l${i}`, 1]);
      partition[`l${i}`] = 'S';
    }
    edges.push(['x', 'y', 1], ['y', 'z', 1], ['x', 'z', 1], ['h', 'x', 5], ['h', 'y', 5]);
    const g = graphFromEdges(edges);
    // mean κ = 20/11, deviations 90/11 and −9/11: σ = √810/11, z = 90/√810 = √10
    const unweighted = guimeraAmaralRoles(g, partition, { weight: null });
    expect(unweighted.h.z).toBeCloseTo(Math.sqrt(10), 12);
    // degrees: 10 inside S, 2 to T → P = 1 − (100 + 4)/144 = 40/144 ≤ 0.30 → provincial hub
    expect(unweighted.h.participation).toBeCloseTo(40 / 144, 12);
    expect(unweighted.h.role).toBe('R5');
    // strengths: 10 inside, 10 to T → P = 1/2 → connector hub
    const weighted = guimeraAmaralRoles(g, partition);
    expect(weighted.h.z).toBeCloseTo(Math.sqrt(10), 12);
    expect(weighted.h.participation).toBeCloseTo(0.5, 12);
    expect(weighted.h.role).toBe('R6');
    expect(guimeraAmaralRoleNames[weighted.h.role]).toBe('connector hub');
  });

  it('thresholds: R3 and R4 non-hubs, R7 kinless hub', () => {
    // n ties one to each of 5 modules: P = 1 − 5·(1/5)² = 0.8 → R3; with 6 modules P = 5/6 → R4
    const g = graphFromEdges([['n', 'a'], ['n', 'b'], ['n', 'c'], ['n', 'd'], ['n', 'e'], ['m', 'a'], ['m', 'b'], ['m', 'c'], ['m', 'd'], ['m', 'e'], ['m', 'f']]);
    const r = guimeraAmaralRoles(g, { n: 0, a: 0, m: 6, b: 1, c: 2, d: 3, e: 4, f: 5 });
    expect(r.n.participation).toBeCloseTo(0.8, 12);
    expect(r.n.role).toBe('R3');
    expect(r.m.participation).toBeCloseTo(5 / 6, 12);
    expect(r.m.role).toBe('R4');
  });

  it('isolates: P = 0, z from their module; directed ties count as a_ij + a_ji; self-loops ignored', () => {
    const g = graphFromEdges([['a', 'b'], ['b', 'a'], ['a', 'c'], ['c', 'c']], { directed: true, nodes: ['z'] });
    const r = guimeraAmaralRoles(g, { a: 0, b: 0, c: 1, z: 1 });
    // a: to module 0 weight 2 (a→b, b→a), to module 1 weight 1 → P = 1 − (4 + 1)/9 = 4/9
    expect(r.a.participation).toBeCloseTo(4 / 9, 12);
    expect(r.z.participation).toBe(0);
    expect(r.z.role).toBe('R1');
    expect(r.c.participation).toBe(0); // c's only contact is a (module 0): P = 1 − 1 = 0
  });

  it('rejects bad partitions and ddof', () => {
    expect(() => guimeraAmaralRoles(twoModules(), { a: 0 })).toThrow(/^guimeraAmaralRoles: invalid partition/);
    expect(() => guimeraAmaralRoles(twoModules(), modules, { ddof: 2 })).toThrow(ZonelinkError);
  });
});

describe('guimeraAmaralRoles: declared options (docs/options.md)', () => {
  it('ddof is 0 or 1; unknown options are errors naming the function', () => {
    expect(() => guimeraAmaralRoles(twoModules(), modules, { ddof: 0.5 })).toThrow(/^guimeraAmaralRoles: option ddof must be an integer in \[0, 1\], got 0.5/);
    expect(() => guimeraAmaralRoles(twoModules(), modules, { dof: 1 } as never)).toThrow(/^guimeraAmaralRoles: unknown option dof \(did you mean ddof\?\)/);
  });
});
