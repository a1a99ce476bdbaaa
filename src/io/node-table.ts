import { invalidArgument } from '../error/zonelink-error.js';
import { describeValue } from '../error/argument-checks.js';
import { csvCell, formulasOption } from './write-csv-dataset.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';

/** A table with one row per node and one column per measure (or attribute). */
export interface NodeTable {
  /** Row keys (node ids), in output order. */
  nodes: readonly string[];
  /** Column name → value per node; a node absent from a column is an empty cell (`null` in JSON). */
  columns: Readonly<Record<string, Readonly<Record<string, string | number | boolean>>>>;
}

/** Output forms of `formatNodeTable`. */
export type NodeTableFormat = 'csv' | 'xlsx-csv' | 'json';

/** The declared options of {@link formatNodeTable} (checks, defaults and docs/options.md come from here): `formulas` as `writeCsvDataset`'s, for both CSV formats (JSON is never changed). */
export const formatNodeTableOptions = defineOptions('formatNodeTable', { formulas: formulasOption });

/** Options of {@link formatNodeTable}, declared in {@link formatNodeTableOptions}. */
export type FormatNodeTableOptions = OptionsOf<typeof formatNodeTableOptions>;

// Characters that act on a terminal or reorder a line: C0 controls but tab, LF
// and CR (which RFC 4180 quoting carries), DEL, C1 controls and the bidi controls.
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// In JSON text: the ones JSON.stringify leaves raw (it escapes C0 itself).
const JSON_RAW_CONTROL = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');

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
 *   Chinese names as UTF-8) and CRLF line ends; numbers are written as numbers;
 * - `'json'`: an array of row objects `{ id, <column>: value }`, absent values `null`.
 *
 * Text from data cannot act on a terminal the table is printed to: in CSV, the
 * control characters that would (ESC of an ANSI/OSC sequence, other C0 controls
 * but tab, LF and CR, DEL, C1, and the bidi controls U+061C, U+200E/F,
 * U+202A–E, U+2066–9) are written as visible `\xHH` / `\uHHHH` escapes; line
 * breaks and tabs stay, quoted (RFC 4180), so a CSV reader gets the text back.
 * In JSON they are written as `\uHHHH` escapes, which decode to the same text.
 * Formula-leading text cells are neutralised, see `formulas` (see docs/options.md#formatnodetable).
 *
 * A non-finite number is an error (no silent blanks), as are a table of another
 * shape, a row key that is not a string and a cell that is not a string, a number
 * or a boolean (a ZonelinkError naming formatNodeTable).
 *
 * @example
 * formatNodeTable({ nodes: ['a'], columns: { degree: { a: 2 } } }, 'csv'); // 'id,degree\na,2\n'
 * formatNodeTable({ nodes: ['=1+1'], columns: {} }, 'csv'); // "id\n'=1+1\n"
 */
export function formatNodeTable(table: NodeTable, format: NodeTableFormat = 'csv', options: FormatNodeTableOptions = {}): string {
  const { formulas } = formatNodeTableOptions.read(options);
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
  if (format === 'json') {
    const json = JSON.stringify(table.nodes.map((id) => Object.fromEntries([['id', id], ...names.map((c) => [c, table.columns[c][id] ?? null])])), null, 2);
    return json.replace(JSON_RAW_CONTROL, (c) => `\\u${hex(c, 4)}`) + '\n';
  }
  const excel = format === 'xlsx-csv';
  const cell = (value: string | number | boolean | undefined) => {
    if (value === undefined) return '';
    if (typeof value !== 'string') return String(value);
    const visible = value.replace(TERMINAL_CONTROL, (c) => (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
    return csvCell(formulas === 'neutralise' && FORMULA.test(visible) ? `'${visible}` : visible);
  };
  const lines = [['id', ...names].map(cell).join(','), ...table.nodes.map((id) => [cell(id), ...names.map((c) => cell(table.columns[c][id]))].join(','))];
  return excel ? '\uFEFF' + lines.join('\r\n') + '\r\n' : lines.join('\n') + '\n';
}
