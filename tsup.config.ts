import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'node/index': 'src/node/index.ts',
    'node/bin': 'src/node/bin.ts',
    'data/index': 'src/data/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'data/index': 'src/data/index.ts' } },
  splitting: true,
  sourcemap: false,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  // graphology-metrics and friends are CommonJS with extension-less deep imports:
  // keep them external but import the deep paths with their .js extension (see src).
  external: [/^graphology/, 'd3-array', 'zod', /^node:/],
  shims: false,
});
