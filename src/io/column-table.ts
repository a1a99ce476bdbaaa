import { ZonelinkError } from '../error/zonelink-error.js';

/**
 * A table held by columns, as Parquet and Arrow readers give it: column names
 * and, for each, an array of values (string, number, bigint, boolean, Date, or
 * null/undefined for a missing value).
 */
export interface ColumnTable {
  /** File name for messages. */
  readonly file: string;
  /** Column names in order. */
  readonly names: readonly string[];
  /** One array per column, each `rows` long. */
  readonly columns: readonly ArrayLike<unknown>[];
  /** Number of rows. */
  readonly rows: number;
}

/**
 * Writes rows `[start, end)` of a {@link ColumnTable} as CSV text (with the
 * header when `start` is 0), so that Parquet and Arrow tables are validated by the
 * very rules and issue codes of the CSV readers. A row's position in messages is
 * then its CSV row: the header is row 1, the table's first row is row 2.
 *
 * Cells: strings as they are (quoted when needed), finite numbers by
 * `String(x)`, bigint by its digits, booleans `true`/`false`, dates as
 * `YYYY-MM-DD` (UTC), missing values empty. A value of any other type (an
 * object, a list, NaN or ±Infinity) is written as text that the CSV rules
 * reject (`NaN` is not a number), so it is reported, never dropped.
 *
 * @example
 * columnTableToCsv({ file: 't.parquet', names: ['id', 'weight'], columns: [['l1', 'l2'], [1.5, null]], rows: 2 });
 * // 'id,weight\nl1,1.5\nl2,\n'
 */
export function columnTableToCsv(table: ColumnTable, start = 0, end?: number): string {
  checkColumnTable('columnTableToCsv', table);
  const stop = end ?? table.rows;
  if (!Number.isInteger(start) || !Number.isInteger(stop) || start < 0 || stop > table.rows || start > stop) {
    throw new ZonelinkError('invalid-argument', `columnTableToCsv: rows [${String(start)}, ${String(stop)}) are not within the table's ${table.rows} rows`, [
      { code: 'invalid-argument', message: 'columnTableToCsv: start and end must be row indices with 0 ≤ start ≤ end ≤ rows', field: 'start' },
    ]);
  }
  const { names, columns } = table;
  const lines: string[] = start === 0 ? [names.map(csvField).join(',')] : [];
  for (let r = start; r < stop; r++) {
    const cells = new Array<string>(columns.length);
    for (let c = 0; c < columns.length; c++) cells[c] = csvField(cellText(columns[c][r]));
    lines.push(cells.join(','));
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid date' : value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? String(value);
}

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Checks that a value is a well-formed {@link ColumnTable}, for the readers that build one. */
export function checkColumnTable(caller: string, table: ColumnTable): void {
  if (
    table === null ||
    typeof table !== 'object' ||
    !Array.isArray(table.names) ||
    !Array.isArray(table.columns) ||
    !Number.isInteger(table.rows) ||
    table.columns.some((column) => column === null || typeof column !== 'object' || typeof column.length !== 'number')
  ) {
    throw new ZonelinkError('invalid-argument', `${caller}: expected a column table { file, names, columns, rows }`, [
      { code: 'invalid-argument', message: `${caller}: expected a column table { file, names, columns, rows }` },
    ]);
  }
  const bad = table.columns.findIndex((column) => column.length !== table.rows);
  if (table.names.length !== table.columns.length || bad >= 0) {
    throw new ZonelinkError('invalid-input', `${caller}: ${table.file}: columns of different lengths`, [
      { code: 'ragged-table', message: `${table.file}: column ${table.names[bad] ?? bad} has a different length from the others`, file: table.file },
    ]);
  }
}
