import { describe, expect, it } from 'vitest';
import { categoricalColor, linkageModeColors, linkageModeLabel, LINKAGE_MODE_STYLES, NEUTRAL_COLOR } from '../../../../src/report/render/svg/palette.js';
import { estimateTextWidth, truncateText } from '../../../../src/report/render/svg/text-width.js';

describe('palette', () => {
  it('labels the three linkage modes bilingually and passes others through', () => {
    expect(linkageModeLabel('resource-factor')).toBe('资源要素联动 resource-factor');
    expect(linkageModeLabel('industrial-chain')).toBe('产业链联动 industrial-chain');
    expect(linkageModeLabel('cross-regional')).toBe('跨区域联动 cross-regional');
    expect(linkageModeLabel('enclave')).toBe('enclave');
    expect(linkageModeLabel('toString')).toBe('toString');
  });

  it('colours modes: overrides, then defaults, then distinct spare colours; no mode is grey', () => {
    const colors = linkageModeColors(['x', 'cross-regional', undefined, 'y', 'x', 'resource-factor'], { 'resource-factor': '#123456' });
    expect(colors.get('cross-regional')).toBe(LINKAGE_MODE_STYLES['cross-regional'].color);
    expect(colors.get('resource-factor')).toBe('#123456');
    expect(colors.get(undefined)).toBe(NEUTRAL_COLOR);
    const defaults = new Set(Object.values(LINKAGE_MODE_STYLES).map((s) => s.color));
    expect(defaults.has(colors.get('x')!)).toBe(false);
    expect(colors.get('x')).not.toBe(colors.get('y'));
    expect([...colors.keys()]).toEqual(['x', 'cross-regional', undefined, 'y', 'resource-factor']);
  });

  it('cycles the categorical palette', () => {
    expect(categoricalColor(0, ['#a', '#b'])).toBe('#a');
    expect(categoricalColor(3, ['#a', '#b'])).toBe('#b');
  });
});

describe('text width estimates', () => {
  it('counts CJK as 1 em and Latin as 0.55 em', () => {
    expect(estimateTextWidth('成都', 10)).toBe(20);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(11, 10);
  });

  it('truncates with an ellipsis only when needed', () => {
    expect(truncateText('成都高新区', 100, 10)).toBe('成都高新区');
    const t = truncateText('成都高新区', 30, 10);
    expect(t.endsWith('…')).toBe(true);
    expect(estimateTextWidth(t, 10)).toBeLessThanOrEqual(30);
  });
});
