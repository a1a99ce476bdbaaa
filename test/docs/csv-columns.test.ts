import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCsvColumns } from '../../scripts/docs/csv-columns.js';
import { ACCESSIBILITY_COLUMNS, CITY_COLUMNS, LINKAGE_COLUMNS, PROVINCE_COLUMNS, ZONE_COLUMNS } from '../../src/io/csv-columns.js';

const committed = readFileSync(new URL('../../docs/csv-columns.md', import.meta.url), 'utf8');

describe('docs/csv-columns.md', () => {
  it('is what scripts/docs/csv-columns.ts generates from the column specifications (run `npx tsx scripts/docs/csv-columns.ts` after changing them)', () => {
    expect(committed).toBe(renderCsvColumns());
  });

  it('lists every accepted header of every table', () => {
    for (const columns of [ZONE_COLUMNS, CITY_COLUMNS, PROVINCE_COLUMNS, LINKAGE_COLUMNS, ACCESSIBILITY_COLUMNS]) {
      for (const column of columns) for (const header of column.headers) expect(committed).toContain('`' + header + '`');
    }
  });
});
