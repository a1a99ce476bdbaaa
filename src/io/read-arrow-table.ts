import { tableFromIPC } from 'apache-arrow';
import { ZonelinkError } from '../error/zonelink-error.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { namedFileOption } from './io-option-specs.js';
import { checkColumnTable, type ColumnTable } from './column-table.js';

/** The declared options of {@link readArrowTable} (checks, defaults and docs/options.md come from here). */
export const readArrowTableOptions = defineOptions('readArrowTable', {
  /** File name for messages (default `'table.arrow'`). */
  file: namedFileOption('table.arrow'),
});

/** Options of {@link readArrowTable}, declared in {@link readArrowTableOptions}. */
export type ReadArrowTableOptions = OptionsOf<typeof readArrowTableOptions>;

/**
 * Reads an Arrow IPC file or stream (`.arrow`, `.feather` v2, `.ipc`; bytes) into
 * a {@link ColumnTable} with apache-arrow. Flat tables only: a nested column is an
 * error naming it. Dictionary-encoded strings come back as their strings;
 * 64-bit integers as bigint (written out by their digits).
 *
 * @throws ZonelinkError `invalid-arrow` naming the file.
 * @example
 * const table = readArrowTable(bytes, { file: 'linkages.arrow' });
 */
export function readArrowTable(bytes: Uint8Array | ArrayBuffer, options: ReadArrowTableOptions = {}): ColumnTable {
  const { file } = readArrowTableOptions.read(options);
  const fail = (message: string): never => {
    throw new ZonelinkError('invalid-arrow', `readArrowTable: ${file}: ${message}`, [{ code: 'invalid-arrow', message: `${file}: ${message}`, file }]);
  };
  if (!(bytes instanceof Uint8Array) && !(bytes instanceof ArrayBuffer)) fail('expected the bytes of an Arrow IPC file');
  let table;
  try {
    table = tableFromIPC(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
  } catch (error) {
    return fail(`not an Arrow IPC file or stream (${(error as Error).message})`);
  }
  if (table.schema.fields.length === 0) fail('no columns (not an Arrow IPC file?)');
  const names: string[] = [];
  const columns: unknown[][] = [];
  for (const field of table.schema.fields) {
    if (field.type.children && field.type.children.length > 0) fail(`column "${field.name}" is nested (struct, list or map); give a flat table`);
    const vector = table.getChild(field.name);
    names.push(field.name);
    columns.push(vector ? Array.from(vector.toArray() as ArrayLike<unknown>, (v, i) => (vector.isValid(i) ? v : null)) : []);
  }
  const result = { file, names, columns, rows: table.numRows };
  checkColumnTable('readArrowTable', result);
  return result;
}
