import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/parse-csv.js';

const codes = (text: string) => parseCsv(text, { file: 'f.csv' }).issues.map((i) => [i.code, i.row]);

describe('parseCsv', () => {
  it('reads a header and rows with their line numbers', () => {
    const table = parseCsv('id,name\nz1,浦东\nz2,前海\n');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['z1', '浦东'] },
      { line: 3, cells: ['z2', '前海'] },
    ]);
    expect(table.delimiter).toBe(',');
    expect(table.issues).toEqual([]);
  });

  it('reads quoted fields: delimiters, doubled quotes, line breaks', () => {
    const table = parseCsv('id,note\nz1,"Pudong, Shanghai"\nz2,"the ""1+N"" model"\nz3,"two\nlines"\nz4,after\n');
    expect(table.rows.map((r) => r.cells[1])).toEqual(['Pudong, Shanghai', 'the "1+N" model', 'two\nlines', 'after']);
    // The row after a two-line cell starts on line 6, not 5.
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 4, 6]);
    expect(table.issues).toEqual([]);
  });

  it('handles CRLF line ends, a missing final newline and blank lines (skipped, lines still counted)', () => {
    const table = parseCsv('id,name\r\nz1,a\r\n\r\n\r\nz2,b');
    expect(table.rows).toEqual([
      { line: 2, cells: ['z1', 'a'] },
      { line: 5, cells: ['z2', 'b'] },
    ]);
    expect(parseCsv('a,b\r\n"x\r\ny",z\r\n').rows[0].cells).toEqual(['x\r\ny', 'z']);
  });

  it('trims unquoted cells but keeps the spaces of quoted ones; empty cells are empty strings', () => {
    const table = parseCsv('a , b ,c\n  x  ," y ",\n');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.rows[0].cells).toEqual(['x', ' y ', '']);
  });

  it('detects tab and semicolon delimiters from the header, or takes the one given', () => {
    expect(parseCsv('id\tname\nz1\t1,5\n').rows[0].cells).toEqual(['z1', '1,5']);
    const semicolon = parseCsv('id;weight\nz1;1,5\n');
    expect(semicolon.delimiter).toBe(';');
    expect(semicolon.rows[0].cells).toEqual(['z1', '1,5']);
    expect(parseCsv('id|w\nz1|2\n', { delimiter: '|' }).rows[0].cells).toEqual(['z1', '2']);
    // One column: no delimiter in the header; comma by default.
    expect(parseCsv('id\nz1\n')).toMatchObject({ delimiter: ',', header: ['id'], rows: [{ line: 2, cells: ['z1'] }] });
  });

  it('returns an empty table for empty text and a header alone', () => {
    expect(parseCsv('')).toEqual({ header: [], rows: [], delimiter: ',', issues: [] });
    expect(parseCsv('id,name\n')).toEqual({ header: ['id', 'name'], rows: [], delimiter: ',', issues: [] });
  });

  it('reports an unterminated quote at the line where the quote opened', () => {
    const table = parseCsv('id,note\nz1,ok\nz2,"never closed\nz3,x\n', { file: 'f.csv' });
    expect(table.issues).toEqual([expect.objectContaining({ code: 'csv-unterminated-quote', row: 3, file: 'f.csv' })]);
    expect(table.issues[0].message).toContain('line 3');
    expect(table.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reports a quote inside an unquoted field and text after a closing quote', () => {
    expect(codes('id,note\nz1,a "b" c\n')).toEqual([
      ['csv-stray-quote', 2],
      ['csv-stray-quote', 2],
    ]);
    expect(codes('id,note\nz1,"ab"c\nz2,"ok" \n')).toEqual([['csv-stray-quote', 2]]);
  });

  it('reports rows whose cell count differs from the header, with the count and what was expected', () => {
    const table = parseCsv('a,b,c\n1,2\n1,2,3\n1,2,3,4\n', { file: 'f.csv' });
    expect(table.issues).toEqual([
      expect.objectContaining({ code: 'csv-column-count', row: 2, value: 2, expected: '3 cells', file: 'f.csv' }),
      expect.objectContaining({ code: 'csv-column-count', row: 4, value: 4, expected: '3 cells' }),
    ]);
    // The rows are still returned, to be reported on.
    expect(table.rows).toHaveLength(3);
  });

  it('property: a table written with RFC 4180 quoting reads back cell for cell', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ',', '"', '\n', '\r\n', ';', '\t', '园', '区'), maxLength: 8 });
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((width) => fc.tuple(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '名'), minLength: 1, maxLength: 4 }), { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }))),
        fc.constantFrom('\n', '\r\n'),
        ([header, rows], eol) => {
          const text = [header, ...rows].map((r) => r.map(quote).join(',')).join(eol) + eol;
          const table = parseCsv(text);
          expect(table.issues).toEqual([]);
          expect(table.header).toEqual(header);
          expect(table.rows.map((r) => r.cells)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
