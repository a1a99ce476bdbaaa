import { describe, it, expect } from 'vitest';
import { greatCircleDistance, EARTH_RADIUS_KM } from '../../src/geometry/index.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import reference from '../fixtures/models/reference.json';

describe('greatCircleDistance', () => {
  it('matches the haversine distances of the fixture (Python math)', () => {
    const { cities, distanceKm } = reference;
    for (let i = 0; i < cities.length; i++) {
      for (let j = 0; j < cities.length; j++) {
        const d = greatCircleDistance(cities[i], cities[j]);
        expect(d).toBeCloseTo(distanceKm[i][j], 8);
      }
    }
  });

  it('is a quarter circumference from the equator to the pole, and half around the equator', () => {
    // hand: πR/2 and πR
    expect(greatCircleDistance({ lon: 0, lat: 0 }, { lon: 0, lat: 90 })).toBeCloseTo((Math.PI * EARTH_RADIUS_KM) / 2, 9);
    expect(greatCircleDistance({ lon: 0, lat: 0 }, { lon: 180, lat: 0 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 9);
    // one degree of longitude on the equator: R·π/180 = 111.19508… km
    expect(greatCircleDistance({ lon: 0, lat: 0 }, { lon: 1, lat: 0 })).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 180, 10);
  });

  it('is 0 for the same point and symmetric', () => {
    const a = { lon: 113.2644, lat: 23.1291 };
    const b = { lon: 114.3055, lat: 30.5928 };
    expect(greatCircleDistance(a, a)).toBe(0);
    expect(greatCircleDistance(a, b)).toBe(greatCircleDistance(b, a));
  });

  it('rejects NaN and out-of-range coordinates of both points in one error', () => {
    try {
      greatCircleDistance({ lon: NaN, lat: 0 }, { lon: 0, lat: 91 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      const err = e as ZonelinkError;
      expect(err.message).toMatch(/^greatCircleDistance/);
      expect(err.issues.map((i) => i.field)).toEqual(['a.lon', 'b.lat']);
    }
  });
});
