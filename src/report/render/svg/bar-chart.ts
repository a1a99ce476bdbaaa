import { axisTicks } from './axis-ticks.js';
import { renderAxis } from './cartesian-axes.js';
import { resolveChartFrame } from './chart-frame.js';
import { escapeXml } from './escape-xml.js';
import { formatCoordinate as f, formatValue } from './format-number.js';
import { InputIssues } from './input-issues.js';
import { legendSize, renderLegend, type LegendEntry } from './legend.js';
import { linearScale } from './linear-scale.js';
import { AXIS_COLOR, categoricalColor, NEUTRAL_COLOR } from './palette.js';
import { noDataDocument, svgDocument, FONT_SIZE } from './svg-document.js';
import { estimateTextWidth, truncateText } from './text-width.js';
import { checkOptions } from '../../../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../../../options/define-options.js';
import { booleanOption, choiceOption, numberOption, stringOption } from '../../../options/option-spec.js';
import { chartFrameOptionSpecs, colorListOption, dataArrayOption, formatOption } from './chart-option-specs.js';

/** One bar: its category label, value and optional group (colour). */
export interface BarItem {
  label: string;
  value: number;
  group?: string;
}

/**
 * The declared options of {@link barChart}, data included (checks, defaults and
 * docs/options.md come from here); each bar's fields are checked by the chart.
 */
export const barChartOptions = defineOptions('barChart', {
  /** The bars: `{ label, value, group? }` each, `value` finite (default: none, a "no data" chart). */
  items: dataArrayOption<BarItem>({ doc: 'The bars: `{ label, value, group? }` each, with a finite `value`; `group` sets the colour.', element: 'bars { label, value, group? }' }),
  ...chartFrameOptionSpecs({ width: 640, height: { text: '24 px per bar plus margins (at least 200) for horizontal bars, 400 for columns' }, idPrefix: 'zonelink-bar' }),
  /** Title of the value axis. */
  valueLabel: stringOption({ doc: 'Title of the value axis.', allowEmpty: true }),
  /** Bars run left to right with labels on the left (default true); false gives columns. */
  horizontal: booleanOption({ doc: 'Bars run left to right with labels on the left; false gives columns.', default: true }),
  /** Draw only the first `maxItems` bars after sorting (default: all). */
  maxItems: numberOption({ doc: 'Draw only the first `maxItems` bars after sorting.', integer: true, min: 1, defaultText: 'all' }),
  /** Order of the bars: `descending` by value (default, for rankings), `ascending`, or `none` (input order). Ties keep input order. */
  sort: choiceOption(['descending', 'ascending', 'none'] as const, { doc: "Order of the bars: by value ('descending' suits rankings) or 'none' (input order); ties keep input order.", default: 'descending' }),
  /** Formats values for bar labels and axis ticks (default: integers as written, else 4 significant digits). */
  format: formatOption('Formats values for bar labels and axis ticks.', 'integers as written, else 4 significant digits (ticks: decimals fitted to the tick step)'),
  /** Colours of the groups in order of first appearance, or of all bars when there are no groups (first colour). */
  colors: colorListOption('Colours of the groups in order of first appearance, or of all bars when there are no groups (first colour).'),
});

/** Input and options of {@link barChart}, declared in {@link barChartOptions}. */
export type BarChartOptions = OptionsOf<typeof barChartOptions>;

const FN = 'barChart';
const BAND = 24;
const UNGROUPED = '(no group 未分组)';

/**
 * Renders a bar chart of ranked values (top-k centrality rankings, community sizes, …) as
 * a standalone SVG string: one `<rect class="bar">` per shown item with a `<title>`
 * tooltip, value labels at the bar ends, a value axis with nice ticks (d3-array) and
 * grid lines. Bars are coloured by `group`, with a legend, when any item has a group;
 * items without a group are then grey.
 *
 * Bars start at 0, so the value axis always includes 0 (negative values extend the other
 * way). Defaults: horizontal bars, sorted descending, all items; width 640; height
 * 24 px per bar plus margins (min 200) for horizontal bars, 400 for columns; the left
 * margin fits the longest label (at most 40% of the width, longer labels end in "…").
 *
 * Edge cases: no items gives a "no data" chart; all-zero values give a 0–1 axis.
 * Errors: one `ZonelinkError` (`invalid-argument`) listing every invalid or unknown option
 * (declared in {@link barChartOptions}, e.g. a `maxItems` that is not a positive
 * integer) and every non-finite value by item index (`items[3].value`) and non-string
 * label or group.
 *
 * @example
 * const svg = barChart({
 *   title: 'Betweenness, top 10 介数中心性',
 *   items: [{ label: '上海自贸区', value: 0.31, group: 'East' }, { label: 'Chengdu HTZ', value: 0.22, group: 'West' }],
 *   maxItems: 10,
 * });
 */
