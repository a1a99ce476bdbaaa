/** A longitude/latitude box in degrees. */
export interface GeoExtent {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

/** A projection fitted to a pixel box. */
export interface FittedProjection {
  /** Projects (lon, lat) in degrees to (x, y) in px; north is up. */
  project(lon: number, lat: number): [number, number];
  /** Pixels per projected degree of latitude. */
  scale: number;
  /** The aspect factor cos(φ₀) applied to longitudes. */
  aspect: number;
}

/**
 * Fits an equirectangular (plate carrée) projection with aspect correction to a pixel box:
 * x = λ·cos φ₀, y = −φ, where φ₀ is the middle latitude of the extent ((min+max)/2), so
 * distances are true along that parallel; then a uniform scale and offset place the padded
 * extent in the centre of the box. A zero-size extent (one point) is widened to ±1°;
 * `padding` (default 0.05) adds that fraction of the span on every side.
 */
export function fitEquirectangular(
  extent: GeoExtent,
  box: { left: number; top: number; width: number; height: number },
  padding = 0.05,
): FittedProjection {
  let { minLon, maxLon, minLat, maxLat } = extent;
  // An extent narrower than a micro-degree (one point, or points a denormal apart) is
  // drawn as a 2° window around it: dividing by it would overflow the scale to Infinity.
  if (!(maxLon - minLon > 1e-6)) {
    const mid = (minLon + maxLon) / 2;
    minLon = mid - 1;
    maxLon = mid + 1;
  }
  if (!(maxLat - minLat > 1e-6)) {
    const mid = (minLat + maxLat) / 2;
    minLat = mid - 1;
    maxLat = mid + 1;
  }
  const midLat = (minLat + maxLat) / 2;
  const aspect = Math.max(0.05, Math.cos((midLat * Math.PI) / 180));
  const padLon = (maxLon - minLon) * padding;
  const padLat = (maxLat - minLat) * padding;
  const x0 = (minLon - padLon) * aspect;
  const x1 = (maxLon + padLon) * aspect;
  const y0 = -(maxLat + padLat);
  const y1 = -(minLat - padLat);
  const scale = Math.min(box.width / (x1 - x0), box.height / (y1 - y0));
  const offsetX = box.left + (box.width - (x1 - x0) * scale) / 2;
  const offsetY = box.top + (box.height - (y1 - y0) * scale) / 2;
  return {
    project: (lon, lat) => [offsetX + (lon * aspect - x0) * scale, offsetY + (-lat - y0) * scale],
    scale,
    aspect,
  };
}
