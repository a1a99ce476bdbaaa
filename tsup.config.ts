import { defineConfig, type Options } from 'tsup';

// graphology-metrics and friends are CommonJS with extension-less deep imports:
// keep them external but import the deep paths with their .js extension (see src).
const external = [/^graphology/, 'd3-array', 'zod', /^node:/];
const common: Options = { target: 'node20', platform: 'neutral', sourcemap: false, shims: false, external };

/** Leaves a relative `.js` import as it is (the unbundled module beside it), so only JSON is inlined. */
const keepRelativeModules = {
  name: 'keep-relative-modules',
  setup(build: { onResolve: (o: { filter: RegExp }, f: (a: { path: string }) => { path: string; external: boolean }) => void }) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// `npm run build` empties dist first (the four builds below run in parallel).
export default defineConfig([
  // ESM, one file per module: with "sideEffects": false a bundler keeps only the
  // modules an import reaches (pagerank alone does not pull in zod's schemas).
  { ...common, entry: ['src/**/*.ts', '!src/data/**'], format: ['esm'], outDir: 'dist/esm', bundle: false },
  // The bundled dataset: its JSON inlined, its code imported from the modules above.
  { ...common, entry: { 'data/index': 'src/data/index.ts' }, format: ['esm'], outDir: 'dist/esm', esbuildPlugins: [keepRelativeModules] },
  // CommonJS (bundled, for require) and the declarations of both module systems.
  {
    ...common,
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'data/index': 'src/data/index.ts' },
    format: ['cjs'],
    outDir: 'dist/cjs',
    splitting: true,
  },
  {
    ...common,
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'data/index': 'src/data/index.ts' },
    format: ['esm', 'cjs'],
    outDir: 'dist/types',
    dts: { only: true },
  },
]);
