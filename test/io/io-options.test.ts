import { describe, it, expect } from 'vitest';
import { parseCsv, readLinkageColumns, decodeText, readCsvDataset, toEdgeListCsv, toUcinetDl } from '../../src/io/index.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import Graph from 'graphology';

// The io functions read their options through one declaration each: unknown
// options are errors naming the function (with the nearest declared name), and
// the declared defaults apply.
describe('io options declared once', () => {
  it('unknown options are errors naming the function, with a suggestion', () => {
    expect(() => parseCsv('a,b\n1,2\n', { delimeter: ',' } as never)).toThrow(/^parseCsv: unknown option delimeter \(did you mean delimiter\?\)/);
    expect(() => decodeText('x', { encodig: 'gbk' } as never)).toThrow(/^decodeText: unknown option encodig/);
    expect(() => readCsvDataset({ zones: 'id\n' }, { maxColumn: 3 } as never)).toThrow(/^readCsvDataset: unknown option maxColumn \(did you mean maxColumns\?\)/);
    expect(() => toEdgeListCsv(new Graph(), { weight: 'w' } as never)).toThrow(/^toEdgeListCsv: unknown option weight/);
    expect(() => toUcinetDl(new Graph(), { format: 'edgelist1', weightAttribute: '' })).toThrow(ZonelinkError);
  });

  it('readLinkageColumns reports rows read through onRows (formerly onProgress, now reserved for ProgressEvent callbacks)', () => {
    const rows: number[] = [];
    const columns = readLinkageColumns(['id,source,target,mode\n', 'l1,a,b,cross-regional\nl2,b,c,cross-regional\n'], { onRows: (n) => rows.push(n) });
    expect(columns.length).toBe(2);
    expect(rows[rows.length - 1]).toBe(2);
    expect(() => readLinkageColumns('id,source,target,mode\n', { onProgress: () => {} } as never)).toThrow(/^readLinkageColumns: unknown option onProgress/);
  });

  it('declared defaults apply: the CSV limits and the file name', () => {
    const table = parseCsv('a,b\n1,2\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(() => parseCsv('a,b\n', { maxColumns: 0 })).toThrow(/^parseCsv: option maxColumns must be an integer ≥ 1 or Infinity, got 0/);
    expect(parseCsv('a,b\n', { maxColumns: Infinity }).header).toEqual(['a', 'b']);
  });
});
