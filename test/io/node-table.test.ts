import { describe, expect, it } from 'vitest';
import { formatNodeTable } from '../../src/io/node-table.js';
import { parseCsv } from '../../src/io/parse-csv.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

const table = { nodes: ['浦东', '=cmd', 'c'], columns: { name: { 浦东: 'Pudong, "new" area', '=cmd': '-1+2', c: '@x' }, degree: { 浦东: 2, '=cmd': 0.1 + 0.2 } } };

describe('formatNodeTable', () => {
  it('csv: one row per node, one column per measure, numbers in full, absent cells empty; formula-leading text neutralised unless kept', () => {
    expect(formatNodeTable(table, 'csv', { formulas: 'keep' })).toBe('id,name,degree\n浦东,"Pudong, ""new"" area",2\n=cmd,-1+2,0.30000000000000004\nc,@x,\n');
    expect(formatNodeTable(table, 'csv')).toBe("id,name,degree\n浦东,\"Pudong, \"\"new\"\" area\",2\n'=cmd,'-1+2,0.30000000000000004\nc,'@x,\n");
    expect(zonelinkErrorOf(() => formatNodeTable(table, 'csv', { formulas: 'drop' as 'keep' })).message).toBe("formatNodeTable: option formulas must be one of 'neutralise', 'keep', got \"drop\"");
  });
  it('xlsx-csv: BOM, CRLF, formula-looking text cells neutralised with a leading quote', () => {
    const text = formatNodeTable(table, 'xlsx-csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1)).toBe("id,name,degree\r\n浦东,\"Pudong, \"\"new\"\" area\",2\r\n'=cmd,'-1+2,0.30000000000000004\r\nc,'@x,\r\n");
  });
  it('csv parses back to the same cells (zonelink parseCsv, RFC 4180)', () => {
    const parsed = parseCsv(formatNodeTable(table, 'csv', { formulas: 'keep' }));
    expect(parsed.header).toEqual(['id', 'name', 'degree']);
    expect(parsed.rows.map((r) => r.cells)).toEqual([
      ['浦东', 'Pudong, "new" area', '2'],
      ['=cmd', '-1+2', '0.30000000000000004'],
      ['c', '@x', ''],
    ]);
  });
  it('json: row objects with null for absent values', () => {
    expect(JSON.parse(formatNodeTable(table, 'json'))).toEqual([
      { id: '浦东', name: 'Pudong, "new" area', degree: 2 },
      { id: '=cmd', name: '-1+2', degree: 0.30000000000000004 },
      { id: 'c', name: '@x', degree: null },
    ]);
  });
  it('empty table and bad input', () => {
    expect(formatNodeTable({ nodes: [], columns: {} })).toBe('id\n');
    expect(zonelinkErrorOf(() => formatNodeTable({ nodes: ['a'], columns: { x: { a: Number.NaN } } })).message).toMatch(/^formatNodeTable: column x holds NaN/);
    expect(zonelinkErrorOf(() => formatNodeTable(table, 'xlsx' as 'csv')).message).toMatch(/^formatNodeTable: format/);
    expect(zonelinkErrorOf(() => formatNodeTable(table, 1n as never)).message).toBe("formatNodeTable: format must be 'csv', 'xlsx-csv' or 'json', got a bigint");
    expect(zonelinkErrorOf(() => formatNodeTable({ nodes: ['a'], columns: { x: { a: 1n as never } } })).message).toBe('formatNodeTable: column x holds a bigint for a; expected a string, a number or a boolean');
    expect(zonelinkErrorOf(() => formatNodeTable({ nodes: [null as never], columns: {} })).message).toBe('formatNodeTable: table.nodes[0] must be a node id (a string), got null');
    expect(zonelinkErrorOf(() => formatNodeTable(null as never)).message).toMatch(/^formatNodeTable: table must be \{ nodes/);
  });
});
