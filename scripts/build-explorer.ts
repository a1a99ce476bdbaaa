/**
 * Bundles the report's network explorer (src/report/render/explorer/explorer-browser.ts
 * with sigma and graphology) for the browser with esbuild, minified, and writes it as a
 * string constant to src/report/render/explorer/explorer-bundle.ts, which renderHtml
 * inlines into the HTML report. The generated file is committed, so `npm test`,
 * `npm run report` (tsx) and the built package need no bundling step; `npm run build`
 * regenerates it and test/report/render/explorer/explorer-bundle.test.ts fails when it is
 * out of date.
 *
 * Usage: npx tsx scripts/build-explorer.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { explorerBundleSource } from './explorer-bundle-source.js';

const target = fileURLToPath(new URL('../src/report/render/explorer/explorer-bundle.ts', import.meta.url));
const source = await explorerBundleSource();
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== source) {
    console.error(`build-explorer: ${target} is out of date: run npx tsx scripts/build-explorer.ts`);
    process.exit(1);
  }
  console.log('build-explorer: up to date');
} else {
  writeFileSync(target, source);
  console.log(`build-explorer: wrote ${target} (${source.length} characters)`);
}
