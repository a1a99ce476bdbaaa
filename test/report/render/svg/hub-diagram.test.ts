import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hubDiagram, HUB_DIAGRAM_MAX_SPOKES, type HubSpoke } from '../../../../src/report/render/svg/index.js';
import { catchError, elements, expectInsideViewBox, parseSvg, pathPoints, svgTitle, texts } from './parse-svg.js';

const hub = { id: 'cd', label: '成都高新区' };
const spokes: HubSpoke[] = [
  { id: 'my', label: '绵阳', weight: 4, mode: 'industrial-chain' },
  { id: 'dy', label: '德阳 <&">', weight: 2, mode: 'resource-factor' },
  { id: 'ya', label: 'Ya\'an 雅安', weight: 1, mode: 'cross-regional' },
  { id: 'ms', label: '眉山', weight: 0 },
];
const spokeLinks = [{ source: 'my', target: 'dy', weight: 2 }, { source: 'ya', target: 'ms', weight: 1 }];
const num = (e: Element, a: string) => Number(e.getAttribute(a));

describe('hubDiagram', () => {
  it('parses as XML: one hub circle, one circle and one line per spoke, one path per spoke link', () => {
    const svg = hubDiagram({ hub, spokes, spokeLinks, title: '"1+N" 成都' });
    const doc = parseSvg(svg);
    expect(elements(doc, 'circle', 'hub')).toHaveLength(1);
    expect(elements(doc, 'circle', 'spoke-node')).toHaveLength(4);
    expect(elements(doc, 'circle')).toHaveLength(5);
    // 眉山 has weight 0 (no linkage to the hub): no line for it.
    expect(elements(doc, 'line', 'spoke')).toHaveLength(3);
    expect(elements(doc, 'path', 'spoke-link')).toHaveLength(2);
    expect(svgTitle(doc)).toBe('"1+N" 成都');
    expectInsideViewBox(svg);
  });

  it('puts the hub at the centre and spokes evenly on a circle, clockwise from the top', () => {
    // Default 600×600, margins 16: centre (300, 300).
    const doc = parseSvg(hubDiagram({ hub, spokes }));
    const h = elements(doc, 'circle', 'hub')[0];
    expect([num(h, 'cx'), num(h, 'cy')]).toEqual([300, 300]);
    const s = elements(doc, 'circle', 'spoke-node').map((c) => [num(c, 'cx') - 300, num(c, 'cy') - 300]);
    const r = Math.hypot(s[0][0], s[0][1]);
    for (const [x, y] of s) expect(Math.hypot(x, y)).toBeCloseTo(r, 1);
    expect(s[0][0]).toBeCloseTo(0, 1); // 12 o'clock
    expect(s[0][1]).toBeLessThan(0);
    expect(s[1][0]).toBeCloseTo(r, 1); // 3 o'clock
    expect(s[2][1]).toBeCloseTo(r, 1); // 6 o'clock
    expect(s[3][0]).toBeCloseTo(-r, 1); // 9 o'clock
  });

  it('sets line width proportional to weight (max 8 px, min 1 px) and colour by mode', () => {
    const doc = parseSvg(hubDiagram({ hub, spokes }));
    const lines = elements(doc, 'line', 'spoke');
    expect(lines.map((l) => num(l, 'stroke-width'))).toEqual([8, 4, 2]);
    expect(lines.map((l) => l.getAttribute('stroke'))).toEqual(['#D55E00', '#0072B2', '#009E73']);
    expect(texts(doc).filter((t) => t.includes('联动'))).toEqual(['产业链联动 industrial-chain', '资源要素联动 resource-factor', '跨区域联动 cross-regional']);
  });

  it('draws spoke links between the right spokes', () => {
    const doc = parseSvg(hubDiagram({ hub, spokes, spokeLinks }));
    const nodes = elements(doc, 'circle', 'spoke-node').map((c) => [num(c, 'cx'), num(c, 'cy')]);
    const pts = pathPoints(elements(doc, 'path', 'spoke-link')[0].getAttribute('d')!);
    expect(pts[0]).toEqual(nodes[0]);
    expect(pts[2]).toEqual(nodes[1]);
  });

  it('escapes labels and keeps Chinese', () => {
    const svg = hubDiagram({ hub, spokes });
    expect(svg).toContain('德阳 &lt;&amp;&quot;&gt;');
    expect(texts(parseSvg(svg), 'spoke-label')).toContain('德阳 <&">');
  });

  it('handles a single spoke and all-zero weights: members without a linkage to the hub get no line', () => {
    const svg = hubDiagram({ hub, spokes: [{ id: 'a', label: 'A', weight: 0 }] });
    expect(elements(parseSvg(svg), 'line', 'spoke')).toHaveLength(0);
    expect(elements(parseSvg(svg), 'circle', 'spoke-node')[0].getAttribute('fill')).toBe('#ffffff');
    expectInsideViewBox(svg);
  });

  it('renders a no-data message without spokes', () => {
    const doc = parseSvg(hubDiagram({ hub, spokes: [] }));
    expect(texts(doc, 'no-data')).toEqual(['No data · 无数据']);
    expect(svgTitle(doc)).toContain('成都高新区');
  });

  it('is deterministic', () => {
    expect(hubDiagram({ hub, spokes, spokeLinks })).toBe(hubDiagram({ hub, spokes, spokeLinks }));
  });

  it('reports NaN and negative weights, duplicate ids and unknown link ends in one error', () => {
    const e = catchError(() =>
      hubDiagram({
        hub,
        spokes: [spokes[0], { id: 'x', label: 'X', weight: NaN }, { id: 'my', label: 'dup', weight: 1 }, { id: 'cd', label: 'hub again', weight: -1 }],
        spokeLinks: [{ source: 'my', target: 'zz', weight: 1 }],
      }),
    );
    expect(e.code).toBe('invalid-argument');
    expect(e.message).toMatch(/^hubDiagram: /);
    expect(e.issues.map((i) => `${i.code}@${i.index}`)).toEqual(['non-finite-value@1', 'duplicate-id@2', 'out-of-range@3', 'duplicate-id@3', 'unknown-node@0']);
    expect(e.message).toContain('spokes[1].weight is NaN');
  });

  it('stays inside the viewBox for any number of spokes and label lengths (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 40 }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 40 }), fc.integer({ min: 150, max: 900 }), (data, size) => {
        const svg = hubDiagram({ hub, spokes: data.map(([label, weight], i) => ({ id: `s${i}`, label, weight })), width: size, height: size });
        expectInsideViewBox(svg);
      }),
      { numRuns: 40 },
    );
  });

  describe('declared options', () => {
    it('reports an unknown option, suggesting the declared one', () => {
      const e = catchError(() => hubDiagram({ hub, spokes, spokelinks: spokeLinks } as never));
      expect(e.issues).toEqual([expect.objectContaining({ code: 'unknown-option', field: 'spokelinks' })]);
      expect(e.message).toMatch(/^hubDiagram: unknown option spokelinks \(did you mean spokeLinks\?\)/);
    });

    it('reports a wrong-typed option and a data problem together in one error', () => {
      const e = catchError(() => hubDiagram({ hub, spokes: [{ id: 'a', label: 'A', weight: -1 }], maxLineWidth: 0.5, colors: ['red'] as never }));
      expect(e.issues.map((i) => [i.code, i.field])).toEqual([['invalid-argument', 'colors'], ['invalid-argument', 'maxLineWidth'], ['out-of-range', 'weight']]);
      expect(e.message).toBe('hubDiagram: option colors must be an object of CSS colour strings by name, got an array; option maxLineWidth must be a finite number ≥ 1, got 0.5; spokes[0].weight is -1 (expected a number ≥ 0) (3 problems)');
    });

    it('requires the hub', () => {
      expect(catchError(() => hubDiagram({ spokes } as never)).message).toBe('hubDiagram: option hub is required (an object { id, label })');
      expect(catchError(() => hubDiagram({ hub: 'cd' as never, spokes })).issues).toEqual([expect.objectContaining({ code: 'invalid-argument', field: 'hub' })]);
    });

    it('draws the same diagram with the declared defaults given explicitly', () => {
      expect(hubDiagram({ hub, spokes, spokeLinks, width: 600, height: 600, maxLineWidth: 8, idPrefix: 'zonelink-hub' })).toBe(hubDiagram({ hub, spokes, spokeLinks }));
    });
  });
});

