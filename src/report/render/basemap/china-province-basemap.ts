import type { BasemapFeatureCollection } from '../svg/network-map.js';
import { CHINA_PROVINCES_ENCODED, CHINA_PROVINCES_STATS } from './china-provinces-data.js';

/**
 * Credit line of the bundled province outlines, printed under the map.
 *
 * @example
 * CHINA_PROVINCES_ATTRIBUTION.includes('Apache-2.0'); // true
 */
export const CHINA_PROVINCES_ATTRIBUTION = `底图 Basemap: province outlines of Apache ECharts 4.9.0 (map/json/china.json, Apache-2.0, © The Apache Software Foundation), simplified (Douglas–Peucker 0.04°, 0.01° grid: ${CHINA_PROVINCES_STATS.verticesIn} → ${CHINA_PROVINCES_STATS.verticesOut} vertices, ${Math.round(CHINA_PROVINCES_STATS.bytes / 1024)} KB)`;

/**
 * Extent of the South China Sea inset of maps of China (lon 105–125° E, lat 3–24.5° N).
 * The bundled outlines hold no polygons of the islands themselves: the inset shows the
 * southern coasts and the sea area, as its label says.
 *
 * @example
 * SOUTH_CHINA_SEA_INSET.minLat; // 3
 */
export const SOUTH_CHINA_SEA_INSET = { minLon: 105, maxLon: 125, minLat: 3, maxLat: 24.5, label: '南海诸岛 South China Sea' } as const;

let cached: BasemapFeatureCollection | undefined;

/**
 * The bundled basemap: China's 34 provincial units (with Hong Kong, Macao and Taiwan) as a
 * GeoJSON FeatureCollection of (Multi)Polygons in lon/lat degrees, decoded once from the
 * simplified, delta-encoded outlines shipped with zonelink. Properties: `id` (6-digit
 * code) and `name` (Chinese). Source and licence: {@link CHINA_PROVINCES_ATTRIBUTION}.
 *
 * @example
 * chinaProvinceBasemap().features.length; // 34
 */
export function chinaProvinceBasemap(): BasemapFeatureCollection {
  cached ??= {
    type: 'FeatureCollection',
    features: CHINA_PROVINCES_ENCODED.map((feature) => ({
      type: 'Feature' as const,
      properties: { id: feature.id, name: feature.name },
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: feature.polygons.map((polygon) =>
          polygon.map((flat) => {
            const ring: number[][] = [];
            let x = 0;
            let y = 0;
            for (let i = 0; i < flat.length; i += 2) {
              x += flat[i];
              y += flat[i + 1];
              ring.push([x / 100, y / 100]);
            }
            return ring;
          }),
        ),
      },
    })),
  };
  return cached;
}
