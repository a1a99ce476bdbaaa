import { describe, expect, it } from 'vitest';
import { fitEquirectangular } from '../../../../src/report/render/svg/equirectangular-projection.js';

const box = { left: 10, top: 20, width: 600, height: 400 };

describe('fitEquirectangular', () => {
  it('puts Beijing (116.4, 39.9) above and to the right of Chengdu (104.07, 30.67)', () => {
    const { project } = fitEquirectangular({ minLon: 104.07, maxLon: 116.4, minLat: 30.67, maxLat: 39.9 }, box);
    const [bx, by] = project(116.4, 39.9);
    const [cx, cy] = project(104.07, 30.67);
    expect(bx).toBeGreaterThan(cx);
    expect(by).toBeLessThan(cy); // SVG y grows downwards
  });

  it('scales longitudes by cos of the middle latitude (hand calculation)', () => {
    // Extent 100–120°E, 30–40°N: φ₀ = 35°, cos 35° = 0.8191520442889918.
    const p = fitEquirectangular({ minLon: 100, maxLon: 120, minLat: 30, maxLat: 40 }, box, 0);
    expect(p.aspect).toBeCloseTo(0.8191520442889918, 12);
    // Projected width 20 · 0.81915 = 16.383 units, height 10: scale = min(600/16.383, 400/10) = 36.623…
    expect(p.scale).toBeCloseTo(600 / (20 * 0.8191520442889918), 9);
    const [x0, y0] = p.project(100, 40);
    const [x1, y1] = p.project(120, 30);
    expect(x0).toBeCloseTo(10, 9); // fills the width exactly
    expect(x1).toBeCloseTo(610, 9);
    // Height used: 10 · scale = 273.09…, centred vertically in 400 px.
    const used = 10 * p.scale;
    expect(y0).toBeCloseTo(20 + (400 - used) / 2, 9);
    expect(y1).toBeCloseTo(20 + (400 + used) / 2, 9);
    // One degree of longitude is cos φ₀ times one degree of latitude on screen.
    const [ax, ay] = p.project(110, 35);
    const [bx] = p.project(111, 35);
    const [, cy] = p.project(110, 36);
    expect((bx - ax) / (ay - cy)).toBeCloseTo(0.8191520442889918, 12);
  });

  it('centres a single point in the box', () => {
    const p = fitEquirectangular({ minLon: 116.4, maxLon: 116.4, minLat: 39.9, maxLat: 39.9 }, box);
    const [x, y] = p.project(116.4, 39.9);
    expect(x).toBeCloseTo(310, 9);
    expect(y).toBeCloseTo(220, 9);
  });
});

describe('fitEquirectangular on degenerate extents', () => {
  it('draws points a denormal apart (5e-324°) at finite positions, in the box', () => {
    const box = { left: 0, top: 0, width: 800, height: 560 };
    const p = fitEquirectangular({ minLon: 0, maxLon: 5e-324, minLat: -5e-324, maxLat: 0 }, box);
    for (const [x, y] of [p.project(0, 0), p.project(5e-324, -5e-324)]) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(800);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(560);
    }
  });
});
