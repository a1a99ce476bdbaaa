/**
 * The browser bundle budget: bundles `import { pagerank } from 'zonelink'`
 * (the published ESM build in dist/esm, resolved as a consumer resolves the
 * package, so its "sideEffects": false applies) with esbuild, minified for the
 * browser, and fails if it exceeds 30 KB gzip; prints the size of the full
 * schema path (`parseDataset`, which needs zod) for the README; then runs the
 * pagerank bundle in headless Chromium on a 3-cycle, whose PageRank is 1/3 at
 * every node (each node has one in-link from a node with one out-link).
 * Run after `npm run build`: npx tsx scripts/check-bundle.ts
 */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const BUDGET = 30 * 1024;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'zonelink-bundle-'));

async function bundle(name: string, source: string): Promise<{ code: string; gzip: number; inputs: string[] }> {
  writeFileSync(join(work, `${name}.js`), source);
  const result = await build({
    entryPoints: [join(work, `${name}.js`)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  // Modules that contribute code (esbuild lists every module it visited, tree-shaken ones with 0 bytes).
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).filter(([, i]) => i.bytesInOutput > 0).map(([path]) => path);
  return { code, gzip: gzipSync(code, { level: 9 }).length, inputs };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
try {
  // Resolve 'zonelink' as an installed package does: through node_modules and its exports map.
  mkdirSync(join(work, 'node_modules'));
  symlinkSync(root, join(work, 'node_modules', 'zonelink'), 'dir');

  const pagerank = await bundle(
    'pagerank',
    "import Graph from 'graphology';\nimport { pagerank } from 'zonelink';\nconst g = new Graph({ type: 'directed' });\ng.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('c', 'a');\nglobalThis.zonelinkResult = pagerank(g).values;\n",
  );
  const schema = await bundle('schema', "import { parseDataset } from 'zonelink';\nglobalThis.zonelinkParse = parseDataset;\n");
  console.log(`import { pagerank } from 'zonelink': ${kb(pagerank.code.length)} minified, ${kb(pagerank.gzip)} gzip (budget ${kb(BUDGET)})`);
  console.log(`import { parseDataset } from 'zonelink' (the full schema path, with zod): ${kb(schema.code.length)} minified, ${kb(schema.gzip)} gzip`);
  const failures: string[] = [];
  if (pagerank.gzip > BUDGET) failures.push(`the pagerank bundle is ${kb(pagerank.gzip)} gzip, over the ${kb(BUDGET)} budget`);
  const heavy = pagerank.inputs.filter((i) => /node_modules\/zod\/|to-gexf|\/schema\//.test(i));
  if (heavy.length > 0) failures.push(`the pagerank bundle pulls in ${heavy.slice(0, 5).join(', ')}`);

  writeFileSync(join(work, 'pagerank.html'), `<!doctype html><meta charset="utf-8"><script type="module">${pagerank.code.replace(/<\/script/gi, '<\\/script')}</script>`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    await page.goto(pathToFileURL(join(work, 'pagerank.html')).href, { waitUntil: 'load' });
    const values = (await page.evaluate(() => (globalThis as unknown as { zonelinkResult?: Record<string, number> }).zonelinkResult)) ?? {};
    const ok = ['a', 'b', 'c'].every((n) => Math.abs((values[n] ?? NaN) - 1 / 3) < 1e-9);
    if (!ok) failures.push(`PageRank in Chromium gave ${JSON.stringify(values)}, expected 1/3 at a, b and c`);
    else console.log(`Chromium ran the bundle: PageRank ${JSON.stringify(values)}`);
  } finally {
    await browser.close();
  }
  if (failures.length > 0) {
    for (const f of failures) console.error(`check-bundle: ${f}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
