import { describe, expect, it } from 'vitest';
import { chunksCovering, fontFaceCss, parseUnicodeRange } from '../../../src/report/render/embedded-font.js';
import { renderHtml } from '../../../src/report/render/render-html.js';
import { notoSansScFor } from '../../../src/node/noto-sans-sc.js';
import { sampleReport } from '../../fixtures/report/sample-report.js';

describe('embedded font subsetting', () => {
  it('parses CSS unicode-range values: single points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-4e3f, U+5e7f,U+1f30?')).toEqual([[0x4e00, 0x4e3f], [0x5e7f, 0x5e7f], [0x1f300, 0x1f30f]]);
  });
  it('keeps exactly the chunks holding a non-ASCII character of the text', () => {
    const chunks = [
      { unicodeRange: 'U+0000-00ff', id: 'latin' },
      { unicodeRange: 'U+5e7f', id: '广' },
      { unicodeRange: 'U+5dde', id: '州' },
      { unicodeRange: 'U+4e00-4e3f', id: 'cjk-a' },
    ];
    // 广 U+5E7F, 州 U+5DDE; ASCII is left to the system font.
    expect(chunksCovering('广州 Guangzhou', chunks).map((c) => c.id)).toEqual(['广', '州']);
    expect(chunksCovering('Guangzhou', chunks)).toEqual([]);
  });
  it('writes @font-face rules with data: URLs and the ranges, and renderHtml puts the family first', () => {
    const font = { family: 'Noto Sans SC', weight: 400, faces: [{ unicodeRange: 'U+5e7f', woff2Base64: 'AAAA' }], credit: 'font credit' };
    expect(fontFaceCss(font)).toBe("@font-face { font-family: 'Noto Sans SC'; font-style: normal; font-weight: 400; font-display: block; src: url(data:font/woff2;base64,AAAA) format('woff2'); unicode-range: U+5e7f; }");
    const html = renderHtml(sampleReport, { font });
    expect(html).toContain("html, svg, svg text { font-family: 'Noto Sans SC', ");
    expect(html).toContain('<p class="font-credit">font credit</p>');
  });
  it('notoSansScFor picks the fontsource chunks of the characters used, within the budget', async () => {
    const font = (await notoSansScFor('园区联动 zone linkage'))!;
    expect(font.family).toBe('Noto Sans SC');
    expect(font.faces.length).toBeGreaterThanOrEqual(1);
    expect(font.faces.length).toBeLessThanOrEqual(4);
    for (const ch of '园区联动') {
      const cp = ch.codePointAt(0)!;
      expect(font.faces.some((f) => parseUnicodeRange(f.unicodeRange).some(([a, b]) => cp >= a && cp <= b))).toBe(true);
    }
    expect(font.credit).toMatch(/SIL Open Font License 1\.1/);
    expect(await notoSansScFor('园区联动', 10)).toBeUndefined();
  });
});
