import { escapeXml } from './escape-xml.js';
import { formatCoordinate as f } from './format-number.js';
import type { LinearScale } from './linear-scale.js';
import { AXIS_COLOR, GRID_COLOR } from './palette.js';
import type { ChartFrame } from './chart-frame.js';

/** One axis to draw along a side of the plot area. */
export interface AxisSpec {
  side: 'bottom' | 'left';
  scale: LinearScale;
  ticks: readonly number[];
  format: (value: number) => string;
  label?: string;
  /** Draw grid lines across the plot at each tick (default true). */
  grid?: boolean;
}

/**
 * Renders an axis as a `<g>`: grid lines, the axis line, tick marks, tick labels and the
 * axis title, all as `<line>` and `<text>` elements.
 */
export function renderAxis(frame: ChartFrame, axis: AxisSpec): string {
  const { plot } = frame;
  const out: string[] = [`<g class="axis axis-${axis.side === 'bottom' ? 'x' : 'y'}" fill="${AXIS_COLOR}">`];
  const grid = axis.grid ?? true;
  for (const value of axis.ticks) {
    const p = axis.scale(value);
    const label = escapeXml(axis.format(value));
    if (axis.side === 'bottom') {
      if (grid) out.push(`<line class="grid" x1="${f(p)}" y1="${f(plot.top)}" x2="${f(p)}" y2="${f(plot.bottom)}" stroke="${GRID_COLOR}"/>`);
      out.push(`<line class="tick" x1="${f(p)}" y1="${f(plot.bottom)}" x2="${f(p)}" y2="${f(plot.bottom + 5)}" stroke="${AXIS_COLOR}"/>`);
      out.push(`<text x="${f(p)}" y="${f(plot.bottom + 18)}" text-anchor="middle">${label}</text>`);
    } else {
      if (grid) out.push(`<line class="grid" x1="${f(plot.left)}" y1="${f(p)}" x2="${f(plot.right)}" y2="${f(p)}" stroke="${GRID_COLOR}"/>`);
      out.push(`<line class="tick" x1="${f(plot.left - 5)}" y1="${f(p)}" x2="${f(plot.left)}" y2="${f(p)}" stroke="${AXIS_COLOR}"/>`);
      out.push(`<text x="${f(plot.left - 8)}" y="${f(p + 4)}" text-anchor="end">${label}</text>`);
    }
  }
  if (axis.side === 'bottom') {
    out.push(`<line class="domain" x1="${f(plot.left)}" y1="${f(plot.bottom)}" x2="${f(plot.right)}" y2="${f(plot.bottom)}" stroke="${AXIS_COLOR}"/>`);
    if (axis.label) out.push(`<text class="axis-label" x="${f((plot.left + plot.right) / 2)}" y="${f(Math.min(frame.height - 4, plot.bottom + 38))}" text-anchor="middle" font-size="13">${escapeXml(axis.label)}</text>`);
  } else {
    out.push(`<line class="domain" x1="${f(plot.left)}" y1="${f(plot.top)}" x2="${f(plot.left)}" y2="${f(plot.bottom)}" stroke="${AXIS_COLOR}"/>`);
    if (axis.label) {
      const x = Math.max(14, plot.left - 46);
      const y = (plot.top + plot.bottom) / 2;
      out.push(`<text class="axis-label" x="${f(x)}" y="${f(y)}" text-anchor="middle" font-size="13" transform="rotate(-90 ${f(x)} ${f(y)})">${escapeXml(axis.label)}</text>`);
    }
  }
  out.push('</g>');
  return out.join('\n');
}
