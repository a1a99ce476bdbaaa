import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeXml } from '../../../../src/report/render/svg/escape-xml.js';
import { parseSvg } from './parse-svg.js';

describe('escapeXml', () => {
  it('replaces the five XML special characters', () => {
    expect(escapeXml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
  });

  it('keeps Chinese, emoji and whitespace, drops forbidden control characters and lone surrogates', () => {
    expect(escapeXml('资源要素联动 🚄\t\n')).toBe('资源要素联动 🚄\t\n');
    expect(escapeXml('a\u0000b\u0007c\u001fd')).toBe('abcd');
    expect(escapeXml('x\ud800y\udc00z\uffff')).toBe('xyz');
  });

  it('is a no-op on the empty string', () => {
    expect(escapeXml('')).toBe('');
  });

  it('makes any string safe as element text and attribute value (property)', () => {
    const allowed = (s: string) => Array.from(s).filter((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x20) return c === 9 || c === 10 || c === 13;
      if (c >= 0xd800 && c <= 0xdfff) return false; // lone surrogate (Array.from keeps pairs together)
      return c !== 0xfffe && c !== 0xffff;
    }).join('');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const doc = parseSvg(`<t a="${escapeXml(s)}">${escapeXml(s)}</t>`);
        const root = doc.documentElement!;
        // The parser normalises line ends in text (CR LF → LF) and whitespace in attributes.
        const expected = allowed(s).replace(/\r\n?/g, '\n');
        expect(root.textContent).toBe(expected);
        expect(root.getAttribute('a')).toBe(expected.replace(/[\t\n\r]/g, ' '));
      }),
      { numRuns: 300 },
    );
  });
});
