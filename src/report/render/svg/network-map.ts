import { resolveChartFrame } from './chart-frame.js';
import { fitEquirectangular, type GeoExtent } from './equirectangular-projection.js';
import { escapeXml } from './escape-xml.js';
import { formatCoordinate as f, formatValue } from './format-number.js';
import { InputIssues } from './input-issues.js';
import { legendSize, renderLegend, type LegendEntry } from './legend.js';
import { sqrtRadiusScale } from './linear-scale.js';
import { BASEMAP_FILL, BASEMAP_STROKE, categoricalColor, linkageModeColors, linkageModeLabel, NEUTRAL_COLOR, NODE_KIND_PALETTE } from './palette.js';
import { noDataDocument, svgDocument } from './svg-document.js';
import { checkOptions } from '../../../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../../../options/define-options.js';
import { choiceOption, customOption, numberOption, stringOption } from '../../../options/option-spec.js';
import { chartFrameOptionSpecs, colorRecordOption, dataArrayOption, rangeOption } from './chart-option-specs.js';
import { estimateTextWidth } from './text-width.js';

/** A zone or city with coordinates in degrees (WGS84 lon/lat). */
export interface MapNode {
  id: string;
  label?: string;
  lon: number;
  lat: number;
  /** Category, used for the node colour (e.g. 'city', 'zone', 'ftz'). */
  kind?: string;
  /** Drives the radius (area ∝ size). */
  size?: number;
}

/** A linkage between two nodes. */
export interface MapEdge {
  source: string;
  target: string;
  /** Linkage mode, used for the colour ('resource-factor', 'industrial-chain', 'cross-regional' or any other). */
  mode?: string;
  /** Strength, drives the line width. */
  weight?: number;
  /** Draw an arrowhead at the target. */
  directed?: boolean;
}

/** A GeoJSON Polygon or MultiPolygon geometry in lon/lat degrees. */
export type BasemapGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** A GeoJSON FeatureCollection of (Multi)Polygons, e.g. province outlines. */
export interface BasemapFeatureCollection {
  type: 'FeatureCollection';
  features: readonly { type: 'Feature'; geometry: BasemapGeometry | null; properties?: Record<string, unknown> | null }[];
}

const BASEMAP_TYPE = 'a GeoJSON FeatureCollection';
const INSET_TYPE = 'an object { minLon, maxLon, minLat, maxLat, label } with finite min < max';

/** The inset box of {@link networkMap}: an extent in degrees and its label. */
export interface MapInset {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
  label: string;
}

/**
 * The declared options of {@link networkMap}, data included (checks, defaults and
 * docs/options.md come from here); each node, edge and basemap feature is checked by
 * the map.
 */
