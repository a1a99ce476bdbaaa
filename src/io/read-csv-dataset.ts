import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../error/zonelink-error.js';
import { foldSpelling } from '../schema/bilingual-enum.js';
import type { Dataset } from '../schema/dataset.js';
import { assembleDataset, type PendingRecord, type PendingTable } from './assemble-dataset.js';
import type { DatasetCheckOptions } from './check-dataset.js';
import { readCell } from './csv-cell.js';
import { ACCESSIBILITY_COLUMNS, CITY_COLUMNS, LINKAGE_COLUMNS, NODE_KIND_COLUMN, PROVINCE_COLUMNS, ZONE_COLUMNS, headerLookup, indicatorColumn, type ColumnSpec } from './csv-columns.js';
import { decodeText, type DecodeTextOptions } from './decode-text.js';
import { parseCsv } from './parse-csv.js';
import {  } from '../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { encodingOption, maxColumnsOption, maxFieldLengthOption } from './io-option-specs.js';
import { datasetCheckOptionSpecs } from './check-dataset.js';
import { clipText } from '../error/clip-text.js';
import { metadataField } from './metadata-field.js';
import { parseJson } from './parse-dataset.js';
import { unknownFields } from './unknown-fields.js';
import { checkOptions } from '../error/argument-checks.js';

/** CSV content: text, bytes, or bytes/text with the file name to report. */
export type CsvInput = string | Uint8Array | ArrayBuffer | { file: string; content: string | Uint8Array | ArrayBuffer };

/** The CSV files of a dataset for {@link readCsvDataset}: a node file, or zone, city and province files, a linkage file, an accessibility file. */
export interface CsvDatasetInput {
  /** A node file with a `kind` column (zone or city) per row. */
  nodes?: CsvInput;
  /** A file of zones only. */
  zones?: CsvInput;
  /** A file of cities only. */
  cities?: CsvInput;
  /** A file of province nodes only. */
  provinces?: CsvInput;
  /** The linkage file. */
  linkages?: CsvInput;
  /** The accessibility file (travel times, transport links; never linkages). */
  accessibility?: CsvInput;
  /** Dataset metadata as an object or JSON text; default `{ name: <first file name or 'csv'> }`. */
  metadata?: unknown;
}

/** The declared options of {@link readCsvDataset} (checks, defaults and docs/options.md come from here). */
export const readCsvDatasetOptions = defineOptions('readCsvDataset', {
  ...datasetCheckOptionSpecs,
  /** Text encoding of byte input; default `'auto'`. */
  encoding: encodingOption,
  /** Longest cell read, in characters (default 1,000,000; see `parseCsv`). */
  maxFieldLength: maxFieldLengthOption,
  /** Most columns a header may have (default 1,000; see `parseCsv`). */
  maxColumns: maxColumnsOption,
});

/** Options of {@link readCsvDataset}, declared in {@link readCsvDatasetOptions}. */
export type ReadCsvDatasetOptions = OptionsOf<typeof readCsvDatasetOptions>;

/** More unknown columns than this are reported as one problem listing the first few and the count. */
const UNKNOWN_COLUMNS_LISTED = 20;

/**
 * Reads a dataset from CSV files (UTF-8, UTF-8 with BOM, or GBK/GB18030 as
 * Excel writes them; comma, tab or semicolon separated), with English or
 * Chinese headers (`id`/`编号`, `name`/`名称`, `category`/`类别`, `host_cities`/
 * `所在城市代码`, `source`/`起点`, `mode`/`联动模式` …; see `ZONE_COLUMNS`,
 * `CITY_COLUMNS`, `PROVINCE_COLUMNS`, `LINKAGE_COLUMNS`, `ACCESSIBILITY_COLUMNS`:
 * `origin`/`起点`, `destination`/`终点`, `minutes`/`分钟`, `mode`/`交通方式`). Indicator columns are `<name>@<year>`
 * (`gdp@2020`). Lists (host cities, strategies) are separated by `;`, `；`, `|` or `、`.
 *
 * Every problem is reported in one pass with file, row (the header is row 1),
 * column header, field and value: unknown or duplicated columns, missing
 * required columns, unbalanced quotes, bad cells (`1,5`, `NaN`, `1e999`,
 * `2019年`), schema violations, and whole-dataset problems (duplicate ids,
 * linkages to unknown nodes, self-loops …). Nothing is coerced or dropped.
 *
 * @throws ZonelinkError `invalid-dataset` (with `records` accounting for every row) or `invalid-encoding`.
 * @example
 * const dataset = readCsvDataset({ zones: { file: 'zones.csv', content: bytes }, linkages: linksText });
 */
