/**
 * Opens an HTML report of zonelink in headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core) and checks that it works as a self-contained document:
 *
 * - no console errors, no page errors, and no network request other than file: or data:
 *   (the report must load nothing from anywhere; such requests are also aborted, so the
 *   check never touches the network);
 * - the expected figures are present — every id listed in the report's
 *   `<meta name="zonelink-figures">`, plus `fig-map`, `fig-communities`, at least one
 *   `fig-ranking-…` and at least one `fig-lorenz-…` (change with `--require a,b-…`;
 *   an entry ending in `-` is a prefix) — and each holds an SVG with drawn elements and a
 *   non-zero bounding box;
 * - when the report embeds Noto Sans SC: every Chinese character is covered by a loaded
 *   face (no tofu), and Chromium's platform font for the title and a chart label (DevTools
 *   protocol `CSS.getPlatformFontsForNode`) is Noto Sans SC;
 * - a full-page screenshot is saved and is not blank: decoded with pngjs, it must have
 *   enough distinct colours and enough non-white pixels.
 *
 * Usage: npx tsx scripts/check-html-report.ts <report.html> <screenshot.png> [--require fig-map,fig-lorenz-]
 * Exits 0 with a one-line summary, or 1 listing every failure (2 for bad arguments).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEFAULT_REQUIRED = ['fig-map', 'fig-communities', 'fig-ranking-', 'fig-lorenz-'];
/** A report screenshot has text, table rules and coloured charts: far more than this. */
const MIN_DISTINCT_COLOURS = 32;
const MIN_NON_WHITE_FRACTION = 0.01;

function usage(message: string): never {
  console.error(`check-html-report: ${message}\nusage: npx tsx scripts/check-html-report.ts <report.html> <screenshot.png> [--require id,prefix-,…]`);
  process.exit(2);
}