export const networkMapOptions = defineOptions('networkMap', {
  /** The zones and cities: `{ id, lon, lat, label?, kind?, size? }` each, ids distinct, coordinates in degrees (default: none, a "no data" chart). */
  nodes: dataArrayOption<MapNode>({ doc: 'The zones and cities: `{ id, lon, lat, label?, kind?, size? }` each, with distinct ids, lon in [−180, 180], lat in [−90, 90] and size ≥ 0.', element: 'nodes { id, lon, lat, label?, kind?, size? }' }),
  /** The linkages: `{ source, target, mode?, weight?, directed? }` each, both ends node ids. */
  edges: dataArrayOption<MapEdge>({ doc: 'The linkages: `{ source, target, mode?, weight?, directed? }` each, both ends node ids, weight ≥ 0.', element: 'edges { source, target, mode?, weight?, directed? }', defaultText: 'none' }),
  /** Polygons drawn below the network in light grey; the map is then fitted to their extent (and the nodes'). */
  basemap: customOption<BasemapFeatureCollection>({
    type: BASEMAP_TYPE,
    doc: "Polygons drawn below the network in light grey (Polygon and MultiPolygon features); the map is then fitted to their extent and the nodes'.",
    check: (v) => {
      const b = v as { type?: unknown; features?: unknown } | null;
      return typeof b === 'object' && b !== null && b.type === 'FeatureCollection' && Array.isArray(b.features) ? undefined : BASEMAP_TYPE;
    },
  }),
  ...chartFrameOptionSpecs({ width: 800, height: 560, idPrefix: 'zonelink-map' }),
  /** Which nodes get a text label: none, the `topLabels` largest (default), or all. */
  labels: choiceOption(['none', 'top', 'all'] as const, { doc: 'Which nodes get a text label: none, the `topLabels` largest (ties by degree, then input order), or all.', default: 'top' }),
  /** How many nodes `labels: 'top'` labels (default 10). */
  topLabels: numberOption({ doc: "How many nodes `labels: 'top'` labels.", default: 10, integer: true, min: 0 }),
  /** Colours by linkage mode, merged over the defaults of the three known modes. */
  colors: colorRecordOption('Colours by linkage mode, merged over the defaults of the three known modes.', 'the colours of the three known modes'),
  /** Colours by node kind (default: the Okabe–Ito palette in order of first appearance). */
  nodeColors: colorRecordOption('Colours by node kind.', 'the Okabe–Ito palette in order of first appearance'),
  /** Radius range of nodes with a size, in px (default [3, 14]); nodes without a size get 5 px. */
  radiusRange: rangeOption({ doc: 'Radius range of nodes with a size, in px; nodes without a size get 5 px.', type: '[min, max] with 0 < min ≤ max', allowEqual: true, above: 0, default: [3, 14] }),
  /** What `size` measures, for the size legend (three circles: largest, middle, smallest size); none without it. */
  sizeLabel: stringOption({ doc: 'What `size` measures, for the size legend (three circles: largest, middle, smallest size).', allowEmpty: true, defaultText: 'none: no size legend' }),
  /**
   * An inset box in the lower right corner showing this extent at its own scale, with the
   * basemap and the nodes inside it — the South China Sea islands box of maps of China.
   * The main map is then fitted to the nodes and to the basemap outside the inset's extent.
   */
  inset: customOption<MapInset>({
    type: INSET_TYPE,
    doc: "An inset box in the lower right corner showing this extent at its own scale, with the basemap and the nodes inside it (the South China Sea islands box of maps of China); the main map is then fitted to the nodes and to the basemap outside the inset's extent.",
    check: (v) => {
      const i = v as Partial<Record<keyof MapInset, unknown>> | null;
      if (typeof i !== 'object' || i === null || typeof i.label !== 'string') return INSET_TYPE;
      const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
      return finite(i.minLon) && finite(i.maxLon) && finite(i.minLat) && finite(i.maxLat) && i.minLon < i.maxLon && i.minLat < i.maxLat ? undefined : INSET_TYPE;
    },
  }),
});

/** Input and options of {@link networkMap}, declared in {@link networkMapOptions}. */
export type NetworkMapOptions = OptionsOf<typeof networkMapOptions>;

const FN = 'networkMap';
const DEFAULT_RADIUS = 5;

/**
 * Renders a map of a zone linkage network as a standalone SVG string: nodes placed by
 * their coordinates with an equirectangular projection (x = λ·cos φ₀, y = −φ, φ₀ the
 * middle latitude of the fitted extent; great circles are not needed at this scale),
 * fitted to the nodes — or to the basemap's extent (joined with the nodes) if a basemap is
 * given. Edges are straight `<line class="edge">` elements coloured by linkage mode
 * (defaults for 资源要素联动 resource-factor, 产业链联动 industrial-chain,
 * 跨区域联动 cross-regional), width by weight, with an SVG marker arrowhead at the
 * target of directed edges. Nodes are `<circle class="node">` elements (one per node,
 * coloured by kind (dark grey without kinds), radius by a square-root scale of `size`), drawn largest first; the
 * legend lists modes (bilingual) and kinds.
 *
 * Defaults: 800 × 560 px, margins 16 px plus room for the legend on the right,
 * labels for the 10 largest nodes (ties by degree, then input order), radius 3–14 px.
 * Self-loops are not drawn (they have no length on a map).
 *
 * Edge cases: no nodes and no edges gives a "no data" chart (with the basemap if any).
 * Errors: one `ZonelinkError` (`invalid-argument`) listing every invalid or unknown option
 * (declared in {@link networkMapOptions}) and every edge whose source or
 * target is not a node (by edge index and id), duplicate node ids, non-finite or
 * out-of-range coordinates, sizes and weights (by index), and basemap features that are
 * not (Multi)Polygons or have non-finite coordinates.
 *
 * @example
 * const svg = networkMap({
 *   title: 'Chengdu–Chongqing 成渝',
 *   nodes: [
 *     { id: 'cq-lj', label: '两江新区', lon: 106.55, lat: 29.56, kind: 'new area', size: 4 },
 *     { id: 'sc-tf', label: '天府新区', lon: 104.07, lat: 30.67, kind: 'new area', size: 3 },
 *   ],
 *   edges: [{ source: 'cq-lj', target: 'sc-tf', mode: 'cross-regional' }],
 * });
 */
