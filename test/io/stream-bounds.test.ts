import { describe, expect, it } from 'vitest';
import { CsvRecordStream } from '../../src/io/csv-record-stream.js';
import { parseCsv } from '../../src/io/parse-csv.js';
import { readLinkageColumns } from '../../src/io/linkage-columns.js';
import { readLinkageColumnsFile } from '../../src/node/read-linkage-columns-file.js';
import type { ZonelinkIssue } from '../../src/error/zonelink-error.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

/** Records and issues of `text` streamed in chunks of `size` characters. */
function streamed(text: string, size: number, limits: { maxFieldLength?: number; maxColumns?: number } = {}) {
  const records: string[][] = [];
  const issues: ZonelinkIssue[] = [];
  const stream = new CsvRecordStream({ file: 'f.csv', ...limits, onRecord: (cells) => records.push([...cells]), onIssue: (i) => issues.push(i) });
  for (let i = 0; i < text.length; i += size) stream.push(text.slice(i, i + size));
  stream.end();
  return { records, issues };
}

describe('streaming readers honour the whole-file readers’ bounds (issue 15 item 7)', () => {
  it('maxFieldLength: a longer cell is cut and reported with the count cut — the same problem as parseCsv reports', () => {
    const text = 'id,name\nz1,abcdefghij\nz2,"klmnopqrst"\n';
    for (const size of [1, 3, 100]) {
      const { records, issues } = streamed(text, size, { maxFieldLength: 4 });
      expect(records).toEqual([['id', 'name'], ['z1', 'abcd'], ['z2', 'klmn']]);
      expect(issues).toEqual(parseCsv(text, { file: 'f.csv', maxFieldLength: 4 }).issues);
      expect(issues.map((i) => [i.code, i.row, i.message])).toEqual([
        ['field-too-long', 2, 'f.csv line 2, cell 2: 10 characters, more than maxFieldLength 4; 6 characters cut'],
        ['field-too-long', 3, 'f.csv line 3, cell 2: 10 characters, more than maxFieldLength 4; 6 characters cut'],
      ]);
    }
  });

  it('maxColumns: a header of 5,000 columns (default bound 1,000) is one too-many-columns problem and nothing else is read', () => {
    const header = Array.from({ length: 5_000 }, (_, i) => `c${i}`).join(',');
    const { records, issues } = streamed(`${header}\n1,2\n3,4\n`, 4096);
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.code, i.row, i.message])).toEqual([
      ['too-many-columns', 1, 'f.csv line 1: the header has more than maxColumns 1,000 columns; the file was not read further'],
    ]);
  });

  it('readLinkageColumns: the same limits, as options (checked), with the codes of readCsvDataset', () => {
    const wide = zonelinkErrorOf(() => readLinkageColumns(`${Array.from({ length: 30 }, (_, i) => `c${i}`).join(',')}\nx\n`, { maxColumns: 20 }));
    expect(wide.issues.map((i) => i.code)).toEqual(['too-many-columns']);
    const long = zonelinkErrorOf(() => readLinkageColumns(`id,source,target,mode\nl1,a,b,${'产'.repeat(50)}\n`, { maxFieldLength: 10 }));
    expect(long.issues.map((i) => i.code)).toContain('field-too-long');
    expect(zonelinkErrorOf(() => readLinkageColumns('id\n', { maxColumns: 0 })).message).toBe('readLinkageColumns: option maxColumns must be an integer ≥ 1 or Infinity, got 0');
  });

  it('one 2 GB line (generated, never stored): one csv-record-too-long problem, the rows after it read, memory bounded by maxRecordLength', () => {
    const chunk = 'x'.repeat(1 << 20); // one 1 MiB string, pushed 2,048 times
    let peak = 0;
    function* input(): Generator<string> {
      yield 'id,source,target,mode\nl0,a,b,产业链\nl1,a,';
      const before = process.memoryUsage().heapUsed;
      for (let k = 0; k < 2048; k++) {
        yield chunk;
        if (k % 256 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      }
      yield ',产业链\nl2,b,c,产业链\n';
    }
    const error = zonelinkErrorOf(() => readLinkageColumns(input()));
    expect(error.issues.map((i) => [i.code, i.row])).toEqual([['csv-record-too-long', 3]]);
    expect(error.issues[0].message).toBe('linkages.csv line 3: a record longer than 1000000 characters (a missing line break or an unclosed quote?); skipped to the next line break');
    // 2 GiB went through; the reader never held more than a few records' worth
    expect(peak).toBeLessThan(256 * 1024 * 1024);
  });

  it('an unclosed quote followed by 64 MiB without a line break stops at maxRecordLength too', () => {
    const chunk = 'y'.repeat(1 << 20);
    function* input(): Generator<string> {
      yield 'id,source,target,mode\nl1,a,"b';
      for (let k = 0; k < 64; k++) yield chunk;
    }
    const error = zonelinkErrorOf(() => readLinkageColumns(input()));
    expect(error.issues.map((i) => i.code)).toContain('csv-record-too-long');
  });

  it('readLinkageColumnsFile refuses /dev/zero before reading a byte, and a file over maxFileBytes', () => {
    const zero = zonelinkErrorOf(() => readLinkageColumnsFile('/dev/zero'));
    expect(zero.issues.map((i) => [i.code, i.message])).toEqual([['unreadable-file', '/dev/zero is not a regular file (a device, a pipe or a socket); give a file']]);
    const big = zonelinkErrorOf(() => readLinkageColumnsFile(new URL(import.meta.url).pathname, { maxFileBytes: 100 }));
    expect(big.issues.map((i) => i.code)).toEqual(['file-too-large']);
    expect(zonelinkErrorOf(() => readLinkageColumnsFile('/dev/zero', { maxFileBytes: -1 })).message).toBe('readLinkageColumnsFile: option maxFileBytes must be an integer ≥ 1 or Infinity, got -1');
  });
  it('readLinkageColumnsFile declares its options once: readLinkageColumns\'s (but file) and its own, every problem in one error', () => {
    const unknown = zonelinkErrorOf(() => readLinkageColumnsFile('/dev/zero', { chunkByte: 10 } as never));
    expect(unknown.issues.map((i) => i.code)).toEqual(['unknown-option']);
    expect(unknown.message).toMatch(/chunkByte \(did you mean chunkBytes\?\)/);
    // `file` is the path's own name here, not an option
    expect(zonelinkErrorOf(() => readLinkageColumnsFile('/dev/zero', { file: 'x.csv' } as never)).issues.map((i) => i.code)).toEqual(['unknown-option']);
    const invalid = zonelinkErrorOf(() => readLinkageColumnsFile('/dev/zero', { chunkBytes: 0, encoding: 'big5' as never, maxIssues: -1 }));
    expect(invalid.issues.map((i) => i.field).sort()).toEqual(['chunkBytes', 'encoding', 'maxIssues']);
  });
});
