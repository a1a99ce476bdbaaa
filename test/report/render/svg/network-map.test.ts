import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { networkMap, type MapEdge, type MapNode, type BasemapFeatureCollection } from '../../../../src/report/render/svg/index.js';
import { catchError, elements, expectInsideViewBox, parseSvg, svgTitle, texts } from './parse-svg.js';

const nodes: MapNode[] = [
  { id: 'bj', label: '北京 Beijing', lon: 116.4, lat: 39.9, kind: 'city', size: 16 },
  { id: 'cd', label: '成都 Chengdu', lon: 104.07, lat: 30.67, kind: 'city', size: 4 },
  { id: 'sh', label: '上海 <&"> FTZ', lon: 121.47, lat: 31.23, kind: 'FTZ', size: 9 },
  { id: 'gz', lon: 113.26, lat: 23.13 },
];
const edges: MapEdge[] = [
  { source: 'bj', target: 'cd', mode: 'cross-regional', weight: 2, directed: true },
  { source: 'sh', target: 'cd', mode: 'industrial-chain', weight: 4 },
  { source: 'gz', target: 'sh', mode: 'resource-factor', weight: 1, directed: true },
  { source: 'gz', target: 'bj' },
];
const basemap: BasemapFeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: '区域 <A>' }, geometry: { type: 'Polygon', coordinates: [[[100, 18], [125, 18], [125, 45], [100, 45], [100, 18]]] } },
    {
      type: 'Feature',
      properties: null,
      geometry: { type: 'MultiPolygon', coordinates: [[[[126, 40], [128, 40], [128, 42], [126, 40]]], [[[90, 30], [92, 30], [92, 32], [90, 30]]]] },
    },
    { type: 'Feature', geometry: null },
  ],
};

const circleOf = (doc: Document, name: string) => elements(doc, 'circle', 'node').find((c) => c.getElementsByTagName('title')[0].textContent!.startsWith(name))!;
const centre = (c: Element) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))];

