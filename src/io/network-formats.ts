import Graph from 'graphology';
import type { write as GexfWrite } from 'graphology-gexf/browser/index.js';
// The writer alone: the browser entry also loads a parser that reads the global
// DOMParser when imported, which throws in Node. The writer runs anywhere.
// @ts-expect-error the writer module has no declaration file of its own (its type is the entry's `write`)
import gexfWriter from 'graphology-gexf/browser/writer.js';
import type { ZoneNetwork } from '../network/zone-network.js';
import { flattenAttributes } from './flatten-attributes.js';
import { checkGraph, checkZoneNetwork } from '../error/argument-checks.js';

const writeGexfDocument = gexfWriter as typeof GexfWrite;

/** A copy of the network with flat, primitive attributes (what GEXF and GraphML hold). */
function flatCopy(net: ZoneNetwork): Graph {
  const flat = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  net.forEachNode((node, attributes) => flat.addNode(node, { ...flattenAttributes(attributes), label: attributes.name.zh }));
  net.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    const flatAttributes = flattenAttributes(attributes);
    if (undirected) flat.addUndirectedEdgeWithKey(edge, source, target, flatAttributes);
    else flat.addDirectedEdgeWithKey(edge, source, target, flatAttributes);
  });
  return flat;
}

/**
 * The network as GEXF 1.3 (Gephi): one node per zone or city with flattened
 * attributes (`name_zh`, `category`, `lon`, `gdp@2020` …) and its Chinese name
 * as label; one edge per linkage, typed directed or undirected, with `mode`,
 * `weight` and the other linkage fields. Re-parses with graphology-gexf.
 *
 * @example
 * await writeFile('zones.gexf', toGexf(net));
 */
export function toGexf(net: ZoneNetwork): string {
  checkZoneNetwork('toGexf', net);
  return writeGexfDocument(flatCopy(net), { formatNode: (key, attributes) => ({ label: String(attributes.label ?? key), attributes }) });
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The network as GraphML (yEd, Cytoscape, igraph, NetworkX): typed `<key>`
 * declarations for every flattened attribute. A network whose linkages are all
 * undirected, or all directed, is written as an undirected or a directed graph;
 * a mixed one as an undirected graph with `directed="true"` on its directed
 * edges (standard GraphML, which graphology-graphml reads, but NetworkX and
 * igraph, which hold one kind of edge per graph, reject: export a layer or a
 * projection for them). Re-parses with graphology-graphml and NetworkX (tested).
 *
 * @example
 * await writeFile('zones.graphml', toGraphML(net));
 */
export function toGraphML(net: ZoneNetwork): string {
  checkZoneNetwork('toGraphML', net);
  const flat = flatCopy(net);
  const keys = new Map<string, { id: string; for: 'node' | 'edge'; name: string; type: string }>();
  const declare = (domain: 'node' | 'edge', attributes: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(attributes)) {
      const k = `${domain}:${name}`;
      const type = typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      const existing = keys.get(k);
      if (!existing) keys.set(k, { id: `${domain[0]}${keys.size}`, for: domain, name, type });
      else if (existing.type !== type) existing.type = 'string';
    }
  };
  // NetworkX and igraph read one kind of edge per graph and reject a `directed`
  // attribute that contradicts edgedefault: a network of directed linkages only
  // is written as a directed graph.
  const allDirected = flat.size > 0 && flat.directedSize === flat.size;
  flat.forEachNode((_n, a) => declare('node', a));
  flat.forEachEdge((_e, a) => declare('edge', a));
  const data = (domain: 'node' | 'edge', attributes: Record<string, unknown>) =>
    Object.entries(attributes)
      .map(([name, value]) => `<data key="${keys.get(`${domain}:${name}`)!.id}">${xml(String(value))}</data>`)
      .join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...keys.values()].map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    `  <graph id="G" edgedefault="${allDirected ? 'directed' : 'undirected'}">`,
  ];
  flat.forEachNode((node, attributes) => lines.push(`    <node id="${xml(node)}">${data('node', attributes)}</node>`));
  flat.forEachEdge((edge, attributes, source, target, _s, _t, undirected) =>
    lines.push(`    <edge id="${xml(edge)}" source="${xml(source)}" target="${xml(target)}"${undirected || allDirected ? '' : ' directed="true"'}>${data('edge', attributes)}</edge>`),
  );
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

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
export function toGeoJSON(net: ZoneNetwork): { collection: FeatureCollection; unlocated: { nodes: string[]; linkages: string[] } } {
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
