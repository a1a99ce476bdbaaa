import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  barChart,
  barChartOptions,
  chartFrameOptionSpecs,
  hubDiagram,
  hubDiagramOptions,
  lineChart,
  lineChartOptions,
  lorenzChart,
  lorenzChartOptions,
  networkMap,
  networkMapOptions,
} from '../../../../src/report/render/svg/index.js';
import { colorRecordOption, rangeOption } from '../../../../src/report/render/svg/chart-option-specs.js';
import { ZonelinkError } from '../../../../src/error/zonelink-error.js';
import { catchError } from './parse-svg.js';

/** Each chart with a valid input, the same input with one data problem, and its declaration. */
const charts = [
  { draw: barChart, schema: barChartOptions, valid: { items: [{ label: 'a', value: 1 }] }, bad: { items: [{ label: 'a', value: NaN }] } },
  { draw: lineChart, schema: lineChartOptions, valid: { series: [{ label: 'a', points: [{ x: 0, y: 1 }] }] }, bad: { series: [{ label: 'a', points: [{ x: 0, y: NaN }] }] } },
  { draw: lorenzChart, schema: lorenzChartOptions, valid: { series: [{ label: 'a', p: [0, 1], l: [0, 1] }] }, bad: { series: [{ label: 'a', p: [0, 1], l: [0] }] } },
  {
    draw: hubDiagram,
    schema: hubDiagramOptions,
    valid: { hub: { id: 'h', label: 'H' }, spokes: [{ id: 's', label: 'S', weight: 1 }] },
    bad: { hub: { id: 'h', label: 'H' }, spokes: [{ id: 'h', label: 'S', weight: 1 }] },
  },
  {
    draw: networkMap,
    schema: networkMapOptions,
    valid: { nodes: [{ id: 'a', lon: 104, lat: 30 }], edges: [] },
    bad: { nodes: [{ id: 'a', lon: 104, lat: 30 }], edges: [{ source: 'a', target: 'b' }] },
  },
] as const;

const draw = (chart: (typeof charts)[number], options: object) => (chart.draw as (o: object) => string)(options);

describe('the charts’ declared options', () => {
  it('every chart refuses an undeclared key, alone or beside a data problem, in one error (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...charts), fc.string({ minLength: 1, maxLength: 12 }), fc.boolean(), (chart, key, withDataProblem) => {
        fc.pre(!Object.prototype.hasOwnProperty.call(chart.schema.specs, key));
        const input = { ...(withDataProblem ? chart.bad : chart.valid), [key]: 1 };
        const e = catchError(() => draw(chart, input));
        expect(e).toBeInstanceOf(ZonelinkError);
        expect(e.code).toBe('invalid-argument');
        expect(e.message.startsWith(`${chart.schema.caller}: `)).toBe(true);
        expect(e.issues[0]).toMatchObject({ code: 'unknown-option', field: key });
        expect(e.issues.length > 1).toBe(withDataProblem);
      }),
      { numRuns: 200, seed: 15 },
    );
  });

  it('every chart draws its valid input and declares its data fields and the shared frame options', () => {
    for (const chart of charts) {
      expect(draw(chart, chart.valid)).toMatch(/^<svg /);
      for (const name of ['title', 'description', 'width', 'height', 'margin', 'idPrefix', 'noDataMessage']) expect(Object.keys(chart.schema.specs)).toContain(name);
      for (const name of Object.keys(chart.valid)) expect(Object.keys(chart.schema.specs)).toContain(name);
    }
  });

  it('margin: any subset of the four sides, each finite and ≥ 0', () => {
    const { margin } = chartFrameOptionSpecs({ width: 100, height: 100, idPrefix: 'x' });
    expect(margin.check({})).toBeUndefined();
    expect(margin.check({ top: 0, left: 12.5, right: undefined })).toBeUndefined();
    for (const bad of [null, [], 5, { top: -1 }, { top: NaN }, { top: Infinity }, { top: '5' }, { up: 5 }]) expect(margin.check(bad)).toBeDefined();
  });

  it('chartFrameOptionSpecs checks its own arguments', () => {
    for (const bad of [undefined, {}, { width: 0, height: 1, idPrefix: 'x' }, { width: 1, height: {}, idPrefix: 'x' }, { width: 1, height: 1 }]) {
      expect(catchError(() => chartFrameOptionSpecs(bad as never)).message).toMatch(/^chartFrameOptionSpecs: defaults must be/);
    }
  });

  it('height: a number default, or a computed default stated in words', () => {
    expect(chartFrameOptionSpecs({ width: 1, height: 400, idPrefix: 'x' }).height.default).toBe(400);
    const computed = chartFrameOptionSpecs({ width: 1, height: { text: 'fits the bars' }, idPrefix: 'x' }).height;
    expect([computed.default, computed.defaultText]).toEqual([undefined, 'fits the bars']);
  });

  it('rangeOption: two finite numbers in order, strictly unless allowEqual, above a bound when given', () => {
    const strict = rangeOption({ doc: 'd', type: 't' });
    expect(strict.check([0, 1])).toBeUndefined();
    for (const bad of [[1, 1], [1, 0], [0, NaN], [0], [0, 1, 2], '0,1', null]) expect(strict.check(bad)).toBe('t');
    const radius = rangeOption({ doc: 'd', type: 't', allowEqual: true, above: 0, default: [3, 14] });
    expect([radius.check([2, 2]), radius.check([0, 2]), radius.default]).toEqual([undefined, 't', [3, 14]]);
  });

  it('colorRecordOption: an object of strings by name', () => {
    const colors = colorRecordOption('d', 'defaults');
    expect(colors.check({ a: '#000' })).toBeUndefined();
    for (const bad of [['#000'], { a: 1 }, null, '#000']) expect(colors.check(bad)).toBeDefined();
  });
});
