/**
 * Opens an HTML report of zonelink in headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core) and checks its interactive network explorer (sigma.js, WebGL):
 *
 * - the explorer starts (`window.zonelinkExplorer` exists; no console or page errors; no
 *   network request other than file: and data:, which are aborted as well);
 * - a mouse click on a node's position on the canvas opens its panel, which shows the
 *   node's name;
 * - unticking a linkage mode's check box hides exactly that mode's linkages (the visible
 *   edge count drops by the number of linkages of that mode), and ticking it restores them;
 * - choosing each year shows exactly the linkages the library's year rule (`linkageActiveIn`,
 *   which `snapshot` applies) keeps active that year;
 * - the search box finds a node by name and selects it.
 *
 * Usage: npx tsx scripts/check-explorer.ts <report.html>
 * Exits 0 with a one-line summary, or 1 listing every failure (2 for bad arguments).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { linkageActiveIn } from '../src/network/year-view.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface ExplorerDataShape {
  nodes: { id: string; label: string }[];
  edges: { source: string; target: string; mode: string; startYear?: number; endYear?: number }[];
  modes: string[];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length !== 1) {
    console.error('usage: npx tsx scripts/check-explorer.ts <report.html>');
    process.exit(2);
  }
  const htmlPath = resolve(args[0]);
  if (!existsSync(htmlPath)) {
    console.error(`check-explorer: no such file: ${htmlPath}`);
    process.exit(2);
  }
  const failures: string[] = [];
  const summary: string[] = [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // WebGL through SwiftShader (software), since there is no GPU in CI.
    args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('console', (msg) => {
      if (msg.type() === 'error') failures.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('file:') && !url.startsWith('data:')) failures.push(`network request: ${request.method()} ${url}`);
    });
    await page.route((url) => url.protocol !== 'file:' && url.protocol !== 'data:', (route) => route.abort('blockedbyclient'));
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    const started = await page.evaluate(() => window.zonelinkExplorer !== undefined);
    if (!started) {
      const message = await page.evaluate(() => document.getElementById('zonelink-explorer-canvas')?.textContent ?? 'no #zonelink-explorer-canvas');
      throw new Error(`the explorer did not start: ${message}`);
    }
    const data = await page.evaluate(() => JSON.parse(document.getElementById('zonelink-explorer-data')!.textContent!) as unknown) as ExplorerDataShape;

    // 1. Click the node with the most linkages at its position on the canvas.
    const degree = new Map<string, number>();
    for (const e of data.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const target = [...data.nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))[0];
    const canvas = page.locator('#zonelink-explorer-canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('#zonelink-explorer-canvas has no bounding box');
    const at = await page.evaluate((id) => window.zonelinkExplorer!.nodeViewportPosition(id), target.id);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForFunction((id) => window.zonelinkExplorer!.selected() === id, target.id, { timeout: 5000 }).catch(() => failures.push(`clicking ${target.label} at (${at.x.toFixed(0)}, ${at.y.toFixed(0)}) did not select it`));
    const heading = await page.locator('#zonelink-explorer-panel .node-name').textContent().catch(() => null);
    if (heading !== target.label) failures.push(`the node panel shows "${heading}" after clicking ${target.label}`);
    else summary.push(`click on ${target.label} opened its panel`);

    // 2. Untick each mode: exactly its linkages disappear; tick it again: they return.
    const total = await page.evaluate(() => window.zonelinkExplorer!.visibleEdgeCount());
    if (total !== data.edges.filter((e) => e.source !== e.target).length) failures.push(`${total} edges visible at start, expected ${data.edges.length}`);
    for (const mode of data.modes) {
      const ofMode = data.edges.filter((e) => e.mode === mode && e.source !== e.target).length;
      const checkbox = page.locator(`#zonelink-explorer-modes input[value="${mode}"]`);
      await checkbox.uncheck();
      const after = await page.evaluate(() => window.zonelinkExplorer!.visibleEdgeCount());
      if (after !== total - ofMode) failures.push(`unticking ${mode} left ${after} edges visible, expected ${total} − ${ofMode}`);
      await checkbox.check();
      const back = await page.evaluate(() => window.zonelinkExplorer!.visibleEdgeCount());
      if (back !== total) failures.push(`ticking ${mode} again shows ${back} edges, expected ${total}`);
    }
    summary.push(`${data.modes.length} mode filters each hid exactly their linkages (${total} edges)`);

    // 3. Choose each year in the select: exactly the linkages the library's year rule
    //    (linkageActiveIn, the rule of snapshot) keeps active that year stay visible.
    const years = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLOptionElement>('#zonelink-explorer-year option'), (o) => o.value).filter((v) => v !== ''));
    for (const value of years) {
      const year = Number(value);
      const active = data.edges.filter((e) => e.source !== e.target && linkageActiveIn(e.startYear, e.endYear, year)).length;
      await page.selectOption('#zonelink-explorer-year', value);
      const shown = await page.evaluate(() => window.zonelinkExplorer!.visibleEdgeCount());
      if (shown !== active) failures.push(`year ${year}: ${shown} edges visible, the year rule keeps ${active}`);
    }
    if (years.length > 0) summary.push(`each of ${years.length} years showed the linkages linkageActiveIn keeps`);
    await page.selectOption('#zonelink-explorer-year', '');

    // 4. Search another node by name.
    const other = data.nodes.find((n) => n.id !== target.id);
    if (other) {
      await page.fill('#zonelink-explorer-search', other.label);
      await page.press('#zonelink-explorer-search', 'Enter');
      const selected = await page.evaluate(() => window.zonelinkExplorer!.selected());
      const shown = await page.locator('#zonelink-explorer-panel .node-name').textContent();
      if (selected === null || shown !== data.nodes.find((n) => n.id === selected)?.label) failures.push(`searching "${other.label}" selected ${selected} with panel "${shown}"`);
      else summary.push(`search "${other.label}" selected it`);
    }
  } finally {
    await browser.close();
  }
  if (failures.length > 0) {
    console.error(`check-explorer: FAILED ${htmlPath}`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exit(1);
  }
  console.log(`check-explorer: OK ${htmlPath}: ${summary.join('; ')}`);
}

declare global {
  interface Window {
    zonelinkExplorer?: {
      visibleEdgeCount(): number;
      selected(): string | null;
      nodeViewportPosition(id: string): { x: number; y: number };
    };
  }
}

main().catch((error: unknown) => {
  console.error(`check-explorer: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
