import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipText } from '../../src/error/clip-text.js';
import { parseCsv } from '../../src/io/parse-csv.js';
import { readCsvDataset } from '../../src/io/read-csv-dataset.js';
import { loadDataset } from '../../src/node/load-dataset.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

describe('clipText', () => {
  it('keeps short text and counts what it cuts from long text', () => {
    expect(clipText('abc', 3)).toBe('abc');
    expect(clipText('x'.repeat(205), 3)).toBe('xxx… (202 more characters)');
    expect(clipText('y'.repeat(1200))).toBe(`${'y'.repeat(200)}… (1,000 more characters)`);
  });
});

describe('parseCsv bounds', () => {
  it('cuts a cell at maxFieldLength and reports the count cut', () => {
    const csv = parseCsv('id,name\nz1,abcdefghij\n', { maxFieldLength: 4 });
    expect(csv.rows[0]!.cells).toEqual(['z1', 'abcd']);
    expect(csv.issues.map((i) => [i.code, i.row])).toEqual([['field-too-long', 2]]);
    expect(csv.issues[0]!.message).toMatch(/10 characters, more than maxFieldLength 4; 6 characters cut/);
  });
  it('stops at a header wider than maxColumns, with one problem and no rows', () => {
    const csv = parseCsv('a,b,c\n1,2,3\n', { maxColumns: 2 });
    expect(csv.rows).toEqual([]);
    expect(csv.issues.map((i) => [i.code, i.row])).toEqual([['too-many-columns', 1]]);
  });
  it('rejects a bound that is not a positive integer', () => {
    expect(zonelinkErrorOf(() => parseCsv('a\n', { maxColumns: 0 })).message).toMatch(/parseCsv.*maxColumns/);
    expect(zonelinkErrorOf(() => readCsvDataset({ cities: 'id\n' }, { maxFieldLength: -1 })).message).toMatch(/readCsvDataset.*maxFieldLength/);
  });
});

describe('readCsvDataset bounds', () => {
  const header = (n: number) => ['id', 'name', ...Array.from({ length: n }, (_, i) => `junk${i}`)].join(',');
  it('1,000,000 unknown columns: one too-many-columns problem under the default 1,000', () => {
    const error = zonelinkErrorOf(() => readCsvDataset({ cities: { file: 'wide.csv', content: `${header(1_000_000)}\n` } }));
    expect(error.issues.map((i) => i.code)).toEqual(['too-many-columns']);
    expect(error.issues[0]!.message.length).toBeLessThan(200);
  });
  it('many unknown columns under a raised bound: one problem listing the first five and the count', () => {
    const error = zonelinkErrorOf(() => readCsvDataset({ cities: { file: 'wide.csv', content: `${header(50_000)}\n110000,北京市${',x'.repeat(50_000)}\n` } }, { maxColumns: Infinity }));
    const unknown = error.issues.filter((i) => i.code === 'unknown-column');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.message).toBe('wide.csv: 50,000 unknown columns: "junk0", "junk1", "junk2", "junk3", "junk4", and 49,995 more');
  });
  it('a 2 MB header cell is cut and echoed as at most 200 characters', () => {
    const error = zonelinkErrorOf(() => readCsvDataset({ cities: { file: 'big.csv', content: `id,name,${'h'.repeat(2_000_000)}\n` } }));
    expect(error.issues.map((i) => i.code).sort()).toEqual(['field-too-long', 'unknown-column']);
    const unknown = error.issues.find((i) => i.code === 'unknown-column')!;
    expect(unknown.message).toBe(`big.csv: unknown column "${'h'.repeat(200)}… (999,800 more characters)"`);
    expect(error.issues.every((i) => i.message.length < 400)).toBe(true);
  });
});

describe('loadDataset bounds', () => {
  it('refuses /dev/zero at once instead of reading it', async () => {
    const started = Date.now();
    const error = await loadDataset(['/dev/zero']).then(
      () => undefined,
      (e: unknown) => e as { issues: { code: string; message: string }[] },
    );
    expect(error?.issues[0]?.code).toBe('unreadable-file');
    const json = await loadDataset('/dev/zero.json').catch((e: { issues: { code: string }[] }) => e.issues[0]!.code);
    expect(json).toBe('unreadable-file');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
  it('refuses a file above maxFileBytes, pointing to the streaming reader', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zonelink-bounds-'));
    const file = join(dir, 'dataset.json');
    writeFileSync(file, '{"metadata":{"name":"x"},"nodes":[]}');
    const error = await loadDataset(file, { maxFileBytes: 10 }).catch((e: { issues: { code: string; message: string }[] }) => e);
    expect(error).toMatchObject({ issues: [{ code: 'file-too-large' }] });
    expect((error as { issues: { message: string }[] }).issues[0]!.message).toMatch(/readLinkageColumnsFile/);
    await expect(loadDataset(file, { maxFileBytes: 0 })).rejects.toThrow(/maxFileBytes/);
  });
});
