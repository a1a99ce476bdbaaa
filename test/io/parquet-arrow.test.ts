import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { columnTableToCsv } from '../../src/io/column-table.js';
import { readArrowTable } from '../../src/io/read-arrow-table.js';
import { readCsvDataset } from '../../src/io/read-csv-dataset.js';
import { readParquetTable } from '../../src/io/read-parquet-table.js';
import { writeGraphFramesParquet } from '../../src/io/write-graphframes-parquet.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', 'fixtures', 'parquet');
const cli = join(here, '..', 'fixtures', 'cli');
const zones = { file: 'zones.csv', content: readFileSync(join(cli, 'zones.csv')) };

describe('readParquetTable', () => {
  it('reads a table DuckDB wrote, and readCsvDataset reports its bad row at the CSV position', async () => {
    const table = await readParquetTable(readFileSync(join(fixtures, 'duckdb-linkages.parquet')), { file: 'duckdb-linkages.parquet' });
    expect(table.names).toEqual(['id', 'source', 'target', 'mode', 'weight', 'start_year', 'directed']);
    expect(table.rows).toBe(3);
    expect(table.columns[4][0]).toBe(2.5);
    expect(table.columns[4][1]).toBeNull();
    const error = zonelinkErrorOf(() => readCsvDataset({ zones, linkages: { file: table.file, content: columnTableToCsv(table) } }));
    expect(error.issues.map((i) => `${i.code}@${i.row}:${i.column}`).sort()).toEqual(['impossible-year@4:start_year', 'out-of-range@4:weight', 'unknown-mode@4:mode']);
    expect(error.issues.every((i) => i.file === 'duckdb-linkages.parquet')).toBe(true);
  });

  it('rejects bytes that are not Parquet, naming the file', async () => {
    await expect(readParquetTable(new TextEncoder().encode('id,source\n'), { file: 'x.parquet' })).rejects.toThrow(/x\.parquet/);
  });
});

describe('writeGraphFramesParquet', () => {
  const dataset = readCsvDataset({ zones, linkages: { file: 'linkages.csv', content: readFileSync(join(cli, 'linkages.csv')) } });

  it('writes the vertex and edge tables DuckDB reads back as the dataset (fixture by DuckDB)', async () => {
    const expected = JSON.parse(readFileSync(join(fixtures, 'duckdb-readback.json'), 'utf8')) as {
      vertices: { columns: [string, string][]; rows: Record<string, unknown>[] };
      edges: { columns: [string, string][]; rows: Record<string, unknown>[] };
    };
    const { vertices, edges } = writeGraphFramesParquet(dataset);
    for (const [name, bytes] of [['vertices', vertices], ['edges', edges]] as const) {
      const table = await readParquetTable(bytes);
      expect(table.names).toEqual(expected[name].columns.map(([column]) => column));
      const rows = Array.from({ length: table.rows }, (_, r) => Object.fromEntries(table.names.map((n, c) => [n, table.columns[c][r]]).filter(([, v]) => v !== null)));
      const want = expected[name].rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)));
      expect(rows).toEqual(want);
    }
    expect(expected.edges.columns.slice(0, 3)).toEqual([['src', 'VARCHAR'], ['dst', 'VARCHAR'], ['id', 'VARCHAR']]);
    expect(expected.edges.columns).toContainEqual(['weight', 'DOUBLE']);
    expect(expected.edges.columns).toContainEqual(['directed', 'BOOLEAN']);
  });

  it('is byte-identical to the fixture files it generated (so DuckDB read exactly these bytes)', () => {
    const { vertices, edges } = writeGraphFramesParquet(dataset);
    expect(Buffer.from(vertices).equals(readFileSync(join(fixtures, 'zonelink-vertices.parquet')))).toBe(true);
    expect(Buffer.from(edges).equals(readFileSync(join(fixtures, 'zonelink-edges.parquet')))).toBe(true);
  });

  it('rejects what is not a dataset with a ZonelinkError naming itself', () => {
    expect(zonelinkErrorOf(() => writeGraphFramesParquet({} as never)).message).toContain('writeGraphFramesParquet');
  });

  it('declares no options: any option passed is an unknown-option error, and the output is unchanged with none', () => {
    const e = zonelinkErrorOf(() => writeGraphFramesParquet(dataset, { compression: 'gzip' } as never));
    expect(e.issues).toEqual([expect.objectContaining({ code: 'unknown-option', field: 'compression' })]);
    expect(e.message).toBe('writeGraphFramesParquet: unknown option compression; its options are none');
    expect(zonelinkErrorOf(() => writeGraphFramesParquet(dataset, 'snappy' as never)).message).toBe('writeGraphFramesParquet: options must be an object, got a string');
    expect(writeGraphFramesParquet(dataset, {})).toEqual(writeGraphFramesParquet(dataset));
  });
});

describe('readArrowTable', () => {
  it('reads an Arrow IPC table (dictionary strings, nulls, int64) into rows the CSV rules validate', () => {
    const arrow = tableFromArrays({
      id: ['l1', 'l2'],
      source: ['htz-a', 'etdz-b'],
      target: ['etdz-b', 'htz-a'],
      mode: ['industrial-chain', '跨区域联动'],
      weight: new Float64Array([2, 0.5]),
      start_year: new BigInt64Array([2019n, 2021n]),
    });
    const table = readArrowTable(tableToIPC(arrow, 'file'), { file: 'l.arrow' });
    expect(table.rows).toBe(2);
    const dataset = readCsvDataset({ zones, linkages: { file: 'l.arrow', content: columnTableToCsv(table) } });
    expect(dataset.linkages.map((l) => [l.id, l.mode, l.weight, l.startYear])).toEqual([
      ['l1', 'industrial-chain', 2, 2019],
      ['l2', 'cross-regional', 0.5, 2021],
    ]);
  });

  it('rejects bytes that are not Arrow, naming the file', () => {
    expect(zonelinkErrorOf(() => readArrowTable(new Uint8Array([1, 2, 3]), { file: 'bad.arrow' })).message).toContain('bad.arrow');
  });
});

describe('columnTableToCsv', () => {
  it('quotes what needs quoting and writes missing values as empty cells', () => {
    const csv = columnTableToCsv({ file: 't', names: ['id', 'name', 'x'], columns: [['a', 'b'], ['Pudong, "new"', ' sp'], [1e-7, null]], rows: 2 });
    expect(csv).toBe('id,name,x\na,"Pudong, ""new""",1e-7\nb," sp",\n');
  });
});
