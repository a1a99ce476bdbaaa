import { ZonelinkError, type ZonelinkIssue } from '../error/zonelink-error.js';

/** Mean Earth radius in km (IUGG R1 = 6371.0088 km). */
export const EARTH_RADIUS_KM = 6371.0088;

/** A point in WGS84 degrees. */
export interface LonLat {
  lon: number;
  lat: number;
}

function checkPoint(name: string, p: LonLat | null | undefined, issues: ZonelinkIssue[]): void {
  if (p === null || typeof p !== 'object') {
    issues.push({ code: 'invalid-coordinates', message: `greatCircleDistance: ${name} must be { lon, lat }, got ${String(p)}`, field: name });
    return;
  }
  if (typeof p.lon !== 'number' || !Number.isFinite(p.lon) || p.lon < -180 || p.lon > 180) {
    issues.push({ code: 'invalid-coordinates', message: `greatCircleDistance: ${name}.lon is ${String(p.lon)}; expected a finite number in [−180, 180]`, field: `${name}.lon`, value: p.lon });
  }
  if (typeof p.lat !== 'number' || !Number.isFinite(p.lat) || p.lat < -90 || p.lat > 90) {
    issues.push({ code: 'invalid-coordinates', message: `greatCircleDistance: ${name}.lat is ${String(p.lat)}; expected a finite number in [−90, 90]`, field: `${name}.lat`, value: p.lat });
  }
}

/**
 * Great-circle distance in kilometres between two WGS84 points by the haversine
 * formula on a sphere of radius R = 6371.0088 km (the IUGG mean radius):
 *
 *   d = 2R · asin(√(sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2))).
 *
 * The sphere differs from the WGS84 ellipsoid by up to about 0.5 %.
 *
 * @throws ZonelinkError naming `greatCircleDistance` for missing or out-of-range
 *   coordinates (both points checked in one pass).
 *
 * Reference: Sinnott, R. W. (1984), Virtues of the haversine, Sky and Telescope 68(2), 159;
 * Moritz, H. (2000), Geodetic Reference System 1980, Journal of Geodesy 74, 128–133.
 *
 * @example
 * greatCircleDistance({ lon: 116.4074, lat: 39.9042 }, { lon: 121.4737, lat: 31.2304 }); // ≈ 1067.3 (Beijing–Shanghai)
 */
export function greatCircleDistance(a: LonLat, b: LonLat): number {
  const issues: ZonelinkIssue[] = [];
  checkPoint('a', a, issues);
  checkPoint('b', b, issues);
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', 'greatCircleDistance: invalid coordinates', issues);
  return haversineKm(a, b);
}

/** Haversine distance of already validated points (internal). */
export function haversineKm(a: LonLat, b: LonLat): number {
  const toRad = Math.PI / 180;
  const phi1 = a.lat * toRad;
  const phi2 = b.lat * toRad;
  const dPhi = phi2 - phi1;
  const dLambda = (b.lon - a.lon) * toRad;
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
