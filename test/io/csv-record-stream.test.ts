import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordStream, csvRecordStreamOptions } from '../../src/io/csv-record-stream.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';
import { parseCsv } from '../../src/io/parse-csv.js';
import type { ZonelinkIssue } from '../../src/error/zonelink-error.js';

function streamed(text: string, cuts: number[], maxRecordLength?: number) {
  const records: { line: number; cells: string[] }[] = [];
  const issues: ZonelinkIssue[] = [];
  const stream = new CsvRecordStream({ file: 'f.csv', maxRecordLength, onRecord: (cells, line) => records.push({ line, cells: [...cells] }), onIssue: (i) => issues.push(i) });
  let last = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    stream.push(text.slice(last, cut));
    last = cut;
  }
  stream.push(text.slice(last));
  stream.end();
  return { records, issues };
}

describe('CsvRecordStream', () => {
  it('splits records across chunk boundaries anywhere (quotes, CRLF, escaped quotes)', () => {
    const text = 'id,name\r\nz1,"Pudong, ""new"" area"\r\nz2,"two\nlines"\r\n\r\nz3, spaced \r\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const { records, issues } = streamed(text, [cut]);
      expect(issues).toEqual([]);
      expect(records).toEqual([
        { line: 1, cells: ['id', 'name'] },
        { line: 2, cells: ['z1', 'Pudong, "new" area'] },
        { line: 3, cells: ['z2', 'two\nlines'] },
        { line: 6, cells: ['z3', 'spaced'] },
      ]);
    }
  });

  it('gives the records and problems of parseCsv for any text and any chunking (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', '\r', '中', ';');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.array(fc.nat(80), { maxLength: 5 }), (parts, cuts) => {
        const text = 'x,y\n' + parts.join('');
        const whole = parseCsv(text, { file: 'f.csv', delimiter: ',' });
        const records = [{ line: 1, cells: whole.header }, ...whole.rows].filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
        const got = streamed(text, cuts.map((c) => Math.min(c, text.length)));
        const wholeIssues = whole.issues.filter((i) => i.code !== 'csv-column-count');
        // Well-formed text: the same records. Malformed text: both readers object (they may
        // recover differently from garbage such as `"" "`, and neither result is data).
        expect(got.issues.length > 0).toBe(wholeIssues.length > 0);
        if (wholeIssues.length === 0) expect(got.records).toEqual(records);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('reports an over-long record and skips to the next line break instead of buffering the file', () => {
    const { records, issues } = streamed('a,b\n' + 'x'.repeat(50) + '\n1,2\n', [10, 20, 30, 40], 16);
    expect(issues.map((i) => [i.code, i.row])).toEqual([['csv-record-too-long', 2]]);
    expect(records.map((r) => r.cells)).toEqual([['a', 'b'], ['1', '2']]);
  });

  describe('declared options', () => {
    const noop = () => {};

    it('reports an unknown option, suggesting the declared one', () => {
      const e = zonelinkErrorOf(() => new CsvRecordStream({ onRecord: noop, onIssue: noop, maxRecordLenght: 10 } as never));
      expect(e.issues).toEqual([expect.objectContaining({ code: 'unknown-option', field: 'maxRecordLenght' })]);
      expect(e.message).toMatch(/^CsvRecordStream: unknown option maxRecordLenght \(did you mean maxRecordLength\?\)/);
    });

    it('requires both callbacks and reports every invalid option at once', () => {
      const e = zonelinkErrorOf(() => new CsvRecordStream({ onRecord: noop, maxColumns: 0, delimiter: '' } as never));
      expect(e.issues.map((i) => [i.code, i.field])).toEqual([['invalid-argument', 'delimiter'], ['invalid-argument', 'maxColumns'], ['invalid-argument', 'onIssue']]);
      expect(e.issues[2].message).toBe('CsvRecordStream: option onIssue is required (a function (issue) → void)');
      expect(zonelinkErrorOf(() => new CsvRecordStream(undefined as never)).message).toMatch(/^CsvRecordStream: invalid options: onRecord, onIssue/);
    });

    it('keeps its defaults: 1,000,000-character records and cells, 1,000 columns', () => {
      expect([csvRecordStreamOptions.specs.maxRecordLength.default, csvRecordStreamOptions.specs.maxFieldLength.default, csvRecordStreamOptions.specs.maxColumns.default]).toEqual([1_000_000, 1_000_000, 1_000]);
      const issues: unknown[] = [];
      const stream = new CsvRecordStream({ onRecord: noop, onIssue: (i) => issues.push(i) });
      stream.push(Array.from({ length: 1001 }, (_, i) => `c${i}`).join(',') + '\n');
      stream.end();
      expect(issues).toEqual([expect.objectContaining({ code: 'too-many-columns' })]);
    });
  });
});

