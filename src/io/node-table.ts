import { invalidArgument } from '../error/zonelink-error.js';
import { describeValue } from '../error/argument-checks.js';
import { csvCell } from './write-csv-dataset.js';

/** A table with one row per node and one column per measure (or attribute). */
export interface NodeTable {
  /** Row keys (node ids), in output order. */
  nodes: readonly string[];
  /** Column name → value per node; a node absent from a column is an empty cell (`null` in JSON). */
  columns: Readonly<Record<string, Readonly<Record<string, string | number | boolean>>>>;
}

/** Output forms of `formatNodeTable`. */
export type NodeTableFormat = 'csv' | 'xlsx-csv' | 'json';

/** Throws naming formatNodeTable unless every row key is a string. */
function checkStrings(nodes: readonly unknown[]): void {
  nodes.forEach((id, i) => {
    if (typeof id !== 'string') invalidArgument('formatNodeTable', `table.nodes[${i}] must be a node id (a string), got ${describeValue(id)}`, { field: 'nodes', index: i });
  });
}

/** A cell Excel would read as a formula (OWASP, "CSV Injection"): it starts with =, +, -, @, tab or CR. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * The node table researchers paste into papers, as text:
 * - `'csv'`: RFC 4180 CSV, UTF-8, LF line ends, header `id,<column>…`, numbers
 *   in shortest round-trip form (what R `read.csv` and Stata `import delimited` read);
 * - `'xlsx-csv'`: the same for Excel — a UTF-8 byte-order mark (so Excel reads
 *   Chinese names as UTF-8), CRLF line ends, and every text cell that Excel
 *   would run as a formula (starting `=`, `+`, `-`, `@`, tab or CR) prefixed
 *   with `'` (OWASP's CSV-injection advice); numbers are written as numbers;
 * - `'json'`: an array of row objects `{ id, <column>: value }`, absent values `null`.
 *
 * A non-finite number is an error (no silent blanks), as are a table of another
 * shape, a row key that is not a string and a cell that is not a string, a number
 * or a boolean (a ZonelinkError naming formatNodeTable).
 *
 * @example
 * formatNodeTable({ nodes: ['a'], columns: { degree: { a: 2 } } }, 'csv'); // 'id,degree\na,2\n'
 */
export function formatNodeTable(table: NodeTable, format: NodeTableFormat = 'csv'): string {
  if (format !== 'csv' && format !== 'xlsx-csv' && format !== 'json') {
    invalidArgument('formatNodeTable', `format must be 'csv', 'xlsx-csv' or 'json', got ${typeof format === 'string' ? JSON.stringify(format) : describeValue(format)}`, { field: 'format', value: format });
  }
  const t = table as unknown as Record<string, unknown> | null;
  if (typeof t !== 'object' || t === null || !Array.isArray(t.nodes) || typeof t.columns !== 'object' || t.columns === null || Array.isArray(t.columns)) {
    invalidArgument('formatNodeTable', `table must be { nodes: string[], columns: { name: { node: value } } }, got ${describeValue(table)}`, { field: 'table' });
  }
  checkStrings(table.nodes);
  const names = Object.keys(table.columns);
  for (const name of names) {
    const column: unknown = table.columns[name];
    if (typeof column !== 'object' || column === null || Array.isArray(column)) invalidArgument('formatNodeTable', `column ${name} must be an object node → value, got ${describeValue(column)}`, { field: name });
    for (const [node, value] of Object.entries(column as Record<string, unknown>)) {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') invalidArgument('formatNodeTable', `column ${name} holds ${describeValue(value)} for ${node}; expected a string, a number or a boolean`, { field: name, id: node });
      if (typeof value === 'number' && !Number.isFinite(value)) invalidArgument('formatNodeTable', `column ${name} holds ${value} for ${node}`, { field: name, id: node, value });
    }
  }
  if (format === 'json') return JSON.stringify(table.nodes.map((id) => Object.fromEntries([['id', id], ...names.map((c) => [c, table.columns[c][id] ?? null])])), null, 2) + '\n';
  const excel = format === 'xlsx-csv';
  const cell = (value: string | number | boolean | undefined) => {
    if (value === undefined) return '';
    if (typeof value !== 'string') return String(value);
    return csvCell(excel && FORMULA.test(value) ? `'${value}` : value);
  };
  const lines = [['id', ...names].map(cell).join(','), ...table.nodes.map((id) => [cell(id), ...names.map((c) => cell(table.columns[c][id]))].join(','))];
  return excel ? '\uFEFF' + lines.join('\r\n') + '\r\n' : lines.join('\n') + '\n';
}