export function networkMap(options: NetworkMapOptions): string {
  checkOptions(FN, options, 'options', true);
  const read = networkMapOptions.collect(options);
  const issues = new InputIssues(FN);
  issues.addAll(read.issues);
  const nodes = read.values.nodes ?? [];
  const edges = read.values.edges ?? [];
  const { labels, topLabels, radiusRange, nodeColors, inset } = read.values;

  const nodeIndex = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (node === null || typeof node !== 'object') {
      issues.add('invalid-type', `nodes[${i}]`, 'must be an object { id, lon, lat }', { field: 'nodes', index: i });
      return;
    }
    issues.string(node.id, `nodes[${i}].id`, { field: 'id', index: i });
    if (typeof node.id === 'string') {
      if (nodeIndex.has(node.id)) issues.add('duplicate-id', `nodes[${i}].id`, `"${node.id}" repeats nodes[${nodeIndex.get(node.id)}]`, { field: 'id', index: i, id: node.id });
      else nodeIndex.set(node.id, i);
    }
    const at = { index: i, id: typeof node.id === 'string' ? node.id : undefined };
    issues.number(node.lon, `nodes[${i}].lon`, { field: 'lon', ...at });
    issues.number(node.lat, `nodes[${i}].lat`, { field: 'lat', ...at });
    if (Number.isFinite(node.lon) && Math.abs(node.lon) > 180) issues.add('out-of-range', `nodes[${i}].lon`, `is ${node.lon} (expected −180…180)`, { field: 'lon', ...at, value: node.lon });
    if (Number.isFinite(node.lat) && Math.abs(node.lat) > 90) issues.add('out-of-range', `nodes[${i}].lat`, `is ${node.lat} (expected −90…90)`, { field: 'lat', ...at, value: node.lat });
    if (node.size !== undefined) issues.number(node.size, `nodes[${i}].size`, { field: 'size', ...at }, 0);
    if (node.label !== undefined) issues.string(node.label, `nodes[${i}].label`, { field: 'label', ...at });
    if (node.kind !== undefined) issues.string(node.kind, `nodes[${i}].kind`, { field: 'kind', ...at });
  });
  const degree = new Array<number>(nodes.length).fill(0);
  edges.forEach((edge, i) => {
    if (edge === null || typeof edge !== 'object') {
      issues.add('invalid-type', `edges[${i}]`, 'must be an object { source, target }', { field: 'edges', index: i });
      return;
    }
    const id = `${String(edge.source)}->${String(edge.target)}`;
    for (const end of ['source', 'target'] as const) {
      const ref = edge[end];
      if (!nodeIndex.has(ref)) issues.add('unknown-node', `edges[${i}].${end}`, `"${String(ref)}" is not a node`, { field: end, index: i, id, value: ref });
      else degree[nodeIndex.get(ref)!]++;
    }
    if (edge.weight !== undefined) issues.number(edge.weight, `edges[${i}].weight`, { field: 'weight', index: i, id }, 0);
    if (edge.mode !== undefined) issues.string(edge.mode, `edges[${i}].mode`, { field: 'mode', index: i, id });
  });
  const [rMin, rMax] = radiusRange;
  const polygons = readBasemap(read.values.basemap, issues);

  // Legend entries decide the right margin, so they come before the frame.
  const modeColors = linkageModeColors(edges.map((e) => e?.mode), read.values.colors ?? {});
  const kinds: (string | undefined)[] = [];
  for (const node of nodes) if (node && !kinds.includes(node.kind)) kinds.push(node.kind);
  const hasKinds = kinds.some((k) => k !== undefined);
  const kindColors = new Map<string | undefined, string>();
  let nextKind = 0;
  for (const kind of kinds) {
    const given = kind !== undefined && nodeColors && Object.prototype.hasOwnProperty.call(nodeColors, kind) ? nodeColors[kind] : undefined;
    kindColors.set(kind, given ?? (kind === undefined && hasKinds ? NEUTRAL_COLOR : categoricalColor(nextKind++, NODE_KIND_PALETTE)));
  }
  const legend: LegendEntry[] = [];
  for (const [mode, color] of modeColors) legend.push({ label: mode === undefined ? 'unspecified 未标注' : linkageModeLabel(mode), color, symbol: 'line' });
  if (hasKinds) for (const [kind, color] of kindColors) legend.push({ label: kind ?? 'other 其他', color, symbol: 'dot' });
  const legendBox = legend.length > 0 ? legendSize(legend, 240) : { width: 0, height: 0 };
  const frame = resolveChartFrame(read.values, { top: 16, right: 16 + (legend.length > 0 ? legendBox.width + 12 : 0), bottom: 16, left: 16 }, issues);
  issues.throwIfAny();
  if (!frame) throw new Error('unreachable');

  const { plot } = frame;
  const accessible = 'Zone linkage network map 联动网络地图';
  let extent: GeoExtent | undefined;
  const grow = (lon: number, lat: number) => {
    if (!extent) extent = { minLon: lon, maxLon: lon, minLat: lat, maxLat: lat };
    else {
      extent.minLon = Math.min(extent.minLon, lon);
      extent.maxLon = Math.max(extent.maxLon, lon);
      extent.minLat = Math.min(extent.minLat, lat);
      extent.maxLat = Math.max(extent.maxLat, lat);
    }
  };
  const insideInset = (lon: number, lat: number) => inset !== undefined && lon >= inset.minLon && lon <= inset.maxLon && lat >= inset.minLat && lat <= inset.maxLat && lat < inset.maxLat;
  for (const polygon of polygons) {
    // A polygon wholly inside the inset (the islands) is drawn there, not in the main extent.
    if (inset && polygon.rings[0].every(([lon, lat]) => insideInset(lon, lat))) continue;
    for (const ring of polygon.rings) for (const [lon, lat] of ring) grow(lon, lat);
  }
  for (const node of nodes) grow(node.lon, node.lat);
  const body: string[] = [];
  // Inset the fit box by the largest radius so circles at the extent's edge stay inside.
  const pad = Math.min(Math.max(rMax, DEFAULT_RADIUS) + 1, plot.width / 4, plot.height / 4);
  const fitBox = { left: plot.left + pad, top: plot.top + pad, width: plot.width - 2 * pad, height: plot.height - 2 * pad };
  const projection = extent ? fitEquirectangular(extent, fitBox) : undefined;
  if (projection && polygons.length > 0) {
    body.push(`<g class="basemap" fill="${BASEMAP_FILL}" stroke="${BASEMAP_STROKE}" stroke-width="0.6" fill-rule="evenodd">`);
    for (const polygon of polygons) {
      const d = polygon.rings
        .map((ring) => ring.map(([lon, lat], i) => { const [x, y] = projection.project(lon, lat); return `${i === 0 ? 'M' : 'L'}${f(x)},${f(y)}`; }).join('') + 'Z')
        .join(' ');
      body.push(`<path class="basemap-feature" d="${d}">${polygon.name !== undefined ? `<title>${escapeXml(polygon.name)}</title>` : ''}</path>`);
    }
    body.push('</g>');
  }
  if (projection && inset) body.push(renderInset(inset, polygons, nodes, plot, frame.idPrefix));
  if (nodes.length === 0 || !projection) {
    return noDataDocument(frame, accessible, read.values.noDataMessage, read.values.description, body);
  }

  const maxSize = Math.max(0, ...nodes.map((n) => n.size ?? 0));
  const radiusOf = sqrtRadiusScale(maxSize, rMin, rMax);
  const radius = nodes.map((n) => (n.size === undefined ? DEFAULT_RADIUS : radiusOf(n.size)));
  const position = nodes.map((n) => projection.project(n.lon, n.lat));
  const hasWeights = edges.some((e) => e.weight !== undefined);
  const maxWeight = Math.max(0, ...edges.map((e) => e.weight ?? 0));

  // Arrowhead markers: one per mode colour used by a directed edge.
  const markerOf = new Map<string | undefined, string>();
  const defs: string[] = [];
  for (const edge of edges) {
    if (!edge.directed || markerOf.has(edge.mode)) continue;
    const id = `${frame.idPrefix}-arrow-${markerOf.size}`;
    markerOf.set(edge.mode, id);
    defs.push(`<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10Z" fill="${escapeXml(modeColors.get(edge.mode)!)}"/></marker>`);
  }
  if (defs.length > 0) body.push('<defs>', ...defs, '</defs>');

  body.push('<g class="edges" stroke-linecap="round">');
  edges.forEach((edge) => {
    const s = nodeIndex.get(edge.source)!;
    const t = nodeIndex.get(edge.target)!;
    if (s === t) return;
    let [x1, y1] = position[s];
    let [x2, y2] = position[t];
    const length = Math.hypot(x2 - x1, y2 - y1);
    if (edge.directed && length > radius[s] + radius[t] + 4) {
      // End the line (and so the arrow tip) at the target's rim, start it at the source's.
      const ux = (x2 - x1) / length;
      const uy = (y2 - y1) / length;
      x1 += ux * radius[s];
      y1 += uy * radius[s];
      x2 -= ux * (radius[t] + 1);
      y2 -= uy * (radius[t] + 1);
    }
    const strokeWidth = hasWeights && maxWeight > 0 ? 0.8 + (3.2 * (edge.weight ?? 0)) / maxWeight : 1.4;
    const marker = edge.directed ? ` marker-end="url(#${markerOf.get(edge.mode)})"` : '';
    const nameOf = (i: number) => nodes[i].label ?? nodes[i].id;
    const tip = `${nameOf(s)} ${edge.directed ? '→' : '—'} ${nameOf(t)}${edge.mode !== undefined ? ` (${linkageModeLabel(edge.mode)})` : ''}${edge.weight !== undefined ? `, weight ${formatValue(edge.weight)}` : ''}`;
    body.push(`<line class="edge" x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${escapeXml(modeColors.get(edge.mode)!)}" stroke-width="${f(strokeWidth)}" stroke-opacity="0.75"${marker}><title>${escapeXml(tip)}</title></line>`);
  });
  body.push('</g>');

  const order = nodes.map((_, i) => i).sort((a, b) => radius[b] - radius[a] || a - b);
  body.push('<g class="nodes" stroke="#ffffff" stroke-width="1">');
  for (const i of order) {
    const node = nodes[i];
    const tip = `${node.label ?? node.id}${node.kind !== undefined ? ` (${node.kind})` : ''}${node.size !== undefined ? `, size ${formatValue(node.size)}` : ''}`;
    body.push(`<circle class="node" cx="${f(position[i][0])}" cy="${f(position[i][1])}" r="${f(radius[i])}" fill="${escapeXml(kindColors.get(node.kind)!)}"><title>${escapeXml(tip)}</title></circle>`);
  }
  body.push('</g>');

  if (labels !== 'none') {
    const ranked = nodes.map((_, i) => i).sort((a, b) => (nodes[b].size ?? 0) - (nodes[a].size ?? 0) || degree[b] - degree[a] || a - b);
    const wanted = labels === 'all' ? ranked : ranked.slice(0, topLabels);
    // Greedy collision avoidance: in rank order, try right, left, above, below the node and
    // keep the first box that overlaps no placed label and no labelled node's circle; a label
    // with no free place is left out (its node keeps its tooltip).
    const placed: Box[] = [];
    // Labels avoid each other and the circles of the other labelled nodes (the white halo
    // keeps them legible over small unlabelled circles).
    const wantedSet = new Set(wanted);
    const circles: Box[] = nodes.map((_, i) => ({ left: position[i][0] - radius[i], top: position[i][1] - radius[i], right: position[i][0] + radius[i], bottom: position[i][1] + radius[i] }));
    const out: [number, string][] = [];
    for (const i of wanted) {
      const [x, y] = position[i];
      const text = nodes[i].label ?? nodes[i].id;
      const w = estimateTextWidth(text, 11);
      const r = radius[i];
      const candidates: { box: Box; tx: number; ty: number; anchor: string }[] = [
        { box: { left: x + r + 3, top: y - 7, right: x + r + 3 + w, bottom: y + 5 }, tx: x + r + 3, ty: y + 4, anchor: 'start' },
        { box: { left: x - r - 3 - w, top: y - 7, right: x - r - 3, bottom: y + 5 }, tx: x - r - 3, ty: y + 4, anchor: 'end' },
        { box: { left: x - w / 2, top: y - r - 15, right: x + w / 2, bottom: y - r - 3 }, tx: x, ty: y - r - 5, anchor: 'middle' },
        { box: { left: x - w / 2, top: y + r + 3, right: x + w / 2, bottom: y + r + 15 }, tx: x, ty: y + r + 13, anchor: 'middle' },
      ];
      const fits = (b: Box) =>
        b.left >= plot.left && b.right <= plot.left + plot.width && b.top >= plot.top && b.bottom <= plot.top + plot.height &&
        !placed.some((p) => overlaps(p, b)) && ![...wantedSet].some((j) => j !== i && overlaps(circles[j], b));
      const spot = candidates.find((c) => fits(c.box));
      if (!spot) continue;
      placed.push(spot.box);
      out.push([i, `<text class="node-label" x="${f(spot.tx)}" y="${f(spot.ty)}" text-anchor="${spot.anchor}">${escapeXml(text)}</text>`]);
    }
    out.sort(([a], [b]) => a - b);
    body.push('<g class="node-labels" fill="#222222" font-size="11" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">', ...out.map(([, t]) => t), '</g>');
  }
  if (read.values.sizeLabel !== undefined && maxSize > 0) body.push(renderSizeLegend(read.values.sizeLabel, maxSize, radiusOf, plot.left + 4, plot.top + plot.height - 4));
  if (legend.length > 0) body.push(renderLegend(legend, frame.width - legendBox.width - 8, plot.top, 240));
  return svgDocument(frame, accessible, body, read.values.description);
}

