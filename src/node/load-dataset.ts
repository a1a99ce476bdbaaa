import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ZonelinkError } from '../error/zonelink-error.js';
import { parseDataset } from '../io/parse-dataset.js';
import { readCsvDataset, type CsvDatasetInput, type ReadCsvDatasetOptions } from '../io/read-csv-dataset.js';
import { decodeText } from '../io/decode-text.js';
import { datasetCheckOptionSpecs } from '../io/check-dataset.js';
import { encodingOption, maxColumnsOption, maxFieldLengthOption } from '../io/io-option-specs.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { numberOption } from '../options/option-spec.js';
import type { Dataset } from '../schema/dataset.js';
import { columnTableToCsv } from '../io/column-table.js';
import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { clipText } from '../error/clip-text.js';
import { argumentIssue } from './argument-problems.js';
import { throwProblems } from '../error/throw-problems.js';
import { readArrowTable } from '../io/read-arrow-table.js';
import { readParquetTable } from '../io/read-parquet-table.js';

/**
 * Largest file `loadDataset` reads whole: 512 MiB. Bigger linkage lists go
 * through the streaming reader `readLinkageColumnsFile`.
 */
export const MAX_LOAD_FILE_BYTES = 512 * 1024 * 1024;

/**
 * The declared options of {@link loadDataset} (checks, defaults and docs/options.md
 * come from here): the dataset checks, encoding and CSV bounds of `parseDataset` and
 * `readCsvDataset`, shared with them, and a file-size bound. File names come from the
 * paths, so there is no `file` option.
 */
export const loadDatasetOptions = defineOptions('loadDataset', {
  ...datasetCheckOptionSpecs,
  /** Text encoding of the files; default `'auto'` (UTF-8, UTF-8 with BOM, GB18030/GBK). */
  encoding: encodingOption,
  /** Longest CSV cell, in characters (default 1,000,000; see `parseCsv`). */
  maxFieldLength: maxFieldLengthOption,
  /** Most columns of a CSV header (default 1,000; see `parseCsv`). */
  maxColumns: maxColumnsOption,
  /** Largest file read whole, in bytes (default {@link MAX_LOAD_FILE_BYTES}, 512 MiB); a bigger one is refused with `file-too-large`. */
  maxFileBytes: numberOption({
    doc: 'Largest file read whole, in bytes; a bigger one is refused with file-too-large, pointing to the streaming readLinkageColumnsFile.',
    default: MAX_LOAD_FILE_BYTES,
    defaultText: '512 MiB (536,870,912)',
    integer: true,
    min: 1,
    infinity: true,
  }),
});

/** Options of `loadDataset`, declared in {@link loadDatasetOptions}. */
export type LoadDatasetOptions = OptionsOf<typeof loadDatasetOptions>;

/** Named CSV/JSON paths for `loadDataset`. */
export interface DatasetPaths {
  nodes?: string;
  zones?: string;
  cities?: string;
  linkages?: string;
  /** A JSON file with the dataset's metadata. */
  metadata?: string;
}

const TABLE_BY_NAME: [RegExp, keyof DatasetPaths][] = [
  [/(^|[^a-z])(linkages?|links?|edges?|联动|连接|边)/i, 'linkages'],
  [/(^|[^a-z])(zones?|platforms?|parks?|园区|平台|开发区)/i, 'zones'],
  [/(^|[^a-z])(cities|city|城市)/i, 'cities'],
  [/(^|[^a-z])(nodes?|节点)/i, 'nodes'],
  [/(^|[^a-z])(metadata|元数据)/i, 'metadata'],
];

const ROLES: readonly (keyof DatasetPaths)[] = ['nodes', 'zones', 'cities', 'linkages', 'metadata'];

/**
 * The problems of `paths` as an argument (its files are checked when read): a
 * string, an array of strings, or a `DatasetPaths` object whose keys are roles and
 * values strings; no file at all is `no-input`, as with an empty list.
 */
