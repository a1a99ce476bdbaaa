import { axisTicks } from './axis-ticks.js';
import { renderAxis } from './cartesian-axes.js';
import { resolveChartFrame } from './chart-frame.js';
import { escapeXml } from './escape-xml.js';
import { formatCoordinate as f } from './format-number.js';
import { InputIssues } from './input-issues.js';
import { renderLegend, type LegendEntry } from './legend.js';
import { linearScale } from './linear-scale.js';
import { categoricalColor, NEUTRAL_COLOR } from './palette.js';
import { noDataDocument, svgDocument } from './svg-document.js';
import { checkOptions } from '../../../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../../../options/define-options.js';
import { stringOption } from '../../../options/option-spec.js';
import { chartFrameOptionSpecs, colorListOption, dataArrayOption } from './chart-option-specs.js';

/** One Lorenz curve: cumulative population shares `p` and value shares `l`, both starting at 0. */
export interface LorenzSeries {
  label: string;
  p: readonly number[];
  l: readonly number[];
}

/**
 * The declared options of {@link lorenzChart}, data included (checks, defaults and
 * docs/options.md come from here); each series' shares are checked by the chart.
 */
export const lorenzChartOptions = defineOptions('lorenzChart', {
  /** The curves: `{ label, p, l }` each, shares in [0, 1] with `p` and `l` of equal length (default: none, a "no data" chart). */
  series: dataArrayOption<LorenzSeries>({ doc: 'The curves: `{ label, p, l }` each, cumulative shares in [0, 1], `p` and `l` of equal length (as `lorenz` returns them).', element: 'series { label, p, l }' }),
  ...chartFrameOptionSpecs({ width: 560, height: 480, idPrefix: 'zonelink-lorenz' }),
  /** x-axis title (default "Cumulative share of population 人口累计份额"). */
  xLabel: stringOption({ doc: 'Title of the x axis.', allowEmpty: true, default: 'Cumulative share of population 人口累计份额' }),
  /** y-axis title (default "Cumulative share of value 数值累计份额"). */
  yLabel: stringOption({ doc: 'Title of the y axis.', allowEmpty: true, default: 'Cumulative share of value 数值累计份额' }),
  /** Colours of the series, in order (default: the Okabe–Ito palette). */
  colors: colorListOption('Colours of the series, in order.'),
});

/** Input and options of {@link lorenzChart}, declared in {@link lorenzChartOptions}. */
export type LorenzChartOptions = OptionsOf<typeof lorenzChartOptions>;

const FN = 'lorenzChart';
/** Shares may overshoot [0, 1] by this much (floating-point rounding of cumulative sums). */
const SHARE_TOLERANCE = 1e-9;

/**
 * Renders Lorenz curves as a standalone SVG string: each series is the polyline through
 * the points (P_k, L_k) — cumulative population share against cumulative value share,
 * as computed by zonelink's Lorenz function (Lorenz 1905, Lorenz curve: sort ascending,
 * P_k = cumulative weight share, L_k = cumulative value share) — over the 45° line of
 * equality, with both axes fixed to [0, 1] and a legend.
 *
 * Defaults: 560 × 480 px, margins 20/20/56/64 (top/right/bottom/left, plus 28 px for a
 * title), Okabe–Ito colours. Pure string building: no DOM, no Node built-ins; the same
 * input gives byte-identical output.
 *
 * Edge cases: no series, or only series without points, gives a "no data" chart. A
 * series with a single point is drawn as a dot-less path (it has no length).
 * Errors: one `ZonelinkError` (`invalid-argument`) listing every invalid or unknown option
 * (declared in {@link lorenzChartOptions}) and every non-finite share (by
 * series and point index, e.g. `series[1].l[3]`), every share outside [0, 1], and
 * every series whose `p` and `l` differ in length.
 *
 * Reference: Lorenz, M. O. (1905), "Methods of measuring the concentration of wealth",
 * Publications of the American Statistical Association 9(70), 209–219.
 *
 * The `{ p, l }` result of zonelink's `lorenz(values)` plugs in directly:
 * `lorenzChart({ series: [{ label: 'GDP', ...lorenz(gdp) }] })`.
 *
 * @example
 * const svg = lorenzChart({
 *   title: 'HTZ GDP 2019 高新区GDP',
 *   series: [{ label: '169 HTZs', p: [0, 0.5, 0.9, 1], l: [0, 0.1, 0.5, 1] }],
 * });
 */
