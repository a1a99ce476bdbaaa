import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explorerBundleSource } from '../../../../scripts/explorer-bundle-source.js';

describe('explorer bundle', () => {
  it('src/report/render/explorer/explorer-bundle.ts is what scripts/build-explorer.ts generates (run it after changing the explorer)', async () => {
    const committed = readFileSync(new URL('../../../../src/report/render/explorer/explorer-bundle.ts', import.meta.url), 'utf8');
    expect(committed === (await explorerBundleSource())).toBe(true);
  });

  it('draws no unseeded randomness (graphology’s Math.random() edge-key prefix is fixed at build time)', () => {
    const committed = readFileSync(new URL('../../../../src/report/render/explorer/explorer-bundle.ts', import.meta.url), 'utf8');
    expect(committed).not.toContain('Math.random');
  });
});
