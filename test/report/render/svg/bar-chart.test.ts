import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { barChart } from '../../../../src/report/render/svg/index.js';
import { catchError, elements, expectInsideViewBox, parseSvg, texts } from './parse-svg.js';

const items = [
  { label: 'Chengdu HTZ 成都高新区', value: 2, group: 'West 西部' },
  { label: '上海自贸区', value: 8, group: 'East 东部' },
  { label: 'A <&"> B', value: 4, group: 'East 东部' },
  { label: 'Shenyang', value: 1 },
];

const bars = (svg: string) => elements(parseSvg(svg), 'rect', 'bar');
const num = (e: Element, a: string) => Number(e.getAttribute(a));

describe('barChart', () => {
  it('draws one rect per item, sorted descending, with lengths proportional to values', () => {
    const svg = barChart({ items });
    const rects = bars(svg);
    expect(rects).toHaveLength(4);
    expect(rects.map((r) => r.getElementsByTagName('title')[0].textContent)).toEqual([
      '上海自贸区: 8 (East 东部)',
      'A <&"> B: 4 (East 东部)',
      'Chengdu HTZ 成都高新区: 2 (West 西部)',
      'Shenyang: 1',
    ]);
    const widths = rects.map((r) => num(r, 'width'));
    // Widths are rounded to 0.01 px: compare ratios 8:4:2:1 with that tolerance.
    expect(Math.abs(widths[0] / 2 - widths[1])).toBeLessThan(0.02);
    expect(Math.abs(widths[0] / 4 - widths[2])).toBeLessThan(0.02);
    expect(Math.abs(widths[0] / 8 - widths[3])).toBeLessThan(0.02);
    // All bars start at the same x (value 0).
    expect(new Set(rects.map((r) => r.getAttribute('x'))).size).toBe(1);
    expectInsideViewBox(svg);
  });

  it('colours by group with a legend (ungrouped items grey), first-appearance order', () => {
    const doc = parseSvg(barChart({ items }));
    const fills = elements(doc, 'rect', 'bar').map((r) => r.getAttribute('fill'));
    expect(fills[0]).toBe(fills[1]); // both East
    expect(fills[0]).not.toBe(fills[2]);
    expect(fills[3]).toBe('#8c8c8c');
    const legend = elements(doc, 'g', 'legend')[0];
    const labels = Array.from(legend.getElementsByTagName('text') as unknown as ArrayLike<Element>).map((t) => t.textContent);
    expect(labels).toEqual(['East 东部', 'West 西部', '(no group 未分组)']);
  });

  it('has no legend and one colour without groups', () => {
    const doc = parseSvg(barChart({ items: items.map(({ label, value }) => ({ label, value })) }));
    expect(elements(doc, 'g', 'legend')).toHaveLength(0);
    expect(new Set(elements(doc, 'rect', 'bar').map((r) => r.getAttribute('fill'))).size).toBe(1);
  });

  it('keeps maxItems bars and honours sort', () => {
    expect(bars(barChart({ items, maxItems: 2 }))).toHaveLength(2);
    const asc = bars(barChart({ items, sort: 'ascending', maxItems: 1 }));
    expect(asc[0].getElementsByTagName('title')[0].textContent).toBe('Shenyang: 1');
    const none = bars(barChart({ items, sort: 'none' }));
    expect(none[0].getElementsByTagName('title')[0].textContent).toMatch(/^Chengdu/);
  });

  it('draws vertical bars whose heights are proportional to values', () => {
    const svg = barChart({ items, horizontal: false, valueLabel: 'Count 数量' });
    const rects = bars(svg);
    expect(rects).toHaveLength(4);
    const h = rects.map((r) => num(r, 'height'));
    expect(Math.abs(h[0] / 2 - h[1])).toBeLessThan(0.02);
    // Bars share the baseline: y + height equal.
    expect(new Set(rects.map((r) => (num(r, 'y') + num(r, 'height')).toFixed(1))).size).toBe(1);
    expectInsideViewBox(svg);
  });

  it('handles negative values and all zeros', () => {
    const svg = barChart({ items: [{ label: 'up', value: 3 }, { label: 'down', value: -1 }] });
    const rects = bars(svg);
    expect(num(rects[1], 'x') + num(rects[1], 'width')).toBeCloseTo(num(rects[0], 'x'), 1);
    expectInsideViewBox(svg);
    expect(bars(barChart({ items: [{ label: 'z', value: 0 }] }))).toHaveLength(1);
  });

  it('uses the format option for value labels', () => {
    const doc = parseSvg(barChart({ items, format: (v) => `${v}%` }));
    expect(texts(doc, 'value-label')).toEqual(['8%', '4%', '2%', '1%']);
  });

  it('escapes labels and keeps Chinese', () => {
    const svg = barChart({ items, title: '排名 <top> & "k"' });
    expect(svg).toContain('A &lt;&amp;&quot;&gt; B');
    const doc = parseSvg(svg);
    expect(texts(doc, 'category-label')).toContain('A <&"> B');
    expect(texts(doc, 'chart-title')).toEqual(['排名 <top> & "k"']);
  });

  it('renders a no-data message for no items', () => {
    const doc = parseSvg(barChart({ items: [], title: 'Empty' }));
    expect(texts(doc, 'no-data')).toEqual(['No data · 无数据']);
    expect(elements(doc, 'rect', 'bar')).toHaveLength(0);
  });

  it('does not reorder or mutate its input', () => {
    const input = Object.freeze(items.map((i) => Object.freeze({ ...i })));
    expect(bars(barChart({ items: input }))).toHaveLength(4);
    expect(input.map((i) => i.value)).toEqual([2, 8, 4, 1]);
  });

  it('is deterministic', () => {
    expect(barChart({ items, horizontal: false })).toBe(barChart({ items, horizontal: false }));
  });

  it('reports every NaN value with function name and index', () => {
    const e = catchError(() => barChart({ items: [items[0], { label: 'x', value: NaN }, { label: 'y', value: Infinity }] }));
    expect(e.code).toBe('invalid-argument');
    expect(e.message).toMatch(/^barChart: /);
    expect(e.message).toContain('items[1].value is NaN');
    expect(e.message).toContain('items[2].value is Infinity');
    expect(e.issues.map((i) => i.index)).toEqual([1, 2]);
  });

  it('rejects a bad maxItems', () => {
    expect(catchError(() => barChart({ items, maxItems: 0 })).message).toBe('barChart: option maxItems must be an integer ≥ 1, got 0');
    expect(catchError(() => barChart({ items, maxItems: 1.5 })).message).toMatch(/^barChart: option maxItems/);
  });

  it('stays inside the viewBox for arbitrary values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: fc.string({ maxLength: 30 }), value: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (data, horizontal) => {
          const svg = barChart({ items: data, horizontal });
          expectInsideViewBox(svg);
          expect(bars(svg)).toHaveLength(data.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  describe('declared options', () => {
    it('reports an unknown option, suggesting the declared one', () => {
      const e = catchError(() => barChart({ items, maxItem: 3 } as never));
      expect(e.issues).toEqual([expect.objectContaining({ code: 'unknown-option', field: 'maxItem' })]);
      expect(e.message).toMatch(/^barChart: unknown option maxItem \(did you mean maxItems\?\)/);
    });

    it('reports a wrong-typed option and a data problem together in one error', () => {
      const e = catchError(() => barChart({ items: [{ label: 'a', value: NaN }], sort: 'up' as never, colors: 'red' as never }));
      expect(e.code).toBe('invalid-argument');
      expect(e.issues.map((i) => [i.code, i.field])).toEqual([['invalid-argument', 'sort'], ['invalid-argument', 'colors'], ['non-finite-value', 'value']]);
      expect(e.message).toBe("barChart: option sort must be one of 'descending', 'ascending', 'none', got \"up\"; option colors must be an array of CSS colour strings, got \"red\"; items[0].value is NaN (expected a finite number) (3 problems)");
      expect(catchError(() => barChart({ items: 'abc' as never })).message).toBe('barChart: option items must be an array of bars { label, value, group? }, got "abc"');
    });

    it('draws the same chart with the declared defaults given explicitly', () => {
      expect(barChart({ items, width: 640, horizontal: true, sort: 'descending', idPrefix: 'zonelink-bar', noDataMessage: 'No data · 无数据' })).toBe(barChart({ items }));
      expect(barChart({ items: [] })).toContain('No data · 无数据');
    });
  });
});
