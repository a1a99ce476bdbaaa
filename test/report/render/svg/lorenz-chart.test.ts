import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lorenzChart } from '../../../../src/report/render/svg/index.js';
import { catchError, elements, expectInsideViewBox, parseSvg, pathPoints, svgTitle, texts } from './parse-svg.js';

const two = [
  { label: 'GDP', p: [0, 0.5, 1], l: [0, 0.25, 1] },
  { label: '专利 <&"> patents', p: [0, 0.2, 0.4, 0.6, 0.8, 1], l: [0, 0.02, 0.08, 0.2, 0.4, 1] },
];

describe('lorenzChart', () => {
  it('parses as XML with one path per series, the equality line and a legend', () => {
    const svg = lorenzChart({ series: two, title: 'Lorenz 洛伦兹' });
    const doc = parseSvg(svg);
    expect(doc.documentElement!.tagName).toBe('svg');
    expect(doc.documentElement!.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(elements(doc, 'path', 'series')).toHaveLength(2);
    expect(elements(doc, 'path')).toHaveLength(2);
    expect(elements(doc, 'line', 'equality-line')).toHaveLength(1);
    expect(elements(doc, 'g', 'legend')).toHaveLength(1);
    expect(svgTitle(doc)).toBe('Lorenz 洛伦兹');
    expectInsideViewBox(svg);
  });

  it('places points on the default 560×480 frame (hand calculation)', () => {
    // Plot area: x 64…540 (width 476), y 20…424 (height 404). (0.5, 0.25) → (64 + 238, 424 − 101).
    const doc = parseSvg(lorenzChart({ series: [two[0]] }));
    const d = elements(doc, 'path', 'series')[0].getAttribute('d')!;
    expect(pathPoints(d)).toEqual([[64, 424], [302, 323], [540, 20]]);
    const eq = elements(doc, 'line', 'equality-line')[0];
    expect(['x1', 'y1', 'x2', 'y2'].map((a) => Number(eq.getAttribute(a)))).toEqual([64, 424, 540, 20]);
  });

  it('labels axes 0–1 with nice ticks', () => {
    const doc = parseSvg(lorenzChart({ series: two }));
    const xTicks = elements(doc, 'g', 'axis-x')[0];
    const labels = Array.from(xTicks.getElementsByTagName('text') as unknown as ArrayLike<Element>).map((t) => t.textContent);
    expect(labels.slice(0, 6)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
  });

  it('escapes labels and keeps Chinese', () => {
    const svg = lorenzChart({ series: two, title: 'A & B <test> "q"' });
    expect(svg).toContain('专利 &lt;&amp;&quot;&gt; patents');
    expect(svg).toContain('A &amp; B &lt;test&gt; &quot;q&quot;');
    const doc = parseSvg(svg);
    expect(texts(doc)).toContain('专利 <&"> patents');
    expect(svgTitle(doc)).toBe('A & B <test> "q"');
  });

  it('uses a font stack with CJK fallbacks', () => {
    const doc = parseSvg(lorenzChart({ series: two }));
    const family = doc.documentElement!.getAttribute('font-family')!;
    for (const font of ['Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei']) expect(family).toContain(font);
    expect(family.trim().endsWith('sans-serif')).toBe(true);
  });

  it('renders a no-data message for empty input', () => {
    for (const series of [[], [{ label: 'x', p: [], l: [] }]]) {
      const svg = lorenzChart({ series });
      const doc = parseSvg(svg);
      expect(texts(doc, 'no-data')).toEqual(['No data · 无数据']);
      expect(elements(doc, 'path')).toHaveLength(0);
    }
    expect(texts(parseSvg(lorenzChart({ series: [], noDataMessage: '暂无 <数据>' })), 'no-data')).toEqual(['暂无 <数据>']);
  });

  it('draws a single-point series without failing', () => {
    const doc = parseSvg(lorenzChart({ series: [{ label: 'one', p: [0], l: [0] }] }));
    expect(elements(doc, 'path', 'series')).toHaveLength(1);
  });

  it('is deterministic', () => {
    expect(lorenzChart({ series: two, title: 't' })).toBe(lorenzChart({ series: two, title: 't' }));
  });

  it('does not mutate its input', () => {
    const input = structuredClone(two);
    lorenzChart({ series: input });
    expect(input).toEqual(two);
  });

  it('reports every NaN with function name and index', () => {
    const e = catchError(() => lorenzChart({ series: [two[0], { label: 'bad', p: [0, NaN, 1], l: [0, 0.5, NaN] }] }));
    expect(e.name).toBe('ZonelinkError');
    expect(e.code).toBe('invalid-argument');
    expect(e.message).toMatch(/^lorenzChart: /);
    expect(e.message).toContain('series[1].p[1]');
    expect(e.message).toContain('series[1].l[2]');
    expect(e.issues.map((i) => [i.field, i.index])).toEqual([['series[1].p', 1], ['series[1].l', 2]]);
  });

  it('rejects shares outside [0, 1], mismatched lengths and bad sizes', () => {
    expect(catchError(() => lorenzChart({ series: [{ label: 'x', p: [0, 1.5], l: [0, 1] }] })).message).toContain('series[0].p[1]');
    expect(catchError(() => lorenzChart({ series: [{ label: 'x', p: [0, 1], l: [0] }] })).message).toContain('series[0] has 2 p values but 1 l values');
    expect(catchError(() => lorenzChart({ series: two, width: NaN })).message).toBe('lorenzChart: option width must be a finite number ≥ 1, got NaN');
    expect(catchError(() => lorenzChart({ series: two, width: 50, height: 50 })).message).toMatch(/^lorenzChart: margin/);
  });

  it('tolerates floating-point overshoot of cumulative sums', () => {
    expect(() => lorenzChart({ series: [{ label: 'x', p: [0, 1 + 1e-12], l: [-1e-12, 1] }] })).not.toThrow();
  });

  it('stays inside the viewBox for any valid curve (property)', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(share, share), { minLength: 1, maxLength: 20 }), fc.integer({ min: 200, max: 900 }), (pts, width) => {
        const svg = lorenzChart({ series: [{ label: 's', p: pts.map((q) => q[0]), l: pts.map((q) => q[1]) }], width });
        expectInsideViewBox(svg);
      }),
      { numRuns: 50 },
    );
  });

  describe('declared options', () => {
    it('reports an unknown option, suggesting the declared one', () => {
      const e = catchError(() => lorenzChart({ series: two, colours: ['red'] } as never));
      expect(e.issues).toEqual([expect.objectContaining({ code: 'unknown-option', field: 'colours' })]);
      expect(e.message).toMatch(/^lorenzChart: unknown option colours \(did you mean colors\?\)/);
    });

    it('reports a wrong-typed option and a data problem together in one error', () => {
      const e = catchError(() => lorenzChart({ series: [{ label: 'x', p: [0, 2], l: [0, 1] }], margin: { top: -1 } }));
      expect(e.issues.map((i) => [i.code, i.field])).toEqual([['invalid-argument', 'margin'], ['out-of-range', 'series[0].p']]);
      expect(e.message).toBe('lorenzChart: option margin must be an object { top?, right?, bottom?, left? } of finite numbers ≥ 0, got an object; series[0].p[1] is 2 (expected a share in [0, 1]) (2 problems)');
    });

    it('draws the same chart with the declared defaults given explicitly', () => {
      const defaults = { width: 560, height: 480, idPrefix: 'zonelink-lorenz', xLabel: 'Cumulative share of population 人口累计份额', yLabel: 'Cumulative share of value 数值累计份额' };
      expect(lorenzChart({ series: two, ...defaults })).toBe(lorenzChart({ series: two }));
    });
  });
});
