import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineChart } from '../../../../src/report/render/svg/index.js';
import { catchError, elements, expectInsideViewBox, parseSvg, pathPoints, svgTitle, texts } from './parse-svg.js';

const series = [
  { label: 'Gini 基尼', points: [{ x: 2015, y: 0.4 }, { x: 2017, y: 0.45 }, { x: 2016, y: 0.5 }] },
  { label: 'Theil <T> & "L"', points: [{ x: 2015, y: 0.2 }, { x: 2016, y: 0.3 }] },
];
const num = (e: Element, a: string) => Number(e.getAttribute(a));

describe('lineChart', () => {
  it('parses as XML with one path per series and one circle per point', () => {
    const svg = lineChart({ series, title: 'Polarization 极化', xLabel: 'Year 年份', yLabel: 'Index' });
    const doc = parseSvg(svg);
    expect(elements(doc, 'path', 'series')).toHaveLength(2);
    expect(elements(doc, 'path')).toHaveLength(2);
    expect(elements(doc, 'circle', 'point')).toHaveLength(5);
    expect(svgTitle(doc)).toBe('Polarization 极化');
    expect(texts(doc, 'axis-label')).toEqual(['Year 年份', 'Index']);
    expectInsideViewBox(svg);
  });

  it('sorts points by x and uses whole-year ticks', () => {
    const doc = parseSvg(lineChart({ series: [series[0]] }));
    const xs = pathPoints(elements(doc, 'path', 'series')[0].getAttribute('d')!).map((p) => p[0]);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const axis = elements(doc, 'g', 'axis-x')[0];
    const labels = Array.from(axis.getElementsByTagName('text') as unknown as ArrayLike<Element>).map((t) => t.textContent);
    expect(labels).toEqual(['2015', '2016', '2017']);
  });

  it('maps values linearly on the default 640×400 frame (hand calculation)', () => {
    // One series: no legend, plot x 64…620, y 20…344. x domain 2015–2017, y domain 0.4–0.5 (nice).
    const doc = parseSvg(lineChart({ series: [series[0]] }));
    const pts = elements(doc, 'circle', 'point').map((c) => [num(c, 'cx'), num(c, 'cy')]);
    expect(pts).toEqual([[64, 344], [342, 20], [620, 182]]); // (2016, 0.5) → (64 + 278, 20); (2017, 0.45) → (620, 182)
  });

  it('honours yDomain and showPoints', () => {
    const doc = parseSvg(lineChart({ series, yDomain: [0, 1], showPoints: false }));
    expect(elements(doc, 'circle')).toHaveLength(0);
    const axis = elements(doc, 'g', 'axis-y')[0];
    const labels = Array.from(axis.getElementsByTagName('text') as unknown as ArrayLike<Element>).map((t) => t.textContent);
    expect(labels[0]).toBe('0.0');
    expect(labels[labels.length - 1]).toBe('1.0');
  });

  it('shows a legend for two or more series and escapes its labels', () => {
    const svg = lineChart({ series });
    expect(svg).toContain('Theil &lt;T&gt; &amp; &quot;L&quot;');
    const doc = parseSvg(svg);
    expect(elements(doc, 'g', 'legend')).toHaveLength(1);
    expect(texts(doc)).toContain('Theil <T> & "L"');
    expect(elements(parseSvg(lineChart({ series: [series[0]] })), 'g', 'legend')).toHaveLength(0);
  });

  it('handles a single point and a constant series', () => {
    for (const points of [[{ x: 2020, y: 0.3 }], [{ x: 1, y: 5 }, { x: 2, y: 5 }]]) {
      const svg = lineChart({ series: [{ label: 's', points }] });
      expect(elements(parseSvg(svg), 'circle', 'point')).toHaveLength(points.length);
      expectInsideViewBox(svg);
    }
  });

  it('renders a no-data message for empty input', () => {
    for (const input of [[], [{ label: 'x', points: [] }]]) {
      const doc = parseSvg(lineChart({ series: input }));
      expect(texts(doc, 'no-data')).toEqual(['No data · 无数据']);
      expect(elements(doc, 'path')).toHaveLength(0);
    }
  });

  it('is deterministic', () => {
    expect(lineChart({ series })).toBe(lineChart({ series }));
  });

  it('reports every NaN with function name, series and point index', () => {
    const e = catchError(() => lineChart({ series: [series[0], { label: 'b', points: [{ x: 1, y: NaN }, { x: NaN, y: 2 }] }] }));
    expect(e.code).toBe('invalid-argument');
    expect(e.message).toMatch(/^lineChart: /);
    expect(e.message).toContain('series[1].points[0].y is NaN');
    expect(e.message).toContain('series[1].points[1].x is NaN');
    expect(e.issues.map((i) => i.index)).toEqual([0, 1]);
    expect(catchError(() => lineChart({ series, yDomain: [1, 0] })).message).toBe('lineChart: option yDomain must be [min, max] with finite min < max, got an array');
  });

  it('stays inside the viewBox for arbitrary data (property)', () => {
    const point = fc.record({ x: fc.double({ min: -1e6, max: 1e6, noNaN: true }), y: fc.double({ min: -1e6, max: 1e6, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(fc.array(point, { maxLength: 12 }), { minLength: 1, maxLength: 4 }), (data) => {
        const svg = lineChart({ series: data.map((points, i) => ({ label: `s${i}`, points })) });
        expectInsideViewBox(svg);
      }),
      { numRuns: 50 },
    );
  });

  describe('declared options', () => {
    it('reports an unknown option, suggesting the declared one', () => {
      const e = catchError(() => lineChart({ series, xlabel: 'Year' } as never));
      expect(e.issues).toEqual([expect.objectContaining({ code: 'unknown-option', field: 'xlabel' })]);
      expect(e.message).toMatch(/^lineChart: unknown option xlabel \(did you mean xLabel\?\)/);
    });

    it('reports a wrong-typed option and a data problem together in one error', () => {
      const bad = [{ label: 'a', points: [{ x: 1, y: NaN }] }];
      const e = catchError(() => lineChart({ series: bad, showPoints: 'yes' as never, height: 0 }));
      expect(e.issues.map((i) => [i.code, i.field])).toEqual([['invalid-argument', 'height'], ['invalid-argument', 'showPoints'], ['non-finite-value', 'series[0].points.y']]);
      expect(e.message).toBe('lineChart: option height must be a finite number ≥ 1, got 0; option showPoints must be true or false, got "yes"; series[0].points[0].y is NaN (expected a finite number) (3 problems)');
    });

    it('draws the same chart with the declared defaults given explicitly', () => {
      expect(lineChart({ series, width: 640, height: 400, showPoints: true, idPrefix: 'zonelink-line' })).toBe(lineChart({ series }));
    });
  });
});
