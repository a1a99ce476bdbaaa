import { axisTicks } from './axis-ticks.js';
import { renderAxis } from './cartesian-axes.js';
import { resolveChartFrame } from './chart-frame.js';
import { escapeXml } from './escape-xml.js';
import { formatCoordinate as f, formatValue } from './format-number.js';
import { InputIssues } from './input-issues.js';
import { legendSize, renderLegend, type LegendEntry } from './legend.js';
import { linearScale } from './linear-scale.js';
import { categoricalColor } from './palette.js';
import { noDataDocument, svgDocument } from './svg-document.js';
import { checkOptions } from '../../../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../../../options/define-options.js';
import { booleanOption, stringOption } from '../../../options/option-spec.js';
import { chartFrameOptionSpecs, colorListOption, dataArrayOption, formatOption, rangeOption } from './chart-option-specs.js';

/** One line: a label and its (x, y) points. */
export interface LineSeries {
  label: string;
  points: readonly { x: number; y: number }[];
}

/**
 * The declared options of {@link lineChart}, data included (checks, defaults and
 * docs/options.md come from here); each series' points are checked by the chart.
 */
export const lineChartOptions = defineOptions('lineChart', {
  /** The lines: `{ label, points: [{ x, y }] }` each, x and y finite (default: none, a "no data" chart). */
  series: dataArrayOption<LineSeries>({ doc: 'The lines: `{ label, points: [{ x, y }, …] }` each, with finite x and y.', element: 'series { label, points }' }),
  ...chartFrameOptionSpecs({ width: 640, height: 400, idPrefix: 'zonelink-line' }),
  /** Title of the x axis. */
  xLabel: stringOption({ doc: 'Title of the x axis.', allowEmpty: true }),
  /** Title of the y axis. */
  yLabel: stringOption({ doc: 'Title of the y axis.', allowEmpty: true }),
  /** Fix the y-axis range instead of fitting nice bounds around the data. */
  yDomain: rangeOption({ doc: 'Fixes the y-axis range instead of fitting nice bounds around the data.', type: '[min, max] with finite min < max', defaultText: 'fitted to the data' }),
  /** Draw a dot at every point (default true). */
  showPoints: booleanOption({ doc: 'Draw a dot at every point.', default: true }),
  /** Colours of the series, in order (default: the Okabe–Ito palette). */
  colors: colorListOption('Colours of the series, in order.'),
  /** Formats x tick labels (default: decimals fitted to the tick step; years print as 2015). */
  xFormat: formatOption('Formats x tick labels.', 'decimals fitted to the tick step (years print as 2015)'),
  /** Formats y tick labels (default: decimals fitted to the tick step). */
  yFormat: formatOption('Formats y tick labels.', 'decimals fitted to the tick step'),
});

/** Input and options of {@link lineChart}, declared in {@link lineChartOptions}. */
export type LineChartOptions = OptionsOf<typeof lineChartOptions>;

const FN = 'lineChart';

/**
 * Renders line series (e.g. a polarization index over years) as a standalone SVG string:
 * one `<path class="series">` per series through its points sorted by x, a
 * `<circle class="point">` per point (with a `<title>` giving the values), x and y axes
 * with nice ticks (d3-array; only whole-number x ticks when every x is an integer, as
 * for years) and a legend when there are two or more series.
 *
 * Defaults: 640 × 400 px, margins 20/20/56/64 (plus 28 for a title and the legend's
 * width on the right), y fitted to the data with nice bounds (not forced to include 0;
 * pass `yDomain` for that), Okabe–Ito colours.
 *
 * Edge cases: no series, or only series without points, gives a "no data" chart; a single
 * point or a constant series gets an axis of ±1 (or ±10%) around its value.
 * Errors: one `ZonelinkError` (`invalid-argument`) listing every invalid or unknown option
 * (declared in {@link lineChartOptions}) and every non-finite x or y by
 * series and point index (`series[0].points[2].y`) and a bad `yDomain`.
 *
 * @example
 * const svg = lineChart({
 *   title: 'Gini of HTZ GDP 高新区GDP基尼系数',
 *   xLabel: 'Year 年份',
 *   series: [{ label: 'Gini', points: [{ x: 2015, y: 0.41 }, { x: 2019, y: 0.46 }] }],
 * });
 */