interface BasemapPolygon {
  rings: [number, number][][];
  name?: string;
}

/** Validates a basemap's features and flattens it to one entry per polygon (outer ring + holes). */
function readBasemap(basemap: BasemapFeatureCollection | undefined, issues: InputIssues): BasemapPolygon[] {
  // The collection itself is checked by the option's declaration: here its features.
  if (basemap === undefined) return [];
  const out: BasemapPolygon[] = [];
  basemap.features.forEach((feature, i) => {
    const geometry = feature?.geometry;
    if (geometry === null || geometry === undefined) return;
    const rawName = feature.properties?.name;
    const name = typeof rawName === 'string' ? rawName : undefined;
    const polygonsOf = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : undefined;
    if (!polygonsOf || !Array.isArray(polygonsOf)) {
      issues.add('invalid-basemap', `basemap.features[${i}].geometry`, `is a ${String((geometry as { type?: unknown }).type)} (expected Polygon or MultiPolygon)`, { field: 'basemap', index: i });
      return;
    }
    let bad = 0;
    for (const polygon of polygonsOf) {
      const rings: [number, number][][] = [];
      for (const ring of Array.isArray(polygon) ? polygon : []) {
        const points: [number, number][] = [];
        for (const position of Array.isArray(ring) ? ring : []) {
          const lon = position?.[0];
          const lat = position?.[1];
          if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) bad++;
          else points.push([lon, lat]);
        }
        if (points.length > 0) rings.push(points);
      }
      if (rings.length > 0) out.push({ rings, name });
    }
    if (bad > 0) issues.add('non-finite-value', `basemap.features[${i}]`, `has ${bad} position(s) without finite lon/lat`, { field: 'basemap', index: i });
  });
  return out;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Three nested circles (largest, middle, smallest size) with their values, anchored at the lower left. */