export function barChart(options: BarChartOptions): string {
  checkOptions(FN, options, 'options', true);
  const read = barChartOptions.collect(options);
  const issues = new InputIssues(FN);
  issues.addAll(read.issues);
  const { sort, horizontal, maxItems } = read.values;
  const items = read.values.items ?? [];
  items.forEach((item, i) => {
    if (item === null || typeof item !== 'object') {
      issues.add('invalid-type', `items[${i}]`, 'must be an object { label, value }', { field: 'items', index: i });
      return;
    }
    issues.string(item.label, `items[${i}].label`, { field: 'label', index: i });
    issues.number(item.value, `items[${i}].value`, { field: 'value', index: i });
    if (item.group !== undefined) issues.string(item.group, `items[${i}].group`, { field: 'group', index: i });
  });
  const format = read.values.format ?? formatValue;

  // Order and cut before layout so margins fit the bars actually drawn.
  // Items that are not objects are reported above; leaving them out keeps the layout (and its margin check) going.
  const indexed = items.flatMap((item, index) => (item !== null && typeof item === 'object' ? [{ item, index }] : []));
  if (sort !== 'none') indexed.sort((a, b) => (sort === 'descending' ? b.item.value - a.item.value : a.item.value - b.item.value) || a.index - b.index);
  const shown = indexed.slice(0, maxItems ?? indexed.length);
  const hasGroups = shown.some(({ item }) => item.group !== undefined);
  const groups: (string | undefined)[] = [];
  for (const { item } of shown) if (!groups.includes(item.group)) groups.push(item.group);
  const groupColor = new Map<string | undefined, string>();
  let next = 0;
  for (const g of groups) groupColor.set(g, g === undefined && hasGroups ? NEUTRAL_COLOR : categoricalColor(next++, read.values.colors));
  const legend: LegendEntry[] = hasGroups ? groups.map((g) => ({ label: g ?? UNGROUPED, color: groupColor.get(g)!, symbol: 'box' })) : [];
  const legendBox = legend.length > 0 ? legendSize(legend, 160) : { width: 0, height: 0 };

  const { width, valueLabel, title } = read.values;
  const maxLabel = Math.max(0, ...shown.map(({ item }) => (typeof item.label === 'string' ? estimateTextWidth(item.label, FONT_SIZE) : 0)));
  const valueLabelWidth = Math.max(0, ...shown.map(({ item }) => (typeof item.value === 'number' && Number.isFinite(item.value) ? estimateTextWidth(format(item.value), FONT_SIZE) : 0)));
  const legendRoom = legend.length > 0 ? legendBox.width + 16 : 0;
  const margin = horizontal
    ? { top: 16, right: 16 + Math.min(120, valueLabelWidth + 8) + legendRoom, bottom: valueLabel ? 50 : 34, left: Math.round(Math.max(48, Math.min(width * 0.4, maxLabel + 14))) }
    : { top: 24, right: 16 + legendRoom, bottom: Math.round(Math.max(40, Math.min(160, maxLabel * 0.66 + 24))), left: valueLabel ? 72 : 56 };
  const defaultHeight = horizontal ? Math.max(200, margin.top + margin.bottom + BAND * shown.length + (title ? 28 : 0)) : 400;
  const frame = resolveChartFrame({ ...read.values, height: read.values.height ?? defaultHeight }, margin, issues);
  issues.throwIfAny();
  if (!frame) throw new Error('unreachable');

  const accessible = valueLabel ? `Bar chart 柱状图: ${valueLabel}` : 'Bar chart 柱状图';
  if (shown.length === 0) return noDataDocument(frame, accessible, read.values.noDataMessage, read.values.description);

  const { plot } = frame;
  const values = shown.map(({ item }) => item.value);
  const lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (lo === 0 && hi === 0) hi = 1;
  const ticks = axisTicks(lo, hi, horizontal ? Math.max(2, Math.round(plot.width / 90)) : Math.max(2, Math.round(plot.height / 60)));
  const tickFormat = read.values.format ?? ticks.format;
  const body: string[] = [];
  const band = (horizontal ? plot.height : plot.width) / shown.length;
  const thickness = Math.min(band * 0.72, 48);
  const bars: string[] = [];
  const labels: string[] = [];

  if (horizontal) {
    const x = linearScale(ticks.domain, [plot.left, plot.right]);
    body.push(renderAxis(frame, { side: 'bottom', scale: x, ticks: ticks.values, format: tickFormat, label: valueLabel }));
    const labelRoom = Math.max(10, frame.margin.left - 12);
    shown.forEach(({ item }, i) => {
      const yTop = plot.top + i * band + (band - thickness) / 2;
      const x0 = x(Math.min(0, item.value));
      const x1 = x(Math.max(0, item.value));
      bars.push(barRect(x0, yTop, x1 - x0, thickness, groupColor.get(item.group)!, item));
      const cy = yTop + thickness / 2 + 4;
      labels.push(`<text class="category-label" x="${f(plot.left - 8)}" y="${f(cy)}" text-anchor="end" fill="${AXIS_COLOR}">${escapeXml(truncateText(item.label, labelRoom, FONT_SIZE))}</text>`);
      const end = item.value < 0 ? x0 - 4 : x1 + 4;
      labels.push(`<text class="value-label" x="${f(end)}" y="${f(cy)}" text-anchor="${item.value < 0 ? 'end' : 'start'}" fill="${AXIS_COLOR}">${escapeXml(format(item.value))}</text>`);
    });
    body.push(`<line class="baseline" x1="${f(x(0))}" y1="${f(plot.top)}" x2="${f(x(0))}" y2="${f(plot.bottom)}" stroke="${AXIS_COLOR}"/>`);
  } else {
    const y = linearScale(ticks.domain, [plot.bottom, plot.top]);
    body.push(renderAxis(frame, { side: 'left', scale: y, ticks: ticks.values, format: tickFormat, label: valueLabel }));
    const rotate = shown.some(({ item }) => estimateTextWidth(item.label, FONT_SIZE) > band - 4);
    const labelRoom = rotate ? Math.max(10, (frame.margin.bottom - 16) / 0.66) : band - 4;
    shown.forEach(({ item }, i) => {
      const xLeft = plot.left + i * band + (band - thickness) / 2;
      const y0 = y(Math.max(0, item.value));
      const y1 = y(Math.min(0, item.value));
      bars.push(barRect(xLeft, y0, thickness, y1 - y0, groupColor.get(item.group)!, item));
      const cx = xLeft + thickness / 2;
      const text = escapeXml(truncateText(item.label, labelRoom, FONT_SIZE));
      if (rotate) {
        labels.push(`<text class="category-label" x="${f(cx)}" y="${f(plot.bottom + 14)}" text-anchor="end" fill="${AXIS_COLOR}" transform="rotate(-40 ${f(cx)} ${f(plot.bottom + 14)})">${text}</text>`);
      } else {
        labels.push(`<text class="category-label" x="${f(cx)}" y="${f(plot.bottom + 16)}" text-anchor="middle" fill="${AXIS_COLOR}">${text}</text>`);
      }
      const vy = item.value < 0 ? y1 + 14 : y0 - 4;
      labels.push(`<text class="value-label" x="${f(cx)}" y="${f(Math.max(plot.top - 2, vy))}" text-anchor="middle" fill="${AXIS_COLOR}" font-size="11">${escapeXml(format(item.value))}</text>`);
    });
    body.push(`<line class="baseline" x1="${f(plot.left)}" y1="${f(y(0))}" x2="${f(plot.right)}" y2="${f(y(0))}" stroke="${AXIS_COLOR}"/>`);
  }
  body.push(`<g class="bars">`, ...bars, `</g>`, `<g class="labels">`, ...labels, `</g>`);
  if (legend.length > 0) body.push(renderLegend(legend, frame.width - legendBox.width - 8, plot.top, 160));
  return svgDocument(frame, accessible, body, read.values.description);

  function barRect(x: number, y: number, w: number, h: number, color: string, item: BarItem): string {
    const tip = `${item.label}: ${format(item.value)}${item.group !== undefined ? ` (${item.group})` : ''}`;
    return `<rect class="bar" x="${f(x)}" y="${f(y)}" width="${f(Math.max(0, w))}" height="${f(Math.max(0, h))}" fill="${escapeXml(color)}"><title>${escapeXml(tip)}</title></rect>`;
  }
}
