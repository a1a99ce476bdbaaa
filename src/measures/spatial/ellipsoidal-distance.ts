import type { LonLat } from '../../models/great-circle-distance.js';

const WGS84_A_KM = 6378.137;
const WGS84_F = 1 / 298.257223563;

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
 * ≈ 0.5 % for the haversine on a sphere. Points must already be validated.
 *
 * Reference: Lambert, W. D. (1942), The distance between two widely separated points
 * on the surface of the earth, Journal of the Washington Academy of Sciences 32(5),
 * 125–130; Bivand, R. S. et al., R package spdep, `src/dnn.c`.
 *
 * @example
 * ellipsoidalDistanceKm({ lon: 116.4074, lat: 39.9042 }, { lon: 121.4737, lat: 31.2304 }); // 1065.8514404103719 (Beijing–Shanghai; R sp::spDists(longlat = TRUE) gives the same)
 */
export function ellipsoidalDistanceKm(a: LonLat, b: LonLat): number {
  if (Math.abs(a.lat - b.lat) < Number.EPSILON && Math.abs((a.lon - b.lon) % 360) < Number.EPSILON) return 0;
  const toRad = Math.PI / 180;
  const lat1 = a.lat * toRad;
  const lat2 = b.lat * toRad;
  const F = (lat1 + lat2) / 2;
  const G = (lat1 - lat2) / 2;
  const L = (a.lon * toRad - b.lon * toRad) / 2;
  const sinG2 = Math.sin(G) ** 2;
  const cosG2 = Math.cos(G) ** 2;
  const sinF2 = Math.sin(F) ** 2;
  const cosF2 = Math.cos(F) ** 2;
  const sinL2 = Math.sin(L) ** 2;
  const cosL2 = Math.cos(L) ** 2;
  const S = sinG2 * cosL2 + cosF2 * sinL2;
  const C = cosG2 * cosL2 + sinF2 * sinL2;
  const w = Math.atan(Math.sqrt(S / C));
  const R = Math.sqrt(S * C) / w;
  const D = 2 * w * WGS84_A_KM;
  const H1 = (3 * R - 1) / (2 * C);
  const H2 = (3 * R + 1) / (2 * S);
  return D * (1 + WGS84_F * H1 * sinF2 * cosG2 - WGS84_F * H2 * cosF2 * sinG2);
}
