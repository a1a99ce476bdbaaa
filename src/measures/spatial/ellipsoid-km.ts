import type { LonLat } from '../../geometry/great-circle-distance.js';

const WGS84_A_KM = 6378.137;
const WGS84_F = 1 / 298.257223563;

/**
 * The distance of {@link ellipsoidalDistanceKm} for points already validated
 * (internal: spatialWeights calls it for every pair, after checking each point once).
 */
export function ellipsoidKm(a: LonLat, b: LonLat): number {
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
