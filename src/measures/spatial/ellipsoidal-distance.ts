import { ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';
import type { LonLat } from '../../geometry/great-circle-distance.js';
import { ellipsoidKm } from './ellipsoid-km.js';

/** Adds an issue for each of `p`'s coordinates that is not a WGS84 degree value. */
function pointIssues(name: string, p: unknown, issues: ZonelinkIssue[]): void {
  if (p === null || typeof p !== 'object') {
    issues.push({ code: 'invalid-coordinates', message: `ellipsoidalDistanceKm: ${name} must be { lon, lat }, got ${typeof p === 'symbol' ? 'a symbol' : String(p)}`, field: name });
    return;
  }
  const { lon, lat } = p as Record<string, unknown>;
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    issues.push({ code: 'invalid-coordinates', message: `ellipsoidalDistanceKm: ${name}.lon is ${typeof lon === 'symbol' ? 'a symbol' : String(lon)}; expected a finite number in [−180, 180]`, field: `${name}.lon`, value: lon });
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    issues.push({ code: 'invalid-coordinates', message: `ellipsoidalDistanceKm: ${name}.lat is ${typeof lat === 'symbol' ? 'a symbol' : String(lat)}; expected a finite number in [−90, 90]`, field: `${name}.lat`, value: lat });
  }
}

/**
 * Distance in km between two WGS84 points by the Andoyer–Lambert first-order
 * ellipsoidal correction of the great-circle distance: the formula R spdep uses for
 * `knearneigh`, `dnearneigh` and `nbdists` with `longlat = TRUE` (its C function
 * `gcdist`, equatorial radius a = 6378.137 km, flattening f = 1/298.257223563).
 *
 * With F = (φ₁+φ₂)/2, G = (φ₁−φ₂)/2, L = (λ₁−λ₂)/2,
 * S = sin²G cos²L + cos²F sin²L, C = cos²G cos²L + sin²F sin²L, ω = atan √(S/C),
 * R = √(SC)/ω, H₁ = (3R − 1)/(2C), H₂ = (3R + 1)/(2S):
 *
 *   d = 2ωa · (1 + f H₁ sin²F cos²G − f H₂ cos²F sin²G).
 *
 * Coincident points → 0. Within about 0.1 % of the geodesic over China, against
 * ≈ 0.5 % for the haversine on a sphere.
 *
 * Reference: Lambert, W. D. (1942), The distance between two widely separated points
 * on the surface of the earth, Journal of the Washington Academy of Sciences 32(5),
 * 125–130; Bivand, R. S. et al., R package spdep, `src/dnn.c`.
 *
 * @throws ZonelinkError `invalid-argument` (issues `invalid-coordinates`) when a point is not
 * `{ lon ∈ [−180, 180], lat ∈ [−90, 90] }`.
 * @example
 * ellipsoidalDistanceKm({ lon: 116.4074, lat: 39.9042 }, { lon: 121.4737, lat: 31.2304 }); // 1065.8514404103719 (Beijing–Shanghai; R sp::spDists(longlat = TRUE) gives the same)
 */
export function ellipsoidalDistanceKm(a: LonLat, b: LonLat): number {
  const issues: ZonelinkIssue[] = [];
  pointIssues('a', a, issues);
  pointIssues('b', b, issues);
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', 'ellipsoidalDistanceKm: invalid coordinates', issues);
  return ellipsoidKm(a, b);
}