describe('networkMap', () => {
  it('parses as XML with one circle per node and one line per edge', () => {
    const svg = networkMap({ nodes, edges, title: '联动网络 map' });
    const doc = parseSvg(svg);
    expect(elements(doc, 'circle')).toHaveLength(4);
    expect(elements(doc, 'circle', 'node')).toHaveLength(4);
    expect(elements(doc, 'line', 'edge')).toHaveLength(4);
    expect(svgTitle(doc)).toBe('联动网络 map');
    expectInsideViewBox(svg);
  });

  it('puts Beijing (116.4, 39.9) above and to the right of Chengdu (104.07, 30.67)', () => {
    const doc = parseSvg(networkMap({ nodes, edges }));
    const [bx, by] = centre(circleOf(doc, '北京'));
    const [cx, cy] = centre(circleOf(doc, '成都'));
    expect(bx).toBeGreaterThan(cx);
    expect(by).toBeLessThan(cy);
  });

  it('corrects the aspect by cos of the middle latitude (hand calculation)', () => {
    // Fitted extent 104.07–121.47°E, 23.13–39.9°N: φ₀ = 31.515°, cos φ₀ = 0.85250…
    const cosPhi = Math.cos((((23.13 + 39.9) / 2) * Math.PI) / 180);
    const doc = parseSvg(networkMap({ nodes, edges: [] }));
    const [bx, by] = centre(circleOf(doc, '北京'));
    const [cx, cy] = centre(circleOf(doc, '成都'));
    const ratio = (bx - cx) / (cy - by);
    expect(ratio).toBeCloseTo(((116.4 - 104.07) * cosPhi) / (39.9 - 30.67), 3); // 0.01-px rounding of coordinates
  });

  it('sizes nodes by a square-root scale', () => {
    const doc = parseSvg(networkMap({ nodes, edges }));
    const r = (name: string) => Number(circleOf(doc, name).getAttribute('r'));
    expect(r('北京')).toBe(14); // largest size gets the max radius (default 14)
    expect(r('成都')).toBe(7); // 14 · √(4/16)
    expect(r('上海')).toBe(10.5); // 14 · √(9/16)
    expect(r('gz')).toBe(5); // no size: default radius
  });

  it('colours edges by linkage mode and lists modes bilingually in the legend', () => {
    const doc = parseSvg(networkMap({ nodes, edges }));
    const strokes = elements(doc, 'line', 'edge').map((l) => l.getAttribute('stroke'));
    expect(strokes).toEqual(['#009E73', '#D55E00', '#0072B2', '#8c8c8c']);
    const legend = texts(doc).filter((t) => /联动|未标注/.test(t));
    expect(legend).toEqual(['跨区域联动 cross-regional', '产业链联动 industrial-chain', '资源要素联动 resource-factor', 'unspecified 未标注']);
  });

  it('uses a sanitised idPrefix for its ids and emits a <desc> when described', () => {
    // '2 maps/地图' → '2-maps---' (space, slash and the two CJK characters become '-') → 'z2-maps---' (must start with a letter).
    const doc = parseSvg(networkMap({ nodes, edges, idPrefix: '2 maps/地图', description: 'Linkages & zones' }));
    expect(elements(doc, 'marker').map((m) => m.getAttribute('id'))).toEqual(['z2-maps----arrow-0', 'z2-maps----arrow-1']);
    expect(doc.documentElement!.getAttribute('aria-labelledby')).toBe('z2-maps----title z2-maps----desc');
    expect(elements(doc, 'desc')[0].textContent).toBe('Linkages & zones');
  });

  it('accepts colour overrides', () => {
    const doc = parseSvg(networkMap({ nodes, edges, colors: { 'cross-regional': '#ff00ff' } }));
    expect(elements(doc, 'line', 'edge')[0].getAttribute('stroke')).toBe('#ff00ff');
  });

  it('adds an arrowhead marker for directed edges only', () => {
    const doc = parseSvg(networkMap({ nodes, edges }));
    const markers = elements(doc, 'marker');
    expect(markers).toHaveLength(2); // one per mode used by a directed edge
    const lines = elements(doc, 'line', 'edge');
    expect(lines.map((l) => l.getAttribute('marker-end'))).toEqual([`url(#${markers[0].getAttribute('id')})`, null, `url(#${markers[1].getAttribute('id')})`, null]);
    // The arrow tip stops at the target's rim: distance to Chengdu's centre = r + 1.
    const [tx, ty] = centre(circleOf(doc, '成都'));
    const l = lines[0];
    const dist = Math.hypot(Number(l.getAttribute('x2')) - tx, Number(l.getAttribute('y2')) - ty);
    expect(dist).toBeCloseTo(8, 1);
  });

  it('draws the basemap below the network, one path per polygon, and fits to its extent', () => {
    const svg = networkMap({ nodes, edges, basemap });
    const doc = parseSvg(svg);
    expect(elements(doc, 'path', 'basemap-feature')).toHaveLength(3);
    expect(svg.indexOf('class="basemap"')).toBeLessThan(svg.indexOf('class="edges"'));
    expect(texts(doc).length).toBeGreaterThan(0);
    expect(svg).toContain('<title>区域 &lt;A&gt;</title>');
    expectInsideViewBox(svg);
    // The basemap reaches 90°E, so Chengdu moves right compared with the node-fitted map.
    const without = centre(circleOf(parseSvg(networkMap({ nodes, edges })), '成都'))[0];
    const withMap = centre(circleOf(doc, '成都'))[0];
    expect(withMap).toBeGreaterThan(without);
  });

  it('labels nodes: none, top k by size, or all', () => {
    expect(texts(parseSvg(networkMap({ nodes, edges, labels: 'none' })), 'node-label')).toEqual([]);
    expect(texts(parseSvg(networkMap({ nodes, edges, labels: 'top', topLabels: 2 })), 'node-label')).toEqual(['北京 Beijing', '上海 <&"> FTZ']);
    expect(texts(parseSvg(networkMap({ nodes, edges, labels: 'all' })), 'node-label')).toEqual(['北京 Beijing', '成都 Chengdu', '上海 <&"> FTZ', 'gz']);
  });

  it('places labels greedily so they never overprint: five nodes on one spot get at most four labels, each on its own side', () => {
    const crowd = Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, label: `节点 ${i}`, lon: 104, lat: 30, size: 5 - i }));
    const spread = [...crowd, { id: 'far', label: 'far', lon: 120, lat: 40, size: 1 }];
    const doc = parseSvg(networkMap({ nodes: spread, edges: [], labels: 'all' }));
    const labels = elements(doc, 'text', 'node-label');
    expect(texts(doc, 'node-label')).toContain('far');
    // The crowd gets at most one label per side (right, left; above and below lie on the
    // larger circles), each on a different side, and the largest node is labelled first.
    const crowdLabels = labels.filter((l) => l.textContent !== 'far');
    expect(crowdLabels.length).toBeGreaterThanOrEqual(2);
    expect(crowdLabels.length).toBeLessThanOrEqual(4);
    expect(new Set(crowdLabels.map((l) => `${l.getAttribute('text-anchor')} ${l.getAttribute('y')}`)).size).toBe(crowdLabels.length);
    expect(crowdLabels[0].textContent).toBe('节点 0');
  });

  it('draws a size legend and an inset when asked', () => {
    const svg = networkMap({ nodes, edges, sizeLabel: 'platforms', inset: { minLon: 105, maxLon: 125, minLat: 3, maxLat: 24.5, label: '南海诸岛' } });
    expect(svg).toContain('class="size-legend"');
    expect(svg).toContain('class="inset"');
    expect(texts(parseSvg(svg), 'inset-label')).toEqual(['南海诸岛']);
  });

  it('escapes labels', () => {
    const svg = networkMap({ nodes, edges, labels: 'all' });
    expect(svg).toContain('上海 &lt;&amp;&quot;&gt; FTZ');
    expect(svg).not.toContain('上海 <&');
  });

  it('renders a single node and a self-loop without failing', () => {
    const svg = networkMap({ nodes: [nodes[0]], edges: [{ source: 'bj', target: 'bj' }] });
    const doc = parseSvg(svg);
    expect(elements(doc, 'circle', 'node')).toHaveLength(1);
    expect(elements(doc, 'line', 'edge')).toHaveLength(0);
    expectInsideViewBox(svg);
  });

  it('renders a no-data message for no nodes (keeping a basemap)', () => {
    const doc = parseSvg(networkMap({ nodes: [], edges: [] }));
    expect(texts(doc, 'no-data')).toEqual(['No data · 无数据']);
    const withMap = parseSvg(networkMap({ nodes: [], edges: [], basemap }));
    expect(texts(withMap, 'no-data')).toHaveLength(1);
    expect(elements(withMap, 'path', 'basemap-feature')).toHaveLength(3);
  });

  it('does not mutate its input (deeply frozen input renders)', () => {
    const freeze = <T>(o: T): T => {
      if (o && typeof o === 'object') {
        for (const v of Object.values(o)) freeze(v);
        Object.freeze(o);
      }
      return o;
    };
    const input = freeze(structuredClone({ nodes, edges, basemap }));
    expect(networkMap(input)).toBe(networkMap({ nodes, edges, basemap }));
  });

  it('is deterministic', () => {
    expect(networkMap({ nodes, edges, basemap })).toBe(networkMap({ nodes, edges, basemap }));
  });

  it('lists every edge whose endpoint is not a node', () => {
    const e = catchError(() => networkMap({ nodes, edges: [...edges, { source: 'bj', target: 'xa' }, { source: 'nowhere', target: 'cd' }] }));
    expect(e.code).toBe('invalid-argument');
    expect(e.message).toMatch(/^networkMap: /);
    expect(e.message).toContain('edges[4].target "xa" is not a node');
    expect(e.message).toContain('edges[5].source "nowhere" is not a node');
    expect(e.issues.map((i) => [i.code, i.index, i.id])).toEqual([['unknown-node', 4, 'bj->xa'], ['unknown-node', 5, 'nowhere->cd']]);
  });

  it('reports NaN coordinates, sizes and weights by index, and duplicate ids', () => {
    const e = catchError(() =>
      networkMap({
        nodes: [nodes[0], { id: 'x', lon: NaN, lat: 30 }, { id: 'bj', lon: 100, lat: 95, size: -1 }],
        edges: [{ source: 'bj', target: 'x', weight: NaN }],
      }),
    );
    expect(e.message).toMatch(/^networkMap: /);
    const where = e.issues.map((i) => `${i.code}@${i.field}[${i.index}]`);
    expect(where).toEqual(['non-finite-value@lon[1]', 'duplicate-id@id[2]', 'out-of-range@lat[2]', 'out-of-range@size[2]', 'non-finite-value@weight[0]']);
  });

  it('rejects basemap features that are not polygons', () => {
    const bad = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] } }] } as unknown as BasemapFeatureCollection;
    expect(catchError(() => networkMap({ nodes, edges, basemap: bad })).message).toContain('basemap.features[0].geometry is a Point');
    const nan: BasemapFeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[1, NaN], [2, 2], [3, 3]]] } }] };
    expect(catchError(() => networkMap({ nodes, edges, basemap: nan })).issues[0].index).toBe(0);
  });

  it('stays inside the viewBox for random networks (property)', () => {
    const node = fc.record({
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -89, max: 89, noNaN: true }),
      size: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 15 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 20 }), (ns, es) => {
        const mapNodes = ns.map((n, i) => ({ id: `n${i}`, ...n }));
        const mapEdges = es.map(([a, b, directed]) => ({ source: `n${a % ns.length}`, target: `n${b % ns.length}`, directed }));
        const svg = networkMap({ nodes: mapNodes, edges: mapEdges, labels: 'none' });
        expectInsideViewBox(svg);
        expect(elements(parseSvg(svg), 'circle', 'node')).toHaveLength(ns.length);
      }),
      { numRuns: 40 },
    );
  });

  describe('declared options', () => {
    it('reports an unknown option, suggesting the declared one', () => {
      const e = catchError(() => networkMap({ nodes, edges, toplabels: 3 } as never));
      expect(e.issues).toEqual([expect.objectContaining({ code: 'unknown-option', field: 'toplabels' })]);
      expect(e.message).toMatch(/^networkMap: unknown option toplabels \(did you mean topLabels\?\)/);
    });

    it('reports a wrong-typed option and a data problem together in one error', () => {
      const e = catchError(() => networkMap({ nodes, edges: [{ source: nodes[0].id, target: 'nowhere' }], labels: 'some' as never, radiusRange: [0, 5] }));
      expect(e.issues.map((i) => [i.code, i.field])).toEqual([['invalid-argument', 'labels'], ['invalid-argument', 'radiusRange'], ['unknown-node', 'target']]);
      expect(e.message).toBe("networkMap: option labels must be one of 'none', 'top', 'all', got \"some\"; option radiusRange must be [min, max] with 0 < min ≤ max, got an array; edges[0].target \"nowhere\" is not a node (3 problems)");
      expect(catchError(() => networkMap({ nodes, edges, basemap: { type: 'Feature' } as never })).message).toBe('networkMap: option basemap must be a GeoJSON FeatureCollection, got an object');
      expect(catchError(() => networkMap({ nodes, edges, inset: { minLon: 1, maxLon: 0, minLat: 0, maxLat: 1, label: 'x' } })).issues[0].field).toBe('inset');
    });

    it('draws the same map with the declared defaults given explicitly', () => {
      expect(networkMap({ nodes, edges, basemap, width: 800, height: 560, labels: 'top', topLabels: 10, radiusRange: [3, 14], idPrefix: 'zonelink-map' })).toBe(networkMap({ nodes, edges, basemap }));
    });
  });
});
