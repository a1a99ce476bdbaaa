/**
 * Colours used by the SVG charts. The categorical palette is Okabe & Ito's
 * colour-blind-safe set (Okabe, M. & Ito, K. 2008, "Color Universal Design"), reordered
 * so the first colours are the most distinct, followed by darker tones for more
 * categories; it cycles when there are more categories than colours.
 */
export const CATEGORICAL_PALETTE: readonly string[] = [
  '#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000',
  '#004C7A', '#A66F00', '#006B4E', '#8F3F00',
];

/**
 * Colours of node kinds on maps: a dark grey first (the colour of nodes when there are no
 * kinds), then colours distinct from the linkage-mode colours so nodes and edges never
 * share a colour.
 */
export const NODE_KIND_PALETTE: readonly string[] = ['#4D4D4D', '#9467BD', '#8C564B', '#17BECF', '#BCBD22', '#E377C2', '#2F4F4F', '#B8860B'];

/** Grey for items without a category (no group, no linkage mode). */
export const NEUTRAL_COLOR = '#8c8c8c';
/** Axis lines and tick labels. */
export const AXIS_COLOR = '#444444';
/** Grid lines. */
export const GRID_COLOR = '#e5e5e5';
/** Basemap polygon fill and outline. */
export const BASEMAP_FILL = '#eeeeee';
export const BASEMAP_STROKE = '#c4c4c4';

/** The three linkage modes of the domain (联动模式) with their colours and bilingual labels. */
export const LINKAGE_MODE_STYLES: Readonly<Record<string, { color: string; zh: string; en: string }>> = {
  'resource-factor': { color: '#0072B2', zh: '资源要素联动', en: 'resource-factor' },
  'industrial-chain': { color: '#D55E00', zh: '产业链联动', en: 'industrial-chain' },
  'cross-regional': { color: '#009E73', zh: '跨区域联动', en: 'cross-regional' },
};

/** Colour of the i-th category (cycling through `palette`). */
export function categoricalColor(index: number, palette: readonly string[] = CATEGORICAL_PALETTE): string {
  const colors = palette.length > 0 ? palette : CATEGORICAL_PALETTE;
  return colors[index % colors.length];
}

/** Legend label of a linkage mode: "资源要素联动 resource-factor" for known modes, else the mode itself. */
export function linkageModeLabel(mode: string): string {
  const style = Object.prototype.hasOwnProperty.call(LINKAGE_MODE_STYLES, mode) ? LINKAGE_MODE_STYLES[mode] : undefined;
  return style ? `${style.zh} ${style.en}` : mode;
}

/**
 * Assigns colours to linkage modes in order of first appearance: `overrides` first, then
 * the default colours of the three known modes, then the categorical palette (skipping
 * colours already used by the known modes where possible). `undefined` (no mode) is grey.
 */
export function linkageModeColors(modes: readonly (string | undefined)[], overrides: Readonly<Record<string, string>> = {}): Map<string | undefined, string> {
  const result = new Map<string | undefined, string>();
  const reserved = new Set(Object.values(LINKAGE_MODE_STYLES).map((s) => s.color));
  const spare = CATEGORICAL_PALETTE.filter((c) => !reserved.has(c));
  let next = 0;
  for (const mode of modes) {
    if (result.has(mode)) continue;
    if (mode === undefined) {
      result.set(mode, NEUTRAL_COLOR);
    } else if (Object.prototype.hasOwnProperty.call(overrides, mode)) {
      result.set(mode, overrides[mode]);
    } else if (Object.prototype.hasOwnProperty.call(LINKAGE_MODE_STYLES, mode)) {
      result.set(mode, LINKAGE_MODE_STYLES[mode].color);
    } else {
      result.set(mode, spare[next % spare.length]);
      next++;
    }
  }
  return result;
}
