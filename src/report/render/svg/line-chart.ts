import { axisTicks } from './axis-ticks.js';
import { renderAxis } from './cartesian-axes.js';
import { resolveChartFrame, type ChartFrameOptions } from './chart-frame.js';
import { escapeXml } from './escape-xml.js';
import { formatCoordinate as f, formatValue } from './format-number.js';
import { InputIssues } from './input-issues.js';
import { legendSize, renderLegend, type LegendEntry } from './legend.js';
import { linearScale } from './linear-scale.js';
import { categoricalColor } from './palette.js';
import { noDataDocument, svgDocument } from './svg-document.js';
import { checkOptions } from '../../../error/argument-checks.js';

/** One line: a label and its (x, y) points. */
export interface LineSeries {
  label: string;
  points: readonly { x: number; y: number }[];
}

/** Input and options of {@link lineChart}. */
export interface LineChartOptions extends ChartFrameOptions {
  series: readonly LineSeries[];
  xLabel?: string;
  yLabel?: string;
  /** Fix the y-axis range instead of fitting nice bounds around the data. */
  yDomain?: readonly [number, number];
  /** Draw a dot at every point (default true). */
  showPoints?: boolean;
  /** Colours of the series, in order (default: the Okabe–Ito palette). */
  colors?: readonly string[];
  /** Formats x tick labels (default: decimals fitted to the tick step; years print as 2015). */
  xFormat?: (value: number) => string;
  /** Formats y tick labels (default: decimals fitted to the tick step). */
  yFormat?: (value: number) => string;
}

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
 * Errors: a `ZonelinkError` (`invalid-argument`) listing every non-finite x or y by
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
  checkOptions('lineChart', options, 'options', true);
  checkOptions('lineChart', options);
  const issues = new InputIssues(FN);
  const series: readonly LineSeries[] = Array.isArray(options.series) ? options.series : [];
  if (options.series !== undefined && !Array.isArray(options.series)) issues.add('invalid-type', 'series', 'must be an array', { field: 'series' });
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
  if (options.yDomain !== undefined) {
    const [a, b] = options.yDomain;
    if (!(Number.isFinite(a) && Number.isFinite(b) && a < b)) issues.add('out-of-range', 'yDomain', 'must be [min, max] with finite min < max', { field: 'yDomain' });
  }
  const legend: LegendEntry[] = series.length > 1 ? series.map((s, i) => ({ label: String(s?.label), color: categoricalColor(i, options.colors), symbol: 'line' })) : [];
  const legendBox = legend.length > 0 ? legendSize(legend, 160) : { width: 0, height: 0 };
  const frame = resolveChartFrame(
    options,
    { width: 640, height: 400, margin: { top: 20, right: 20 + (legend.length > 0 ? legendBox.width + 12 : 0), bottom: 56, left: 64 }, idPrefix: 'zonelink-line' },
    issues,
  );
  issues.throwIfAny();
  if (!frame) throw new Error('unreachable');

  const accessible = 'Line chart 折线图';
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return noDataDocument(frame, accessible, options.noDataMessage, options.description);

  const { plot } = frame;
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const xTicks = axisTicks(Math.min(...xs), Math.max(...xs), Math.max(2, Math.round(plot.width / 80)), xs.every(Number.isInteger));
  const yTicks = options.yDomain
    ? { ...axisTicks(options.yDomain[0], options.yDomain[1], 5), domain: [options.yDomain[0], options.yDomain[1]] as [number, number] }
    : axisTicks(Math.min(...ys), Math.max(...ys), Math.max(2, Math.round(plot.height / 60)));
  const yValues = yTicks.values.filter((v) => v >= yTicks.domain[0] && v <= yTicks.domain[1]);
  // Integer-only x ticks may not reach the nice bounds; fit the axis to the data range then.
  const xDomain: [number, number] = xTicks.domain;
  const x = linearScale(xDomain, [plot.left, plot.right]);
  const y = linearScale(yTicks.domain, [plot.bottom, plot.top]);
  const clampY = (v: number) => Math.min(plot.bottom, Math.max(plot.top, y(v)));
  const body: string[] = [
    renderAxis(frame, { side: 'bottom', scale: x, ticks: xTicks.values, format: options.xFormat ?? xTicks.format, label: options.xLabel }),
    renderAxis(frame, { side: 'left', scale: y, ticks: yValues, format: options.yFormat ?? yTicks.format, label: options.yLabel }),
  ];
  const showPoints = options.showPoints ?? true;
  series.forEach((s, si) => {
    if (s.points.length === 0) return;
    const color = escapeXml(categoricalColor(si, options.colors));
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
  return svgDocument(frame, accessible, body, options.description);
}