export function lorenzChart(options: LorenzChartOptions): string {
  checkOptions(FN, options, 'options', true);
  const read = lorenzChartOptions.collect(options);
  const issues = new InputIssues(FN);
  issues.addAll(read.issues);
  const frame = resolveChartFrame(read.values, { top: 20, right: 20, bottom: 56, left: 64 }, issues);
  const series = read.values.series ?? [];
  series.forEach((s, si) => {
    if (s === null || typeof s !== 'object') {
      issues.add('invalid-type', `series[${si}]`, 'must be an object { label, p, l }', { field: 'series', index: si });
      return;
    }
    issues.string(s.label, `series[${si}].label`, { field: `series[${si}].label`, index: si });
    const p: readonly number[] | undefined = Array.isArray(s.p) ? s.p : undefined;
    const l: readonly number[] | undefined = Array.isArray(s.l) ? s.l : undefined;
    if (!p) issues.add('invalid-type', `series[${si}].p`, 'must be an array of numbers', { field: `series[${si}].p`, index: si });
    if (!l) issues.add('invalid-type', `series[${si}].l`, 'must be an array of numbers', { field: `series[${si}].l`, index: si });
    if (!p || !l) return;
    if (p.length !== l.length) {
      issues.add('length-mismatch', `series[${si}]`, `has ${p.length} p values but ${l.length} l values`, { field: `series[${si}]`, index: si });
    }
    for (const [name, values] of [['p', p], ['l', l]] as const) {
      values.forEach((v, i) => {
        const where = `series[${si}].${name}[${i}]`;
        issues.number(v, where, { field: `series[${si}].${name}`, index: i });
        if (typeof v === 'number' && Number.isFinite(v) && (v < -SHARE_TOLERANCE || v > 1 + SHARE_TOLERANCE)) {
          issues.add('out-of-range', where, `is ${v} (expected a share in [0, 1])`, { field: `series[${si}].${name}`, index: i, value: v });
        }
      });
    }
  });
  issues.throwIfAny();
  if (!frame) throw new Error('unreachable');

  const accessible = 'Lorenz curves 洛伦兹曲线';
  if (series.every((s) => s.p.length === 0)) return noDataDocument(frame, accessible, read.values.noDataMessage, read.values.description);

  const { plot } = frame;
  const x = linearScale([0, 1], [plot.left, plot.right]);
  const y = linearScale([0, 1], [plot.bottom, plot.top]);
  const ticks = axisTicks(0, 1, 5);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const body: string[] = [
    renderAxis(frame, { side: 'bottom', scale: x, ticks: ticks.values, format: ticks.format, label: read.values.xLabel }),
    renderAxis(frame, { side: 'left', scale: y, ticks: ticks.values, format: ticks.format, label: read.values.yLabel }),
    `<line class="equality-line" x1="${f(x(0))}" y1="${f(y(0))}" x2="${f(x(1))}" y2="${f(y(1))}" stroke="${NEUTRAL_COLOR}" stroke-width="1.5" stroke-dasharray="6 4"><title>Line of equality 绝对平等线</title></line>`,
  ];
  const legend: LegendEntry[] = [];
  series.forEach((s: LorenzSeries, si) => {
    const color = categoricalColor(si, read.values.colors);
    legend.push({ label: s.label, color, symbol: 'line' });
    if (s.p.length === 0) return;
    const d = s.p.map((pv: number, i: number) => `${i === 0 ? 'M' : 'L'}${f(x(clamp(pv)))},${f(y(clamp(s.l[i])))}`).join(' ');
    body.push(`<path class="series" d="${d}" fill="none" stroke="${escapeXml(color)}" stroke-width="2" stroke-linejoin="round"><title>${escapeXml(s.label)}</title></path>`);
  });
  legend.push({ label: 'Line of equality 绝对平等线', color: NEUTRAL_COLOR, symbol: 'dashed' });
  body.push(renderLegend(legend, plot.left + 10, plot.top + 10, Math.max(40, plot.width * 0.45)));
  return svgDocument(frame, accessible, body, read.values.description);
}
