import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chunksCovering, type EmbeddedFont } from '../report/render/embedded-font.js';
import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { argumentIssue } from './argument-problems.js';
import { throwProblems } from '../error/throw-problems.js';

/** Size budget of the embedded font in the HTML report (base64 bytes): 2 MiB. */
export const EMBEDDED_FONT_BUDGET = 2 * 1024 * 1024;

/**
 * Noto Sans SC (regular, SIL Open Font License 1.1, © Google; npm `@fontsource/noto-sans-sc`)
 * subset to `text`: of the ~100 WOFF2 chunks fontsource ships, each with its
 * `unicode-range`, only those holding a non-ASCII character of `text` are read and
 * base64-encoded. Returns `undefined` when the package is not installed or the chunks
 * exceed `budget` (base64 bytes; default {@link EMBEDDED_FONT_BUDGET}) — the report then
 * falls back to the system font stack, and says so.
 *
 * @throws ZonelinkError (`invalid-argument`, naming `notoSansScFor`, both problems
 *   together) when `text` is not a string or `budget` is not a number ≥ 0
 *   (`Infinity` allowed: no budget).
 * @example
 * const font = await notoSansScFor(renderHtml(report)); // then renderHtml(report, { font })
 */
export async function notoSansScFor(text: string, budget = EMBEDDED_FONT_BUDGET): Promise<EmbeddedFont | undefined> {
  const problems: ZonelinkIssue[] = [];
  if (typeof text !== 'string') problems.push(argumentIssue('notoSansScFor', 'text', 'a string', text));
  if (typeof budget !== 'number' || !(budget >= 0)) problems.push(argumentIssue('notoSansScFor', 'budget', 'a number ≥ 0 (base64 bytes)', budget));
  throwProblems('notoSansScFor', 'arguments', problems);
  let dir: string;
  try {
    // No import.meta (it is a syntax error in the CommonJS build): CommonJS has `require`;
    // ESM resolves from the working directory, where npm puts zonelink's dependencies.
    const resolver = typeof require === 'function' ? require : createRequire(pathToFileURL(join(process.cwd(), 'index.js')).href);
    dir = dirname(resolver.resolve('@fontsource/noto-sans-sc/400.css'));
  } catch {
    return undefined;
  }
  const css = await readFile(join(dir, '400.css'), 'utf8');
  const all = [...css.matchAll(/src: url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range: ([^;]+);/g)].map((m) => ({ file: m[1], unicodeRange: m[2].trim() }));
  const chosen = chunksCovering(text, all);
  const faces = [];
  let bytes = 0;
  for (const chunk of chosen) {
    const woff2Base64 = Buffer.from(await readFile(join(dir, 'files', chunk.file))).toString('base64');
    bytes += woff2Base64.length;
    if (bytes > budget) return undefined;
    faces.push({ unicodeRange: chunk.unicodeRange, woff2Base64 });
  }
  return {
    family: 'Noto Sans SC',
    weight: 400,
    faces,
    credit: `字体 Font: Noto Sans SC (SIL Open Font License 1.1), ${faces.length} of ${all.length} Unicode-range chunks covering the characters used, ${Math.round(bytes / 1024)} KB embedded (budget ${Math.round(budget / 1024)} KB)`,
  };
}
