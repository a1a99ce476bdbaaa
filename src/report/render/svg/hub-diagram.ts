import { resolveChartFrame } from './chart-frame.js';
import { escapeXml } from './escape-xml.js';
import { formatCoordinate as f, formatValue } from './format-number.js';
import { InputIssues } from './input-issues.js';
import { legendSize, renderLegend, type LegendEntry } from './legend.js';
import { linkageModeColors, linkageModeLabel, NEUTRAL_COLOR } from './palette.js';
import { noDataDocument, svgDocument, FONT_SIZE } from './svg-document.js';
import { estimateTextWidth, truncateText } from './text-width.js';
import { checkOptions } from '../../../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../../../options/define-options.js';
import { customOption, numberOption } from '../../../options/option-spec.js';
import { chartFrameOptionSpecs, colorRecordOption, dataArrayOption } from './chart-option-specs.js';

/** The "1" of a "1+N" structure. */
export interface HubNode {
  id: string;
  label: string;
}

/** One of the N: its link to the hub has a weight and an optional linkage mode. */
export interface HubSpoke {
  id: string;
  label: string;
  weight: number;
  mode?: string;
}

/** A link between two spokes. */
export interface SpokeLink {
  source: string;
  target: string;
  weight: number;
}

/**
 * Most spokes a {@link hubDiagram} draws by default: a circle of 600 px has room for
 * about this many legible labels, and a province of thousands of members would make
 * a diagram of megabytes in which nothing can be read.
 */
export const HUB_DIAGRAM_MAX_SPOKES = 100;

const HUB_TYPE = 'an object { id, label }';

/**
 * The declared options of {@link hubDiagram}, data included (checks, defaults and
 * docs/options.md come from here); the fields of the hub, each spoke and each link
 * are checked by the diagram.
 */
export const hubDiagramOptions = defineOptions('hubDiagram', {
  /** The "1": `{ id, label }` (required). */
  hub: customOption<HubNode>({ type: HUB_TYPE, doc: 'The "1" at the centre: `{ id, label }`.', required: true, check: (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : HUB_TYPE) }),
  /** The N: `{ id, label, weight, mode? }` each, weights finite and ≥ 0, ids distinct (default: none, a "no data" chart). */
  spokes: dataArrayOption<HubSpoke>({ doc: "The N: `{ id, label, weight, mode? }` each, with a finite weight ≥ 0 and distinct ids other than the hub's.", element: 'spokes { id, label, weight, mode? }' }),
  /** Links between spokes: `{ source, target, weight }` each, both ends spokes. */
  spokeLinks: dataArrayOption<SpokeLink>({ doc: 'Links between spokes: `{ source, target, weight }` each, both ends spoke ids, weight finite and ≥ 0.', element: 'links { source, target, weight }', defaultText: 'none' }),
  ...chartFrameOptionSpecs({ width: 600, height: 600, idPrefix: 'zonelink-hub' }),
  /** Colours by linkage mode, merged over the defaults of the three known modes. */
  colors: colorRecordOption('Colours by linkage mode, merged over the defaults of the three known modes.', 'the colours of the three known modes'),
  /** Width of the heaviest hub–spoke line in px (default 8); the lightest non-zero is ≥ 1. */
  maxLineWidth: numberOption({ doc: 'Width of the heaviest hub–spoke line in px; the lightest non-zero one is at least 1 px.', default: 8, min: 1 }),
  /** Most spokes drawn (default {@link HUB_DIAGRAM_MAX_SPOKES}); above it, those most strongly linked to the hub, and a note says so. */
  maxSpokes: numberOption({ doc: 'Most spokes drawn; above it, the spokes most strongly linked to the hub (ties in input order) and the links among them, with a note saying how many of how many are drawn.', default: HUB_DIAGRAM_MAX_SPOKES, integer: true, min: 1 }),
});

/** Input and options of {@link hubDiagram}, declared in {@link hubDiagramOptions}. */
export type HubDiagramOptions = OptionsOf<typeof hubDiagramOptions>;


const FN = 'hubDiagram';
const HUB_RADIUS = 16;
const SPOKE_RADIUS = 7;

