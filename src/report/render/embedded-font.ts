import { checkString } from '../../error/argument-checks.js';
import { invalidArgument } from '../../error/zonelink-error.js';
/** One `@font-face` chunk of a font split by Unicode ranges (as the npm package `@fontsource/noto-sans-sc` ships Noto Sans SC). */
export interface EmbeddedFontFace {
  /** CSS `unicode-range` value, e.g. `U+4e00-4e3f,U+4e45`. */
  unicodeRange: string;
  /** The WOFF2 file, base64-encoded. */
  woff2Base64: string;
}

/** A font to embed in the HTML report: its family name, the chunks, and a credit line. */
export interface EmbeddedFont {
  family: string;
  /** Weight of the faces (400 for regular). */
  weight: number;
  faces: EmbeddedFontFace[];
  /** Printed in the report footer: name, licence, chunks and size. */
  credit: string;
}

/**
 * Parses a CSS `unicode-range` value into inclusive [first, last] code point ranges
 * (`?` wildcards widen to the range they stand for).
 *
 * @example
 * parseUnicodeRange('U+4e00-4e3f,U+5e7f'); // [[0x4e00, 0x4e3f], [0x5e7f, 0x5e7f]]
 */
export function parseUnicodeRange(value: string): [number, number][] {
  checkString('parseUnicodeRange', value, 'value');
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part.length > 0)
    .map((part) => {
      const [a, b] = part.split('-');
      const first = parseInt(a.replace(/\?/g, '0'), 16);
      const last = b !== undefined ? parseInt(b, 16) : parseInt(a.replace(/\?/g, 'f'), 16);
      return [first, last] as [number, number];
    });
}

/**
 * The chunks a text needs: those whose `unicode-range` contains at least one code point of
 * `text` above U+007F (ASCII is left to the system font). Keeps the input order.
 *
 * @example
 * chunksCovering('广州 Guangzhou', [{ unicodeRange: 'U+5e7f', woff2Base64: '' }, { unicodeRange: 'U+4e00', woff2Base64: '' }]).length; // 1
 */
export function chunksCovering<T extends { unicodeRange: string }>(text: string, chunks: readonly T[]): T[] {
  checkString('chunksCovering', text, 'text');
  if (!Array.isArray(chunks) || chunks.some((c) => c === null || typeof c !== 'object' || typeof c.unicodeRange !== 'string')) {
    invalidArgument('chunksCovering', 'chunks must be an array of { unicodeRange: string }', { field: 'chunks' });
  }
  const used = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7f) used.add(cp);
  }
  const points = [...used];
  return chunks.filter((chunk) => parseUnicodeRange(chunk.unicodeRange).some(([a, b]) => points.some((cp) => cp >= a && cp <= b)));
}

/**
 * `@font-face` rules with the chunks inlined as data: URLs (no request leaves the file),
 * one per chunk with its `unicode-range`, so the browser loads only the faces it draws.
 *
 * @example
 * fontFaceCss({ family: 'Noto Sans SC', weight: 400, faces: [{ unicodeRange: 'U+5e7f', woff2Base64: 'AAAA' }], credit: '' }).startsWith('@font-face'); // true
 */
export function fontFaceCss(font: EmbeddedFont): string {
  if (
    font === null ||
    typeof font !== 'object' ||
    typeof font.family !== 'string' ||
    typeof font.weight !== 'number' ||
    !Array.isArray(font.faces) ||
    font.faces.some((f) => f === null || typeof f !== 'object' || typeof f.unicodeRange !== 'string' || typeof f.woff2Base64 !== 'string')
  ) {
    invalidArgument('fontFaceCss', 'font must be { family: string, weight: number, faces: { unicodeRange, woff2Base64 }[], credit }', { field: 'font' });
  }
  const family = font.family.replace(/['"\\]/g, '');
  return font.faces
    .map((face) => `@font-face { font-family: '${family}'; font-style: normal; font-weight: ${font.weight}; font-display: block; src: url(data:font/woff2;base64,${face.woff2Base64}) format('woff2'); unicode-range: ${face.unicodeRange.replace(/[^0-9A-Fa-f?,+U\- ]/g, '')}; }`)
    .join('\n');
}
