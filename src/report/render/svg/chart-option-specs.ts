import { customOption, functionOption, numberOption, stringOption, type OptionSpec } from '../../../options/option-spec.js';
import type { Margin } from './chart-frame.js';
import { NO_DATA_MESSAGE } from './svg-document.js';
import { describeValue } from '../../../error/argument-checks.js';
import { invalidArgument } from '../../../error/zonelink-error.js';

/**
 * The declarations of the options every SVG chart shares (`title`, `description`,
 * `width`, `height`, `margin`, `idPrefix`, `noDataMessage`), spread into each chart's
 * declaration with that chart's default size and id prefix. `height` without a
 * number states its computed default in words (the bar chart's height follows its
 * bars).
 *
 * @example
 * const frame = chartFrameOptionSpecs({ width: 640, height: 400, idPrefix: 'zonelink-line' });
 * frame.width.default; // 640
 * frame.margin.check({ top: -1 }); // 'an object { top?, right?, bottom?, left? } of finite numbers ≥ 0'
 */
export function chartFrameOptionSpecs<H extends number | { text: string }>(defaults: { width: number; height: H; idPrefix: string }) {
  // Public (the frame options' type is built from it), so its own arguments are checked too.
  const d = defaults as { width?: unknown; height?: unknown; idPrefix?: unknown } | null;
  const size = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 1;
  const height = d?.height as { text?: unknown } | number | undefined;
  if (typeof d !== 'object' || d === null || !size(d.width) || !(size(height) || (typeof height === 'object' && height !== null && typeof height.text === 'string')) || typeof d.idPrefix !== 'string') {
    invalidArgument('chartFrameOptionSpecs', `defaults must be { width, height, idPrefix } with sizes ≥ 1 (height may be { text }), got ${describeValue(defaults)}`, { field: 'defaults' });
  }
  const heightDoc = 'Height of the SVG in px.';
  return {
    /** Heading drawn at the top and used as the SVG `<title>` (default: a description of the chart). */
    title: stringOption({ doc: 'Heading drawn at the top and used as the SVG `<title>`.', allowEmpty: true, defaultText: 'none: the `<title>` describes the chart' }),
    /** Longer text description for screen readers, emitted as `<desc>`. */
    description: stringOption({ doc: 'Longer text description for screen readers, emitted as `<desc>`.', allowEmpty: true }),
    /** Width of the SVG in px (each chart documents its default). */
    width: numberOption({ doc: 'Width of the SVG in px.', default: defaults.width, min: 1 }),
    /** Height of the SVG in px (each chart documents its default). */
    height: (typeof defaults.height === 'number'
      ? numberOption({ doc: heightDoc, default: defaults.height, min: 1 })
      : numberOption({ doc: heightDoc, min: 1, defaultText: (defaults.height as { text: string }).text })) as H extends number ? OptionSpec<number, true> : OptionSpec<number, false>,
    /** Margins around the plot area in px; missing sides take the chart's defaults. */
    margin: marginOption,
    /**
     * Prefix of the ids inside the SVG (title, markers); change it when several charts of
     * the same kind are inlined in one HTML page. Characters outside `[A-Za-z0-9_-]` are
     * replaced with `-`.
     */
    idPrefix: stringOption({
      doc: 'Prefix of the ids inside the SVG (title, markers); change it when several charts of the same kind are inlined in one HTML page. Characters outside `[A-Za-z0-9_-]` are replaced with `-`.',
      allowEmpty: true,
      default: defaults.idPrefix,
    }),
    /** Message shown when there is nothing to draw (default "No data · 无数据"). */
    noDataMessage: stringOption({ doc: 'Message shown when there is nothing to draw.', allowEmpty: true, default: NO_DATA_MESSAGE }),
  };
}

const MARGIN_TYPE = 'an object { top?, right?, bottom?, left? } of finite numbers ≥ 0';

const marginOption = customOption<Partial<Margin>>({
  type: MARGIN_TYPE,
  doc: "Margins around the plot area in px; missing sides take the chart's defaults.",
  defaultText: 'each chart states its own',
  check: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return MARGIN_TYPE;
    for (const [side, v] of Object.entries(value)) {
      if (!['top', 'right', 'bottom', 'left'].includes(side)) return MARGIN_TYPE;
      if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) return MARGIN_TYPE;
    }
    return undefined;
  },
});

const COLOR_LIST_TYPE = 'an array of CSS colour strings';

/** `colors` of the charts that colour by position (series, groups): a list of CSS colours, used in order. */
export function colorListOption(doc: string) {
  return customOption<readonly string[]>({
    type: COLOR_LIST_TYPE,
    doc,
    defaultText: 'the Okabe–Ito palette',
    check: (value) => (Array.isArray(value) && value.every((c) => typeof c === 'string') ? undefined : COLOR_LIST_TYPE),
  });
}

const COLOR_RECORD_TYPE = 'an object of CSS colour strings by name';

/** `colors` / `nodeColors` of the charts that colour by category (linkage mode, node kind): colours by category name. */
export function colorRecordOption(doc: string, defaultText: string) {
  return customOption<Readonly<Record<string, string>>>({
    type: COLOR_RECORD_TYPE,
    doc,
    defaultText,
    check: (value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((c) => typeof c === 'string') ? undefined : COLOR_RECORD_TYPE,
  });
}

/** A number formatter option (`format`, `xFormat`, `yFormat`). */
export function formatOption(doc: string, defaultText: string) {
  return functionOption<(value: number) => string>({ signature: '(value: number) → string', doc, defaultText });
}

type RangeSpec = { doc: string; type: string; allowEqual?: boolean; above?: number; defaultText?: string };

/** A `[min, max]` pair option (`yDomain`, `radiusRange`): two finite numbers with min below max (or equal, with `allowEqual`), min above `above` when given. */
export function rangeOption(spec: RangeSpec & { default: readonly [number, number] }): OptionSpec<readonly [number, number], true>;
export function rangeOption(spec: RangeSpec & { default?: undefined }): OptionSpec<readonly [number, number], false>;
export function rangeOption(spec: RangeSpec & { default?: readonly [number, number] }): OptionSpec<readonly [number, number]> {
  const check = (value: unknown): string | undefined => {
    if (!Array.isArray(value) || value.length !== 2) return spec.type;
    const [a, b] = value as unknown[];
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) return spec.type;
    if (spec.above !== undefined && !(a > spec.above)) return spec.type;
    return (spec.allowEqual ? a <= b : a < b) ? undefined : spec.type;
  };
  return customOption<readonly [number, number]>({ type: spec.type, doc: spec.doc, default: spec.default as readonly [number, number], defaultText: spec.defaultText, check });
}

/** A data field of a chart that must be an array; its elements are checked by the chart itself (see `defineOptions`). */
export function dataArrayOption<T>(spec: { doc: string; element: string; defaultText?: string }) {
  const type = `an array of ${spec.element}`;
  return customOption<readonly T[]>({ type, doc: spec.doc, defaultText: spec.defaultText ?? 'none: a "no data" chart', check: (value) => (Array.isArray(value) ? undefined : type) });
}
