import { InputIssues } from './input-issues.js';

/** Space between the SVG edge and the plot area, in px. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Options shared by every chart. */
export interface ChartFrameOptions {
  /** Heading drawn at the top and used as the SVG `<title>` (default: a description of the chart). */
  title?: string;
  /** Longer text description for screen readers, emitted as `<desc>`. */
  description?: string;
  /** Width of the SVG in px (each chart documents its default). */
  width?: number;
  /** Height of the SVG in px (each chart documents its default). */
  height?: number;
  /** Margins around the plot area in px; missing sides take the chart's defaults. */
  margin?: Partial<Margin>;
  /**
   * Prefix of the ids inside the SVG (title, markers); change it when several charts of
   * the same kind are inlined in one HTML page. Characters outside `[A-Za-z0-9_-]` are
   * replaced with `-`.
   */
  idPrefix?: string;
  /** Message shown when there is nothing to draw (default "No data · 无数据"). */
  noDataMessage?: string;
}

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
 * Validates `width`, `height`, `margin` and builds the plot rectangle. When a title is
 * given, `TITLE_BAND` px are added to the top margin. Adds problems to `issues` instead
 * of throwing, and returns a frame only when the plot area is positive.
 */
export function resolveChartFrame(
  options: ChartFrameOptions,
  defaults: { width: number; height: number; margin: Margin; idPrefix: string },
  issues: InputIssues,
): ChartFrame | undefined {
  const width = options.width ?? defaults.width;
  const height = options.height ?? defaults.height;
  const before = issues.issues.length;
  issues.number(width, 'width', { field: 'width' }, 1);
  issues.number(height, 'height', { field: 'height' }, 1);
  const margin: Margin = { ...defaults.margin };
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const value = options.margin?.[side];
    if (value === undefined) continue;
    issues.number(value, `margin.${side}`, { field: `margin.${side}` }, 0);
    margin[side] = value;
  }
  if (options.title !== undefined) issues.string(options.title, 'title', { field: 'title' });
  if (issues.issues.length > before) return undefined;
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
  const idPrefix = (options.idPrefix ?? defaults.idPrefix).replace(/[^A-Za-z0-9_-]/g, '-');
  return { width, height, margin, plot, title: options.title || undefined, idPrefix: /^[A-Za-z_]/.test(idPrefix) ? idPrefix : `z${idPrefix}` };
}
