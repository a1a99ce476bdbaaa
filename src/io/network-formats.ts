import type { RecordGraph } from './record-graph.js';
import { flattenAttributes } from './flatten-attributes.js';
import { checkGraph } from '../error/argument-checks.js';

/** A GeoJSON FeatureCollection (RFC 7946). */
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: [number, number] } | { type: 'LineString'; coordinates: [number, number][] };
    properties: Record<string, string | number | boolean>;
  }[];
}

/**
 * The network as GeoJSON for maps: a Point per node that has coordinates (a zone
 * without its own falls back to its first host city's, with
 * `coordinate_precision: 'host-city'`), and a LineString per linkage whose two
 * ends are located. Properties are the flattened attributes; nodes and
 * linkages without a location are counted in `unlocated` and left out.
 *
 * @example
 * const { collection, unlocated } = toGeoJSON(net);
 */
export function toGeoJSON(net: RecordGraph): { collection: FeatureCollection; unlocated: { nodes: string[]; linkages: string[] } } {
  checkGraph('toGeoJSON', net, 'network');
  const where = new Map<string, { lon: number; lat: number; precision?: string }>();
  net.forEachNode((node, a) => {
    if (a.coordinates) where.set(node, a.coordinates);
  });
  net.forEachNode((node, a) => {
    if (a.kind === 'zone' && !where.has(node)) {
      const host = net.hasNode(a.hostCities[0]) ? net.getNodeAttributes(a.hostCities[0]).coordinates : undefined;
      if (host) where.set(node, { lon: host.lon, lat: host.lat, precision: 'host-city' });
    }
  });
  const features: FeatureCollection['features'] = [];
  const unlocated = { nodes: [] as string[], linkages: [] as string[] };
  net.forEachNode((node, a) => {
    const p = where.get(node);
    if (!p) {
      unlocated.nodes.push(node);
      return;
    }
    const properties = flattenAttributes({ ...a, coordinates: undefined });
    if (p.precision) properties.coordinate_precision = p.precision;
    features.push({ type: 'Feature', id: node, geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties });
  });
  net.forEachEdge((edge, a, source, target) => {
    const s = where.get(source);
    const t = where.get(target);
    if (!s || !t) {
      unlocated.linkages.push(edge);
      return;
    }
    features.push({ type: 'Feature', id: edge, geometry: { type: 'LineString', coordinates: [[s.lon, s.lat], [t.lon, t.lat]] }, properties: flattenAttributes(a) });
  });
  return { collection: { type: 'FeatureCollection', features }, unlocated };
}