interface FigureState {
  id: string;
  svgs: number;
  drawn: number;
  width: number;
  height: number;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let required = DEFAULT_REQUIRED;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--require') {
      const value = args[++i];
      if (value === undefined) usage('--require needs a comma-separated list');
      required = value.split(',').map((s) => s.trim()).filter(Boolean);
    } else if (args[i] === '--help' || args[i] === '-h') {
      usage('checks a zonelink HTML report in headless Chromium');
    } else positional.push(args[i]);
  }
  if (positional.length !== 2) usage('expected exactly two arguments');
  const [htmlPath, pngPath] = positional.map((p) => resolve(p));
  if (!existsSync(htmlPath)) usage(`no such file: ${htmlPath}`);
  if (!existsSync(CHROMIUM)) usage(`Chromium not found at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`);

  const failures: string[] = [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let figures: FigureState[] = [];
  let declared: string[] = [];
  let screenshot: Buffer;
  let embedded = false;
  const fontReport: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (msg) => {
      if (msg.type() === 'error') failures.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('file:') && !url.startsWith('data:')) failures.push(`network request: ${request.method()} ${url}`);
    });
    page.on('requestfailed', (request) => {
      // Requests leaving the file are already failures (and aborted below); report local ones that failed.
      if (request.url().startsWith('file:')) failures.push(`failed request: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
    });
    // Nothing leaves the machine: every request other than file: and data: is aborted (and counted above).
    await page.route((url) => url.protocol !== 'file:' && url.protocol !== 'data:', (route) => route.abort('blockedbyclient'));
    const response = await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    if (response && !response.ok()) failures.push(`loading ${htmlPath} gave status ${response.status()}`);

    declared = await page.evaluate(() => (document.querySelector('meta[name="zonelink-figures"]')?.getAttribute('content') ?? '').split(/\s+/).filter(Boolean));
    figures = await page.evaluate(() =>
      Array.from(document.querySelectorAll('figure[id]')).map((figure) => {
        const svgs = Array.from(figure.querySelectorAll('svg'));
        const svg = svgs[0];
        const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
        const drawn = svg ? svg.querySelectorAll('path, line, circle, rect, polyline, polygon, text').length : 0;
        return { id: figure.id, svgs: svgs.length, drawn, width: box.width, height: box.height };
      }),
    );
    // An embedded font (Noto Sans SC as data: URLs) must be the one Chromium actually draws
    // the Chinese text with: every Chinese character of the page is covered by a loaded
    // face (no tofu), and the platform font of the title and of a chart label, as the
    // DevTools protocol reports it, is Noto Sans SC.
    embedded = await page.evaluate(() => Array.from(document.styleSheets).some((sheet) => Array.from(sheet.cssRules).some((r) => r.cssText.startsWith('@font-face') && r.cssText.includes('Noto Sans SC'))));
    if (embedded) {
      const han = await page.evaluate(async () => {
        const chars = [...new Set(Array.from(document.body.innerText.matchAll(/\p{Script=Han}/gu), (m) => m[0]))].join('');
        const loaded = await document.fonts.load('15px "Noto Sans SC"', chars);
        await document.fonts.ready;
        return { chars: chars.length, faces: loaded.length, covered: document.fonts.check('15px "Noto Sans SC"', chars) };
      });
      if (han.faces === 0 || !han.covered) failures.push(`embedded font: ${han.chars} Chinese characters, ${han.faces} faces loaded, all covered: ${han.covered}`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      for (const selector of ['h1', 'figure svg text']) {
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        if (!nodeId) continue;
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        const used = fonts.map((f: { familyName: string; glyphCount: number }) => `${f.familyName} (${f.glyphCount})`);
        // The WOFF2 chunks name themselves "Noto Sans SC Thin" (fontsource's variable-font cut).
        if (!fonts.some((f: { familyName: string }) => f.familyName.startsWith('Noto Sans SC'))) failures.push(`embedded font not used for ${selector}: ${used.join(', ')}`);
        fontReport.push(`${selector}: ${used.join(', ')}`);
      }
      fontReport.unshift(`${han.chars} Chinese characters covered by ${han.faces} loaded Noto Sans SC faces`);
    }
    screenshot = await page.screenshot({ fullPage: true, type: 'png' });
  } finally {
    await browser.close();
  }
  writeFileSync(pngPath, screenshot);

  const byId = new Map(figures.map((f) => [f.id, f]));
  const expected = new Set(declared);
  for (const want of required) {
    if (want.endsWith('-')) {
      const matches = figures.filter((f) => f.id.startsWith(want));
      if (matches.length === 0) failures.push(`no figure with an id starting "${want}"`);
      for (const m of matches) expected.add(m.id);
    } else expected.add(want);
  }
  for (const id of expected) {
    const figure = byId.get(id);
    if (!figure) failures.push(`figure #${id} is missing`);
    else if (figure.svgs === 0) failures.push(`figure #${id} has no <svg>`);
    else if (figure.drawn < 3) failures.push(`figure #${id} has an empty <svg> (${figure.drawn} drawn elements)`);
    else if (!(figure.width > 0 && figure.height > 0)) failures.push(`figure #${id} has a zero bounding box (${figure.width}×${figure.height})`);
  }

  const png = PNG.sync.read(screenshot);
  const colours = new Set<number>();
  let nonWhite = 0;
  const { data, width, height } = png;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i];
    const g = data[i + 1];
    const b = data[i + 2];
    if (colours.size <= 100_000) colours.add((r << 16) | (g << 8) | b);
    if (r < 245 || g < 245 || b < 245) nonWhite++;
  }
  const fraction = nonWhite / (width * height);
  if (colours.size < MIN_DISTINCT_COLOURS) failures.push(`screenshot looks blank: ${colours.size} distinct colours (need ≥ ${MIN_DISTINCT_COLOURS})`);
  if (fraction < MIN_NON_WHITE_FRACTION) failures.push(`screenshot looks blank: ${(fraction * 100).toFixed(2)}% non-white pixels (need ≥ ${MIN_NON_WHITE_FRACTION * 100}%)`);

  if (failures.length > 0) {
    console.error(`check-html-report: FAILED ${htmlPath} (${failures.length} problem${failures.length > 1 ? 's' : ''})`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exit(1);
  }
  console.log(
    `check-html-report: OK ${htmlPath}: ${expected.size} figures with SVG, no console/page errors, no network requests; screenshot ${pngPath} ${width}×${height}, ${colours.size > 100_000 ? '>100000' : colours.size} colours, ${(fraction * 100).toFixed(1)}% non-white${embedded ? `; font: ${fontReport.join('; ')}` : ''}`,
  );
}

main().catch((error: unknown) => {
  console.error(`check-html-report: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