function renderSizeLegend(label: string, maxSize: number, radiusOf: (size: number) => number, x: number, bottom: number): string {
  const values = [...new Set([maxSize, Math.max(1, Math.round(maxSize / 2)), 1].filter((v) => v <= maxSize))];
  const rMax = radiusOf(values[0]);
  const cx = x + rMax;
  const base = bottom - 16;
  const parts = [`<g class="size-legend" fill="none" stroke="#555555" stroke-width="0.8" font-size="10">`];
  values.forEach((v, k) => {
    const r = radiusOf(v);
    parts.push(`<circle cx="${f(cx)}" cy="${f(base - r)}" r="${f(r)}"/>`);
    parts.push(`<text x="${f(cx + rMax + 6)}" y="${f(base - 2 * r + 4 + k * 0)}" fill="#333333" stroke="none">${escapeXml(formatValue(v))}</text>`);
  });
  parts.push(`<text class="size-legend-label" x="${f(x)}" y="${f(bottom)}" fill="#333333" stroke="none">${escapeXml(label)}</text>`, '</g>');
  return parts.join('');
}

/** The inset box: its own equirectangular fit, basemap polygons clipped to it, and the nodes inside. */
function renderInset(inset: MapInset, polygons: BasemapPolygon[], nodes: readonly MapNode[], plot: { left: number; top: number; width: number; height: number }, idPrefix: string): string {
  const width = Math.max(60, plot.width * 0.16);
  const aspect = (inset.maxLat - inset.minLat) / ((inset.maxLon - inset.minLon) * Math.cos((((inset.minLat + inset.maxLat) / 2) * Math.PI) / 180));
  const height = width * aspect;
  const box = { left: plot.left + plot.width - width - 2, top: plot.top + plot.height - height - 2, width, height };
  const projection = fitEquirectangular(inset, box);
  const clip = `${idPrefix}-inset-clip`;
  const parts = [
    `<g class="inset"><clipPath id="${clip}"><rect x="${f(box.left)}" y="${f(box.top)}" width="${f(box.width)}" height="${f(box.height)}"/></clipPath>`,
    `<rect x="${f(box.left)}" y="${f(box.top)}" width="${f(box.width)}" height="${f(box.height)}" fill="#ffffff" stroke="#555555" stroke-width="0.8"/>`,
    `<g clip-path="url(#${clip})" fill="${BASEMAP_FILL}" stroke="${BASEMAP_STROKE}" stroke-width="0.5" fill-rule="evenodd">`,
  ];
  for (const polygon of polygons) {
    const d = polygon.rings.map((ring) => ring.map(([lon, lat], i) => { const [x, y] = projection.project(lon, lat); return `${i === 0 ? 'M' : 'L'}${f(x)},${f(y)}`; }).join('') + 'Z').join(' ');
    parts.push(`<path class="inset-feature" d="${d}"/>`);
  }
  for (const node of nodes) {
    if (node.lon < inset.minLon || node.lon > inset.maxLon || node.lat < inset.minLat || node.lat > inset.maxLat) continue;
    const [x, y] = projection.project(node.lon, node.lat);
    parts.push(`<circle class="inset-node" cx="${f(x)}" cy="${f(y)}" r="2" fill="#333333" stroke="none"/>`);
  }
  parts.push('</g>', `<text class="inset-label" x="${f(box.left + 4)}" y="${f(box.top + box.height - 4)}" font-size="9" fill="#333333">${escapeXml(inset.label)}</text>`, '</g>');
  return parts.join('');
}