describe('hubDiagram with more spokes than maxSpokes', () => {
  // 250 spokes, weights k mod 7 (ties and zeros), a link between each consecutive pair
  const many: HubSpoke[] = Array.from({ length: 250 }, (_, k) => ({ id: `s${k}`, label: `园区${k}`, weight: k % 7 }));
  const chain = many.slice(1).map((s, k) => ({ source: many[k].id, target: s.id, weight: 1 }));

  it('draws the HUB_DIAGRAM_MAX_SPOKES most strongly linked to the hub (ties in input order), in input order, the links among them, and says so', () => {
    expect(HUB_DIAGRAM_MAX_SPOKES).toBe(100);
    const svg = hubDiagram({ hub, spokes: many, spokeLinks: chain });
    expectInsideViewBox(svg);
    const doc = parseSvg(svg);
    // by hand: weight 6 is held by k = 6, 13 … 244 (35 spokes), weight 5 by k = 5 … 243 (35),
    // so 30 more of weight 4 in input order: k = 4, 11 … 207
    const expected = many.filter((_, k) => k % 7 === 6 || k % 7 === 5 || (k % 7 === 4 && k <= 207)).map((s) => s.label);
    expect(expected).toHaveLength(100);
    expect(texts(doc, 'spoke-label')).toEqual(expected);
    expect(elements(doc, 'circle', 'spoke-node')).toHaveLength(100);
    const drawn = new Set(expected);
    const linksAmongDrawn = chain.filter((l) => drawn.has(`园区${l.source.slice(1)}`) && drawn.has(`园区${l.target.slice(1)}`));
    expect(elements(doc, 'path', 'spoke-link')).toHaveLength(linksAmongDrawn.length);
    expect(texts(doc, 'spokes-note')).toEqual(['100 of 250 members drawn: the most strongly linked to the hub 仅画与核心联动最强的成员']);
  });

  it('draws every spoke and no note at or under the limit; maxSpokes is checked', () => {
    const doc = parseSvg(hubDiagram({ hub, spokes: many.slice(0, 10), maxSpokes: 10 }));
    expect(elements(doc, 'circle', 'spoke-node')).toHaveLength(10);
    expect(texts(doc, 'spokes-note')).toEqual([]);
    expect(elements(parseSvg(hubDiagram({ hub, spokes: many, maxSpokes: 3 })), 'circle', 'spoke-node')).toHaveLength(3);
    for (const bad of [0, 1.5, NaN]) expect(catchError(() => hubDiagram({ hub, spokes, maxSpokes: bad })).message).toMatch(/^hubDiagram/);
  });
});