/**
 * Renders a radial "1+N" diagram as a standalone SVG string: the hub (一流园区, the "1")
 * at the centre, the N spokes evenly on a circle clockwise from 12 o'clock in input
 * order, one `<line class="spoke">` per spoke whose width is proportional to its weight
 * (w_i / max w · `maxLineWidth`, at least 1 px) and whose colour is its linkage mode,
 * and spoke–spoke links as thin grey curves (`<path class="spoke-link">`, quadratic
 * Béziers bent toward the centre, width 0.5–2 px by weight). Circles: one for the hub,
 * one per spoke. A mode legend is drawn when any spoke has a mode.
 *
 * Defaults: 600 × 600 px, margins 16 px (plus 28 for a title); the circle radius leaves
 * room for labels (labels longer than a quarter of the plot end in "…").
 * With a mode legend (top-left corner), the circle shrinks — centre fixed, down to half its
 * radius — until no spoke node or label lies under the legend.
 *
 * More than `maxSpokes` spokes (default {@link HUB_DIAGRAM_MAX_SPOKES}): the diagram draws
 * the `maxSpokes` most strongly linked to the hub (ties in input order), still in input
 * order, with only the spoke links among them, and a note in its bottom-right corner
 * says how many of how many members it draws (`<text class="spokes-note">`).
 *
 * Edge cases: no spokes gives a "no data" chart (titled with the hub). A spoke of weight 0
 * (a group member with no linkage to the hub) gets no line — the diagram draws only
 * linkages that exist — and a hollow circle. Errors: one `ZonelinkError` (`invalid-argument`) listing every invalid or unknown option
 * (declared in {@link hubDiagramOptions}) and every
 * non-finite or negative weight (by index), duplicate spoke ids, a spoke with the hub's
 * id, and spoke links whose ends are not spokes.
 *
 * Reference: the "1+N" cooperation networks of first-class and lagging parks (
 * 《国家高新区引领区域协同发展的构想》; docs/references.md).
 *
 * @example
 * const svg = hubDiagram({
 *   hub: { id: 'cd-htz', label: '成都高新区' },
 *   spokes: [
 *     { id: 'my', label: '绵阳', weight: 3, mode: 'industrial-chain' },
 *     { id: 'ya', label: '雅安', weight: 1, mode: 'resource-factor' },
 *   ],
 * });
 */