export function lineChart(options: LineChartOptions): string {
  checkOptions(FN, options, 'options', true);
  const read = lineChartOptions.collect(options);
  const { yDomain, colors, description } = read.values;
  const issues = new InputIssues(FN);
  issues.addAll(read.issues);
  const series = read.values.series ?? [];
  series.forEach((s, si) => {
    if (s === null || typeof s !== 'object' || !Array.isArray(s.points)) {
      issues.add('invalid-type', `series[${si}]`, 'must be an object { label, points: [] }', { field: 'series', index: si });
      return;
    }
    issues.string(s.label, `series[${si}].label`, { field: `series[${si}].label`, index: si });
    s.points.forEach((pt, i) => {
      if (pt === null || typeof pt !== 'object') {
        issues.add('invalid-type', `series[${si}].points[${i}]`, 'must be an object { x, y }', { field: `series[${si}].points`, index: i });
        return;
      }
      issues.number(pt.x, `series[${si}].points[${i}].x`, { field: `series[${si}].points.x`, index: i });
      issues.number(pt.y, `series[${si}].points[${i}].y`, { field: `series[${si}].points.y`, index: i });
    });
  });
  const legend: LegendEntry[] = series.length > 1 ? series.map((s, i) => ({ label: String(s?.label), color: categoricalColor(i, colors), symbol: 'line' })) : [];
  const legendBox = legend.length > 0 ? legendSize(legend, 160) : { width: 0, height: 0 };
  const frame = resolveChartFrame(read.values, { top: 20, right: 20 + (legend.length > 0 ? legendBox.width + 12 : 0), bottom: 56, left: 64 }, issues);
  issues.throwIfAny();
  if (!frame) throw new Error('unreachable');

  const accessible = 'Line chart 折线图';
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return noDataDocument(frame, accessible, read.values.noDataMessage, description);

  const { plot } = frame;
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const xTicks = axisTicks(Math.min(...xs), Math.max(...xs), Math.max(2, Math.round(plot.width / 80)), xs.every(Number.isInteger));
  const yTicks = yDomain
    ? { ...axisTicks(yDomain[0], yDomain[1], 5), domain: [yDomain[0], yDomain[1]] as [number, number] }
    : axisTicks(Math.min(...ys), Math.max(...ys), Math.max(2, Math.round(plot.height / 60)));
  const yValues = yTicks.values.filter((v) => v >= yTicks.domain[0] && v <= yTicks.domain[1]);
  // Integer-only x ticks may not reach the nice bounds; fit the axis to the data range then.
  const xDomain: [number, number] = xTicks.domain;
  const x = linearScale(xDomain, [plot.left, plot.right]);
  const y = linearScale(yTicks.domain, [plot.bottom, plot.top]);
  const clampY = (v: number) => Math.min(plot.bottom, Math.max(plot.top, y(v)));
  const body: string[] = [
    renderAxis(frame, { side: 'bottom', scale: x, ticks: xTicks.values, format: read.values.xFormat ?? xTicks.format, label: read.values.xLabel }),
    renderAxis(frame, { side: 'left', scale: y, ticks: yValues, format: read.values.yFormat ?? yTicks.format, label: read.values.yLabel }),
  ];
  const { showPoints } = read.values;
  series.forEach((s, si) => {
    if (s.points.length === 0) return;
    const color = escapeXml(categoricalColor(si, colors));
    const sorted = s.points.map((p, i) => ({ p, i })).sort((a, b) => a.p.x - b.p.x || a.i - b.i).map((e) => e.p);
    const d = sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(x(p.x))},${f(clampY(p.y))}`).join(' ');
    body.push(`<g class="line-series">`);
    body.push(`<path class="series" d="${d}" fill="none" stroke="${color}" stroke-width="2" stroke-linejoin="round"><title>${escapeXml(s.label)}</title></path>`);
    if (showPoints) {
      for (const p of sorted) {
        body.push(`<circle class="point" cx="${f(x(p.x))}" cy="${f(clampY(p.y))}" r="3" fill="${color}"><title>${escapeXml(`${s.label}: (${formatValue(p.x)}, ${formatValue(p.y)})`)}</title></circle>`);
      }
    }
    body.push('</g>');
  });
  if (legend.length > 0) body.push(renderLegend(legend, frame.width - legendBox.width - 8, plot.top, 160));
  return svgDocument(frame, accessible, body, description);
}