function pathProblems(paths: unknown): ZonelinkIssue[] {
  const expected = 'a path, an array of paths or { zones, cities, nodes, linkages, metadata } of paths';
  const path = 'a non-empty string (a path)';
  if (typeof paths === 'string') return paths === '' ? [argumentIssue('loadDataset', 'paths', path, paths)] : [];
  if (Array.isArray(paths)) {
    return paths.flatMap((p, i) => (typeof p === 'string' && p !== '' ? [] : [argumentIssue('loadDataset', `paths[${i}]`, path, p)]));
  }
  const prototype = typeof paths === 'object' && paths !== null ? Object.getPrototypeOf(paths) : undefined;
  // A plain object only: a graph, a Map or a Buffer is not a table of paths, whatever its own keys.
  if (prototype !== Object.prototype && prototype !== null) return [argumentIssue('loadDataset', 'paths', expected, paths)];
  const problems: ZonelinkIssue[] = [];
  const given = paths as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    const value = given[key];
    if (value === undefined) continue;
    if (!(ROLES as string[]).includes(key)) {
      const message = `loadDataset: paths.${clipText(key, 60)} is not a role; the roles are ${ROLES.join(', ')}`;
      problems.push({ code: 'unknown-file-role', message, field: `paths.${clipText(key, 60)}`, expected: `one of ${ROLES.join(', ')}` });
    } else if (typeof value !== 'string' || value === '') problems.push(argumentIssue('loadDataset', `paths.${key}`, path, value));
  }
  if (problems.length === 0 && !ROLES.some((role) => given[role] !== undefined)) {
    problems.push({ code: 'no-input', message: `loadDataset: no files given (paths has none of ${ROLES.join(', ')})`, field: 'paths', expected });
  }
  return problems;
}

/**
 * Loads a dataset from files: one JSON dataset, or CSV files (UTF-8 or GBK),
 * Parquet or Arrow IPC tables (same columns as the CSV files)
 * named by role — given as `{ zones, cities, nodes, linkages, metadata }`, or as
 * a list of paths whose file names say the role (`zones.csv`, `城市.csv`,
 * `linkages.csv`, `metadata.json` …). Every problem in every file is reported
 * together, each with its file, row and column.
 *
 * Each file is checked with `stat` before it is read: a device or a pipe
 * (`/dev/zero`) is refused (`unreadable-file`), and so is a file above
 * `maxFileBytes` (default 512 MiB; `file-too-large`, pointing to the streaming
 * `readLinkageColumnsFile` for big linkage lists).
 *
 * @throws ZonelinkError (`invalid-dataset`, `invalid-json`, `invalid-encoding`,
 *   `invalid-argument` for files it cannot read or place, and — naming
 *   `loadDataset`, every problem together — for `paths` that are not paths and
 *   invalid options).
 * @example
 * const dataset = await loadDataset(['zones.csv', 'cities.csv', 'linkages.csv']);
 */
export async function loadDataset(paths: string | string[] | DatasetPaths, loadOptions: LoadDatasetOptions = {}): Promise<Dataset> {
  const collected = loadDatasetOptions.collect(loadOptions);
  throwProblems('loadDataset', 'arguments', [...pathProblems(paths), ...collected.issues]);
  // parseDataset and readCsvDataset reject options they do not declare: give each its own.
  const { maxFileBytes: max, maxFieldLength, maxColumns, ...options } = collected.values;
  const csvOptions = { ...options, maxFieldLength, maxColumns };
  const list = typeof paths === 'string' ? [paths] : paths;
  if (Array.isArray(list)) {
    if (list.length === 0) throw new ZonelinkError('invalid-argument', 'loadDataset: no files given', [{ code: 'no-input', message: 'loadDataset: no files given' }]);
    if (list.length === 1 && extname(list[0]).toLowerCase() === '.json') {
      return parseDataset(await readBytes(list[0], max), { ...options, file: list[0] });
    }
    const named: DatasetPaths = {};
    const problems = [];
    for (const path of list) {
      // A missing file or a directory is that, whatever its name would say about its role.
      const unreadable = await unreadableReason(path);
      if (unreadable) {
        problems.push({ code: 'unreadable-file', message: `${path}: ${unreadable}`, file: path });
        continue;
      }
      const role = roleOf(path);
      if (!role) problems.push({ code: 'unknown-file-role', message: `loadDataset: cannot tell whether ${path} holds zones, cities, nodes, linkages or metadata; name it so, or pass { zones, cities, linkages }`, file: path });
      else if (named[role]) problems.push({ code: 'duplicate-file-role', message: `loadDataset: both ${named[role]} and ${path} look like ${role}`, file: path });
      else named[role] = path;
    }
    if (problems.length > 0) {
      const headline = problems.length === 1 ? problems[0].message : 'cannot read or place the files';
      throw new ZonelinkError('invalid-argument', `loadDataset: ${headline}`, problems);
    }
    return loadNamed(named, csvOptions, max);
  }
  return loadNamed(list, csvOptions, max);
}

