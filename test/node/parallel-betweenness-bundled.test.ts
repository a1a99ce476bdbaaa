import { describe, it, expect } from 'vitest';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { betweenness } from '../../src/measures/centrality/index.js';
import { buildGraph } from '../measures/centrality/fixture-graphs.js';

// The worker runs the kernel from its own source (Function.prototype.toString), so it must
// survive what a bundler does to the package: minification, renaming, keepNames (__name
// wrappers), ESM and CJS output. tsup is esbuild underneath; bundle the module the same way
// and run it in a fresh Node process.
const modulePath = fileURLToPath(new URL('../../src/node/parallel-betweenness.ts', import.meta.url));
const graphologyPath = fileURLToPath(new URL('../../node_modules/graphology/dist/graphology.cjs.js', import.meta.url));

describe('parallelBetweenness from a bundled build (esbuild, as tsup)', () => {
  for (const format of ['esm', 'cjs'] as const) {
    it(`${format}, minified with keepNames: same numbers as in-process betweenness`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zonelink-parallel-'));
      try {
        const spec = buildGraph('lesmis').export();
        const entry = join(dir, 'entry.ts');
        writeFileSync(
          entry,
          `import { parallelBetweenness } from ${JSON.stringify(modulePath)};
import Graph from ${JSON.stringify(graphologyPath)};
const graph = Graph.from(${JSON.stringify(spec)});
parallelBetweenness(graph, { workers: 2, distance: 'inverse' }).then((r) => process.stdout.write(JSON.stringify(r)));
`,
        );
        const outfile = join(dir, format === 'esm' ? 'out.mjs' : 'out.cjs');
        await build({
          entryPoints: [entry],
          bundle: true,
          platform: 'node',
          format,
          minify: true,
          keepNames: true,
          outfile,
          logLevel: 'silent',
          // graphology is CommonJS and requires 'events': give the ESM bundle a require
          banner: format === 'esm' ? { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } : {},
        });
        const output = execFileSync(process.execPath, [outfile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        expect(JSON.parse(output)).toEqual(betweenness(buildGraph('lesmis'), { distance: 'inverse' }));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
