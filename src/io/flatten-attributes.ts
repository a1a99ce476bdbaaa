import { invalidArgument } from '../error/zonelink-error.js';
/**
 * Flattens a node or linkage record into primitive attributes for formats that
 * only hold primitives (GEXF, GraphML, CSV): `name.zh` → `name_zh`,
 * `coordinates.lon` → `lon`, lists → `;`-joined strings, indicators →
 * `<indicator>@<year>`. `undefined` fields are left out.
 *
 * @example
 * flattenAttributes({ name: { zh: '浦东新区' }, hostCities: ['310000'] });
 * // { name_zh: '浦东新区', hostCities: '310000' }
 */
export function flattenAttributes(record: object): Record<string, string | number | boolean> {
  if (typeof record !== 'object' || record === null) invalidArgument('flattenAttributes', 'record must be an object', { field: 'record' });
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    if (key === 'name' && typeof value === 'object') {
      const name = value as { zh: string; en?: string };
      out.name_zh = name.zh;
      if (name.en !== undefined) out.name_en = name.en;
    } else if (key === 'coordinates' && typeof value === 'object') {
      const c = value as { lon: number; lat: number; precision?: string };
      out.lon = c.lon;
      out.lat = c.lat;
      if (c.precision !== undefined) out.coordinate_precision = c.precision;
    } else if (key === 'indicators' && typeof value === 'object') {
      for (const [year, values] of Object.entries(value as Record<string, Record<string, number>>)) {
        for (const [indicator, v] of Object.entries(values)) out[`${indicator}@${year}`] = v;
      }
    } else if (Array.isArray(value)) {
      out[key] = value.join(';');
    } else if (typeof value === 'object') {
      out[key] = JSON.stringify(value);
    } else {
      out[key] = value as string | number | boolean;
    }
  }
  return out;
}
