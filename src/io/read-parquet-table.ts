import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { ZonelinkError } from '../error/zonelink-error.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { namedFileOption } from './io-option-specs.js';
import { checkColumnTable, type ColumnTable } from './column-table.js';

/** The declared options of {@link readParquetTable} (checks, defaults and docs/options.md come from here). */
export const readParquetTableOptions = defineOptions('readParquetTable', {
  /** File name for messages (default `'table.parquet'`). */
  file: namedFileOption('table.parquet'),
});

/** Options of {@link readParquetTable}, declared in {@link readParquetTableOptions}. */
export type ReadParquetTableOptions = OptionsOf<typeof readParquetTableOptions>;

/**
 * Reads a Parquet file (bytes) into a {@link ColumnTable} with hyparquet (pure
 * JavaScript: Node, browsers, Deno). Flat tables only — a nested column
 * (struct, list, map) is an error naming it. Compression: uncompressed and Snappy
 * (what Spark, pandas/pyarrow and DuckDB write by default); other codecs give an
 * error naming the codec.
 *
 * @throws ZonelinkError `invalid-parquet` naming the file.
 * @example
 * const table = await readParquetTable(bytes, { file: 'linkages.parquet' });
 * readCsvDataset({ linkages: { file: table.file, content: columnTableToCsv(table) } });
 */
export async function readParquetTable(bytes: Uint8Array | ArrayBuffer, options: ReadParquetTableOptions = {}): Promise<ColumnTable> {
  const { file } = readParquetTableOptions.read(options);
  const fail = (message: string): never => {
    throw new ZonelinkError('invalid-parquet', `readParquetTable: ${file}: ${message}`, [{ code: 'invalid-parquet', message: `${file}: ${message}`, file }]);
  };
  if (!(bytes instanceof Uint8Array) && !(bytes instanceof ArrayBuffer)) fail('expected the bytes of a Parquet file');
  const buffer = bytes instanceof ArrayBuffer ? bytes : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  let metadata;
  try {
    metadata = parquetMetadata(buffer);
  } catch (error) {
    return fail(`not a Parquet file (${(error as Error).message})`);
  }
  const schema = parquetSchema(metadata);
  const names: string[] = [];
  for (const child of schema.children) {
    if (child.children.length > 0) fail(`column "${child.element.name}" is nested (struct, list or map); give a flat table`);
    names.push(child.element.name);
  }
  const rows = Number(metadata.num_rows);
  const columns: unknown[][] = names.map(() => new Array(rows));
  try {
    await parquetRead({
      file: buffer,
      metadata,
      rowFormat: 'array',
      onComplete: (data: unknown[][]) => {
        for (let r = 0; r < data.length; r++) {
          const row = data[r];
          for (let c = 0; c < names.length; c++) columns[c][r] = row[c];
        }
      },
    });
  } catch (error) {
    fail(`cannot be read (${(error as Error).message})`);
  }
  const table = { file, names, columns, rows };
  checkColumnTable('readParquetTable', table);
  return table;
}
