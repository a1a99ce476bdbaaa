import type { OptionsFrom } from '../../../options/define-options.js';
import type { chartFrameOptionSpecs } from './chart-option-specs.js';
import { InputIssues } from './input-issues.js';

/** Space between the SVG edge and the plot area, in px. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Options shared by every chart, declared in `chartFrameOptionSpecs` (each chart documents its default size). */
export type ChartFrameOptions = OptionsFrom<ReturnType<typeof chartFrameOptionSpecs>>;

/** The resolved frame: size, margins and the plot rectangle. */
export interface ChartFrame {
  width: number;
  height: number;
  margin: Margin;
  plot: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  title: string | undefined;
  idPrefix: string;
}

/** Height reserved above the plot for a visible title, in px. */
export const TITLE_BAND = 28;

/**
 * Builds the plot rectangle from the chart's read frame options (checked by its
 * declaration; a missing margin side takes the chart's default `margin`). When a title is given, `TITLE_BAND` px are added to the top margin.
 * Adds a problem to `issues` instead of throwing, and returns a frame only when the
 * plot area is positive.
 */
export function resolveChartFrame(
  options: { width: number; height: number; margin?: Partial<Margin>; title?: string; idPrefix: string },
  defaultMargin: Margin,
  issues: InputIssues,
): ChartFrame | undefined {
  const { width, height } = options;
  const margin: Margin = { ...defaultMargin };
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const value = options.margin?.[side];
    if (value !== undefined) margin[side] = value;
  }
  if (options.title) margin.top += TITLE_BAND;
  const plot = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
  if (plot.width <= 0 || plot.height <= 0) {
    issues.add('out-of-range', 'margin', `leaves no room to plot in a ${width}×${height} chart`, { field: 'margin' });
    return undefined;
  }
  const idPrefix = options.idPrefix.replace(/[^A-Za-z0-9_-]/g, '-');
  return { width, height, margin, plot, title: options.title || undefined, idPrefix: /^[A-Za-z_]/.test(idPrefix) ? idPrefix : `z${idPrefix}` };
}