export function hubDiagram(options: HubDiagramOptions): string {
  checkOptions(FN, options, 'options', true);
  const read = hubDiagramOptions.collect(options);
  const issues = new InputIssues(FN);
  issues.addAll(read.issues);
  const frame = resolveChartFrame(read.values, { top: 16, right: 16, bottom: 16, left: 16 }, issues);
  // Undefined when left out or invalid (its issue is already recorded): collect's values are typed as after a successful read.
  const hub = read.values.hub as HubNode | undefined;
  if (hub !== undefined) {
    issues.string(hub.id, 'hub.id', { field: 'hub.id' });
    issues.string(hub.label, 'hub.label', { field: 'hub.label' });
  }
  let spokes: readonly HubSpoke[] = read.values.spokes ?? [];
  const spokeIndex = new Map<string, number>();
  spokes.forEach((spoke, i) => {
    if (spoke === null || typeof spoke !== 'object') {
      issues.add('invalid-type', `spokes[${i}]`, 'must be an object { id, label, weight }', { field: 'spokes', index: i });
      return;
    }
    issues.string(spoke.id, `spokes[${i}].id`, { field: 'id', index: i });
    issues.string(spoke.label, `spokes[${i}].label`, { field: 'label', index: i });
    issues.number(spoke.weight, `spokes[${i}].weight`, { field: 'weight', index: i, id: spoke.id }, 0);
    if (spoke.mode !== undefined) issues.string(spoke.mode, `spokes[${i}].mode`, { field: 'mode', index: i, id: spoke.id });
    if (typeof spoke.id !== 'string') return;
    if (hub && spoke.id === hub.id) issues.add('duplicate-id', `spokes[${i}].id`, `"${spoke.id}" is the hub's id`, { field: 'id', index: i, id: spoke.id });
    else if (spokeIndex.has(spoke.id)) issues.add('duplicate-id', `spokes[${i}].id`, `"${spoke.id}" repeats spokes[${spokeIndex.get(spoke.id)}]`, { field: 'id', index: i, id: spoke.id });
    else spokeIndex.set(spoke.id, i);
  });
  let links: readonly SpokeLink[] = read.values.spokeLinks ?? [];
  links.forEach((link, i) => {
    if (link === null || typeof link !== 'object') {
      issues.add('invalid-type', `spokeLinks[${i}]`, 'must be an object { source, target, weight }', { field: 'spokeLinks', index: i });
      return;
    }
    const id = `${String(link.source)}->${String(link.target)}`;
    for (const end of ['source', 'target'] as const) {
      if (!spokeIndex.has(link[end])) issues.add('unknown-node', `spokeLinks[${i}].${end}`, `"${String(link[end])}" is not a spoke`, { field: end, index: i, id, value: link[end] });
    }
    issues.number(link.weight, `spokeLinks[${i}].weight`, { field: 'weight', index: i, id }, 0);
  });
  const { maxLineWidth, maxSpokes } = read.values;
  issues.throwIfAny();
  if (!frame || !hub) throw new Error('unreachable');
  const all = spokes;
  ({ spokes, links } = strongestSpokes(all, links, maxSpokes));
  spokeIndex.clear();
  spokes.forEach((spoke, k) => spokeIndex.set(spoke.id, k));

  const accessible = `"1+N" hub diagram 1+N 结构图: ${hub.label}`;
  if (spokes.length === 0) return noDataDocument(frame, accessible, read.values.noDataMessage, read.values.description);

  const { plot } = frame;
  const cx = plot.left + plot.width / 2;
  const cy = plot.top + plot.height / 2;
  const half = Math.min(plot.width, plot.height) / 2;
  const longest = Math.max(...spokes.map((s) => estimateTextWidth(s.label, FONT_SIZE)));
  const labelRoom = Math.min(longest + 8, half * 0.45);
  const modeColors = linkageModeColors(spokes.map((s) => s.mode), read.values.colors ?? {});
  const hasModes = spokes.some((s) => s.mode !== undefined);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / spokes.length;
  const legendLabelWidth = Math.max(60, half * 0.8);
  const legend: LegendEntry[] = hasModes
    ? [...modeColors].map(([mode, color]) => ({ label: mode === undefined ? 'unspecified 未标注' : linkageModeLabel(mode), color: color ?? NEUTRAL_COLOR, symbol: 'line' }))
    : [];
  // The mode legend sits in the top-left corner: shrink the circle (centre fixed) until no
  // spoke node or label would be drawn under it.
  const legendBox = hasModes ? legendSize(legend, legendLabelWidth) : { width: 0, height: 0 };
  const underLegend = (r: number) =>
    spokes.some((spoke, i) => {
      const c = Math.cos(angle(i));
      const s = Math.sin(angle(i));
      const node = { left: cx + r * c - SPOKE_RADIUS, top: cy + r * s - SPOKE_RADIUS, right: cx + r * c + SPOKE_RADIUS, bottom: cy + r * s + SPOKE_RADIUS };
      const lr = r + SPOKE_RADIUS + 5;
      const lx = cx + lr * c;
      const ly = cy + lr * s + (s > 0.2 ? 10 : s < -0.2 ? -2 : 4);
      const w = estimateTextWidth(truncateText(spoke.label, labelRoom, FONT_SIZE), FONT_SIZE);
      const x0 = c > 0.2 ? lx : c < -0.2 ? lx - w : lx - w / 2;
      const label = { left: x0, top: ly - FONT_SIZE, right: x0 + w, bottom: ly + 3 };
      return [node, label].some((b) => b.left < plot.left + legendBox.width + 2 && b.top < plot.top + legendBox.height + 2);
    });
  let radius = Math.max(10, half - labelRoom - SPOKE_RADIUS - 6);
  if (hasModes) {
    const smallest = Math.max(10, radius * 0.5);
    while (radius > smallest && underLegend(radius)) radius = Math.max(smallest, radius - 2);
  }
  const maxWeight = Math.max(...spokes.map((s) => s.weight));
  const maxLinkWeight = Math.max(0, ...links.map((l) => l.weight));
  const position = spokes.map((_, i) => [cx + radius * Math.cos(angle(i)), cy + radius * Math.sin(angle(i))] as const);

  const body: string[] = [];
  if (links.length > 0) {
    body.push('<g class="spoke-links" fill="none" stroke="#9a9a9a" stroke-opacity="0.8">');
    for (const link of links) {
      const a = spokeIndex.get(link.source)!;
      const b = spokeIndex.get(link.target)!;
      const [x1, y1] = position[a];
      const [x2, y2] = position[b];
      const qx = cx + ((x1 + x2) / 2 - cx) * 0.35;
      const qy = cy + ((y1 + y2) / 2 - cy) * 0.35;
      const width = maxLinkWeight > 0 ? 0.5 + (1.5 * link.weight) / maxLinkWeight : 0.5;
      const tip = `${spokes[a].label} — ${spokes[b].label}, weight ${formatValue(link.weight)}`;
      body.push(`<path class="spoke-link" d="M${f(x1)},${f(y1)} Q${f(qx)},${f(qy)} ${f(x2)},${f(y2)}" stroke-width="${f(width)}"><title>${escapeXml(tip)}</title></path>`);
    }
    body.push('</g>');
  }
  body.push('<g class="spokes" stroke-linecap="round">');
  spokes.forEach((spoke, i) => {
    // Weight 0: a member with no linkage to the hub. No line: a diagram draws only linkages that exist.
    if (!(spoke.weight > 0)) return;
    const width = maxWeight > 0 ? Math.max(1, (maxLineWidth * spoke.weight) / maxWeight) : 1;
    const tip = `${hub.label} — ${spoke.label}: weight ${formatValue(spoke.weight)}${spoke.mode !== undefined ? ` (${linkageModeLabel(spoke.mode)})` : ''}`;
    body.push(`<line class="spoke" x1="${f(cx)}" y1="${f(cy)}" x2="${f(position[i][0])}" y2="${f(position[i][1])}" stroke="${escapeXml(modeColors.get(spoke.mode)!)}" stroke-width="${f(width)}" stroke-opacity="0.85"><title>${escapeXml(tip)}</title></line>`);
  });
  body.push('</g>');
  body.push('<g class="nodes" stroke="#ffffff" stroke-width="1.5">');
  body.push(`<circle class="hub" cx="${f(cx)}" cy="${f(cy)}" r="${HUB_RADIUS}" fill="#333333"><title>${escapeXml(hub.label)}</title></circle>`);
  spokes.forEach((spoke, i) => {
    const fill = spoke.weight > 0 ? (hasModes ? modeColors.get(spoke.mode)! : '#555555') : '#ffffff';
    const outline = spoke.weight > 0 ? '' : ' stroke="#777777" stroke-dasharray="2 2"';
    const tip = spoke.weight > 0 ? spoke.label : `${spoke.label} (no linkage to the hub 与核心无联动)`;
    body.push(`<circle class="spoke-node" cx="${f(position[i][0])}" cy="${f(position[i][1])}" r="${SPOKE_RADIUS}" fill="${escapeXml(fill)}"${outline}><title>${escapeXml(tip)}</title></circle>`);
  });
  body.push('</g>');
  body.push('<g class="node-labels" fill="#222222" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">');
  body.push(`<text class="hub-label" x="${f(cx)}" y="${f(cy + HUB_RADIUS + 15)}" text-anchor="middle" font-weight="bold">${escapeXml(truncateText(hub.label, half, FONT_SIZE))}</text>`);
  spokes.forEach((spoke, i) => {
    const c = Math.cos(angle(i));
    const s = Math.sin(angle(i));
    const r = radius + SPOKE_RADIUS + 5;
    const anchor = c > 0.2 ? 'start' : c < -0.2 ? 'end' : 'middle';
    const x = cx + r * c;
    const y = cy + r * s + (s > 0.2 ? 10 : s < -0.2 ? -2 : 4);
    body.push(`<text class="spoke-label" x="${f(x)}" y="${f(y)}" text-anchor="${anchor}">${escapeXml(truncateText(spoke.label, labelRoom, FONT_SIZE))}</text>`);
  });
  body.push('</g>');
  if (hasModes) body.push(renderLegend(legend, plot.left, plot.top, legendLabelWidth));
  if (spokes.length < all.length) {
    const note = `${spokes.length.toLocaleString('en-US')} of ${all.length.toLocaleString('en-US')} members drawn: the most strongly linked to the hub 仅画与核心联动最强的成员`;
    body.push(`<text class="spokes-note" x="${f(plot.left + plot.width)}" y="${f(plot.top + plot.height)}" text-anchor="end" font-size="${FONT_SIZE - 1}" fill="#555555">${escapeXml(note)}</text>`);
  }
  return svgDocument(frame, accessible, body, read.values.description);
}

/** The `limit` spokes of largest weight (ties in input order), kept in input order, and the links among them. */
function strongestSpokes(spokes: readonly HubSpoke[], links: readonly SpokeLink[], limit: number): { spokes: readonly HubSpoke[]; links: readonly SpokeLink[] } {
  if (spokes.length <= limit) return { spokes, links };
  const kept = spokes
    .map((_s, k) => k)
    .sort((a, b) => spokes[b].weight - spokes[a].weight || a - b)
    .slice(0, limit)
    .sort((a, b) => a - b)
    .map((k) => spokes[k]);
  const drawn = new Set(kept.map((s) => s.id));
  return { spokes: kept, links: links.filter((l) => drawn.has(l.source) && drawn.has(l.target)) };
}