/**
 * The role (zones, cities, nodes, linkages, metadata) a file name says, if any:
 * the file name (not its folders) holds `zones`/`园区`, `cities`/`城市`,
 * `nodes`/`节点`, `linkages`/`联动` (or `links`, `edges`), or is a JSON file
 * named `metadata`/`元数据`.
 *
 * @throws ZonelinkError (`invalid-argument`, naming `roleOf`) when `path` is not a string.
 * @example
 * roleOf('data/城市.csv'); // 'cities'
 * roleOf('data/notes.txt'); // undefined
 */
export function roleOf(path: string): keyof DatasetPaths | undefined {
  if (typeof path !== 'string') throwProblems('roleOf', 'arguments', [argumentIssue('roleOf', 'path', 'a string', path)]);
  const name = basename(path);
  if (extname(name).toLowerCase() === '.json' && /metadata|元数据/i.test(name)) return 'metadata';
  for (const [pattern, role] of TABLE_BY_NAME) if (pattern.test(name)) return role;
  return undefined;
}

async function loadNamed(paths: DatasetPaths, options: ReadCsvDatasetOptions, max: number): Promise<Dataset> {
  const input: CsvDatasetInput = {};
  for (const role of ['nodes', 'zones', 'cities', 'linkages'] as const) {
    const path = paths[role];
    if (path) input[role] = { file: path, content: await readTableFile(path, max) };
  }
  // Metadata may be GBK like the tables; a lenient decoder would turn it into replacement characters.
  if (paths.metadata) input.metadata = decodeText(await readBytes(paths.metadata, max), { file: paths.metadata }).text;
  return readCsvDataset(input, options);
}

/** Why `path` cannot be read as a file ("no such file", "is a directory" …), or undefined. */
async function unreadableReason(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'is a directory' : info.isFile() ? undefined : 'is not a regular file';
  } catch (error) {
    return errnoReason(error);
  }
}

function errnoReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (error as Error).message;
  }
}

/**
 * The content of a table file: its bytes for CSV, or — for Parquet (`.parquet`)
 * and Arrow IPC (`.arrow`, `.feather`, `.ipc`) — the table written as CSV text,
 * so that every format is validated by the same rules, codes and row numbers
 * (the header is row 1, the table's first row row 2).
 */
async function readTableFile(path: string, max: number): Promise<Uint8Array | string> {
  const bytes = await readBytes(path, max);
  const ext = extname(path).toLowerCase();
  if (ext === '.parquet') return columnTableToCsv(await readParquetTable(bytes, { file: basename(path) }));
  if (ext === '.arrow' || ext === '.feather' || ext === '.ipc') return columnTableToCsv(readArrowTable(bytes, { file: basename(path) }));
  return bytes;
}

async function readBytes(path: string, maxBytes: number = MAX_LOAD_FILE_BYTES): Promise<Uint8Array> {
  // stat first: `/dev/zero` or a FIFO would otherwise be read until memory runs out.
  const unreadable = await unreadableReason(path);
  if (unreadable) {
    const reason = unreadable === 'is not a regular file' ? 'is not a regular file (a device, a pipe or a socket); give a file' : unreadable;
    throw new ZonelinkError('invalid-argument', `loadDataset: ${path}: ${reason}`, [{ code: 'unreadable-file', message: `${path}: ${reason}`, file: path }]);
  }
  const { size } = await stat(path);
  if (size > maxBytes) {
    const message = `${path}: ${size.toLocaleString('en-US')} bytes, more than the ${maxBytes.toLocaleString('en-US')} loadDataset reads whole (option maxFileBytes); for a large linkage file use the streaming reader readLinkageColumnsFile`;
    throw new ZonelinkError('invalid-argument', `loadDataset: ${message}`, [{ code: 'file-too-large', message, file: path, value: size, expected: `at most ${maxBytes} bytes` }]);
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const reason = errnoReason(error);
    throw new ZonelinkError('invalid-argument', `loadDataset: ${path}: ${reason}`, [{ code: 'unreadable-file', message: `${path}: ${reason}`, file: path }]);
  }
}