export function readCsvDataset(input: CsvDatasetInput, options: ReadCsvDatasetOptions = {}): Dataset {
  const read = readCsvDatasetOptions.read(options);
  checkOptions('readCsvDataset', input, 'input', true);
  const fatal: ZonelinkIssue[] = [];
  const tables: PendingTable[] = [];
  const specs = [
    ['nodes', [NODE_KIND_COLUMN, ...mergeNodeColumns()]],
    ['zones', ZONE_COLUMNS],
    ['cities', CITY_COLUMNS],
    ['provinces', PROVINCE_COLUMNS],
    ['linkages', LINKAGE_COLUMNS],
    ['accessibility', ACCESSIBILITY_COLUMNS],
  ] as const;
  let firstFile: string | undefined;
  for (const [table, columns] of specs) {
    const source = input[table];
    if (source === undefined) continue;
    if (source === null || (typeof source === 'object' && !('content' in source) && !(source instanceof Uint8Array) && !(source instanceof ArrayBuffer))) {
      invalidArgument('readCsvDataset', `input.${table} must be CSV text, bytes or { file, content }`, { field: table });
    }
    const { file, content } = typeof source === 'object' && 'content' in source ? source : { file: undefined, content: source };
    const fileName = file ?? `${table}.csv`;
    firstFile ??= fileName;
    let text: string;
    try {
      text = decodeText(content, { encoding: read.encoding, file: fileName }).text;
    } catch (error) {
      if (error instanceof ZonelinkError) {
        fatal.push(...error.issues.map((i) => ({ ...i, file: fileName })));
        continue;
      }
      throw error;
    }
    const pending = readTable(text, fileName, table, columns, fatal, read);
    if (pending) tables.push(pending);
  }
  if (tables.length === 0 && fatal.length === 0) {
    fatal.push({ code: 'no-input', message: 'readCsvDataset: give at least one of nodes, zones, cities, provinces, linkages, accessibility' });
  }
  let metadata: unknown = input.metadata ?? { name: firstFile ?? 'csv' };
  if (typeof metadata === 'string') metadata = parseJson(metadata, 'metadata');
  const metadataIssues = unknownFields(metadata, 'metadata').map(
    (field): ZonelinkIssue => ({ code: 'unknown-field', message: `metadata: unknown field "${clipText(field)}"`, field: `metadata.${field}` }),
  );
  return assembleDataset({ raw: metadata, issues: metadataIssues, locate: (path) => ({ field: metadataField(path) }) }, tables, read, fatal);
}

const ZONE_FIELDS = new Set(['kind', 'indicators', ...ZONE_COLUMNS.map((c) => c.path[0])]);
const CITY_FIELDS = new Set(['kind', 'indicators', ...CITY_COLUMNS.map((c) => c.path[0])]);
const PROVINCE_FIELDS = new Set(['kind', 'indicators', ...PROVINCE_COLUMNS.map((c) => c.path[0])]);

