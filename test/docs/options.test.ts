import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectOptionsSchemas, renderOptions } from '../../scripts/docs/options.js';

const committed = readFileSync(new URL('../../docs/options.md', import.meta.url), 'utf8');

describe('docs/options.md', () => {
  it('is what scripts/docs/options.ts generates from the defineOptions declarations (run `npx tsx scripts/docs/options.ts` after changing them)', async () => {
    const schemas = await collectOptionsSchemas();
    expect(new Set(schemas.map((s) => s.schema.caller)).size).toBe(schemas.length);
    expect(committed).toBe(renderOptions(schemas));
  }, 120_000);
});