/** Node files carry zone and city columns; where both name a header, one column serves both. */
function mergeNodeColumns(): ColumnSpec[] {
  const merged = new Map<string, ColumnSpec>();
  for (const column of [...ZONE_COLUMNS, ...CITY_COLUMNS, ...PROVINCE_COLUMNS]) {
    const key = column.path.join('.');
    const existing = merged.get(key);
    merged.set(key, existing ? { ...existing, headers: [...new Set([...existing.headers, ...column.headers])], required: existing.required && column.required } : { ...column, required: false });
  }
  return [...merged.values()].map((c) => (c.path[0] === 'id' || (c.path[0] === 'name' && c.path[1] === 'zh') ? { ...c, required: true } : c));
}

function readTable(
  text: string,
  file: string,
  table: PendingTable['table'],
  columns: readonly ColumnSpec[],
  fatal: ZonelinkIssue[],
  limits: Pick<ReadCsvDatasetOptions, 'maxFieldLength' | 'maxColumns'>,
): PendingTable | undefined {
  if (text.trim() === '') {
    fatal.push({ code: 'empty-input', message: `${file}: the file is empty`, file, row: 1 });
    return undefined;
  }
  const csv = parseCsv(text, { file, maxFieldLength: limits.maxFieldLength, maxColumns: limits.maxColumns });
  if (csv.issues.some((issue) => issue.code === 'too-many-columns')) {
    fatal.push(...csv.issues);
    return undefined;
  }
  // A structural problem inside a data row (stray quote, wrong cell count, unclosed
  // quote) belongs to the record that holds that line: the record is invalid, not
  // silently counted as valid.
  const structural = new Map<number, ZonelinkIssue[]>();
  for (const issue of csv.issues) {
    const holder = issue.row === undefined ? undefined : recordHolding(csv.rows, issue.row);
    if (holder === undefined) fatal.push(issue);
    else structural.set(holder, [...(structural.get(holder) ?? []), issue]);
  }
  const lookup = headerLookup(columns);
  const byColumn: (ColumnSpec | { indicator: string; year: string } | undefined)[] = [];
  const seen = new Map<string, string>();
  const unknown: ZonelinkIssue[] = [];
  csv.header.forEach((header, c) => {
    const column = lookup.get(foldSpelling(header));
    const indicator = column ? undefined : indicatorColumn(header);
    const key = column ? column.path.join('.') : indicator ? `indicators.${indicator.year}.${indicator.indicator}` : undefined;
    if (header.trim() === '') {
      fatal.push({ code: 'empty-header', message: `${file}: column ${c + 1} has no header`, file, row: 1, column: String(c + 1) });
    } else if (!key) {
      unknown.push({
        code: 'unknown-column',
        message: `${file}: unknown column "${clipText(header)}"`,
        file,
        row: 1,
        column: clipText(header),
        expected: columns.map((col) => col.headers[0]).join(', ') + ', or <indicator>@<year>',
      });
    } else if (seen.has(key)) {
      fatal.push({ code: 'duplicate-column', message: `${file}: columns "${clipText(seen.get(key) ?? '')}" and "${clipText(header)}" both give ${clipText(key)}`, file, row: 1, column: clipText(header) });
    } else seen.set(key, header);
    byColumn.push(column ?? indicator);
  });
  if (unknown.length <= UNKNOWN_COLUMNS_LISTED) fatal.push(...unknown);
  else {
    // One problem, not a million lines on stderr: the first few names and the count.
    const first = unknown.slice(0, 5).map((issue) => `"${clipText(issue.column ?? '')}"`).join(', ');
    fatal.push({
      code: 'unknown-column',
      message: `${file}: ${unknown.length.toLocaleString('en-US')} unknown columns: ${first}, and ${(unknown.length - 5).toLocaleString('en-US')} more`,
      file,
      row: 1,
      value: unknown.length,
      expected: unknown[0]!.expected,
    });
  }
  for (const column of columns) {
    if (column.required && !seen.has(column.path.join('.'))) {
      fatal.push({
        code: 'missing-column',
        message: `${file}: required column "${column.headers[0]}" is missing (accepted headers: ${column.headers.join(', ')})`,
        file,
        row: 1,
        column: column.headers[0],
      });
    }
  }
  const headerOf = new Map<string, string>();
  csv.header.forEach((header, c) => {
    const spec = byColumn[c];
    if (spec && 'path' in spec) headerOf.set(spec.path.join('.'), header);
  });
  const kindFixed = table === 'zones' ? 'zone' : table === 'cities' ? 'city' : table === 'provinces' ? 'province' : undefined;
  const records: PendingRecord[] = csv.rows.map(({ line, cells }) => {
    const raw: Record<string, unknown> = kindFixed ? { kind: kindFixed } : {};
    const readIssues: ZonelinkIssue[] = [...(structural.get(line) ?? [])];
    let rowId: string | undefined;
    cells.forEach((cell, c) => {
      const spec = byColumn[c];
      if (!spec) return;
      if ('indicator' in spec) {
        const read = readCell(cell, 'number');
        if (read.problem) readIssues.push({ ...read.problem, message: `${file}, row ${line}, column "${clipText(csv.header[c])}": ${read.problem.message}`, file, row: line, column: csv.header[c], field: `indicators.${spec.year}.${spec.indicator}`, value: cell });
        else if (read.value !== undefined) {
          const indicators = (raw.indicators ??= {}) as Record<string, Record<string, unknown>>;
          // defined, not assigned: a column named `__proto__@2020` must reach the
          // schema (which rejects it with its row) instead of vanishing on assignment
          Object.defineProperty((indicators[spec.year] ??= {}), spec.indicator, { value: read.value, enumerable: true, writable: true, configurable: true });
        }
        return;
      }
      const read = readCell(cell, spec.type);
      if (read.problem) {
        readIssues.push({ ...read.problem, message: `${file}, row ${line}, column "${clipText(csv.header[c])}": ${read.problem.message}`, file, row: line, column: csv.header[c], field: spec.path.join('.'), value: cell });
        return;
      }
      if (read.value === undefined) return;
      let target = raw;
      for (const key of spec.path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
      target[spec.path[spec.path.length - 1]] = read.value;
      if (spec.path[0] === 'id') rowId = String(read.value);
    });
    if (table === 'nodes' && (raw.kind === 'zone' || raw.kind === 'city' || raw.kind === 'province')) {
      // A node file has zone, city and province columns: a value in a column that the row's kind does not have would be dropped.
      const own = raw.kind === 'zone' ? ZONE_FIELDS : raw.kind === 'city' ? CITY_FIELDS : PROVINCE_FIELDS;
      for (const key of Object.keys(raw)) {
        if (own.has(key)) continue;
        const column = headerOf.get(key) ?? [...headerOf].find(([k]) => k.startsWith(`${key}.`))?.[1];
        readIssues.push({ code: 'unknown-field', message: `${file}, row ${line}, column "${clipText(String(column))}": a ${raw.kind} has no ${key}`, file, row: line, column, field: key, value: raw[key], expected: 'an empty cell' });
      }
    }
    return {
      position: line,
      raw,
      readIssues: rowId === undefined ? readIssues : readIssues.map((issue) => (issue.id === undefined ? { ...issue, id: rowId } : issue)),
      locate: (path: readonly PropertyKey[]) => {
        const names = path.filter((k): k is string => typeof k === 'string');
        let column: string | undefined;
        for (let k = names.length; k > 0 && column === undefined; k--) column = headerOf.get(names.slice(0, k).join('.'));
        // A missing object (`name` when its `name.zh` cell is empty) is located at the column of its first part.
        if (column === undefined && names.length > 0) {
          const prefix = `${names.join('.')}.`;
          for (const [key, header] of headerOf) if (key.startsWith(prefix)) { column = header; break; }
        }
        return { file, row: line, ...(column ? { column } : {}), ...(rowId ? { id: rowId } : {}) };
      },
    };
  });
  return { table, file, by: 'row', records };
}

/** The line of the record (rows are sorted by line) whose text holds `line`, if `line` is in a data row. */
function recordHolding(rows: readonly { line: number }[], line: number): number | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].line <= line) {
      found = rows[mid].line;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
