import { ZonelinkError, type ZonelinkIssue } from '../error/zonelink-error.js';
import { clipText } from '../error/clip-text.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { choiceOption, customOption, functionOption, numberOption } from '../options/option-spec.js';
import { allowSelfLoopsOption, maxColumnsOption, maxFieldLengthOption, namedFileOption } from './io-option-specs.js';
import { foldSpelling, termLookup } from '../schema/bilingual-enum.js';
import { MAX_YEAR, MIN_YEAR } from '../schema/fields.js';
import { COOPERATION_TYPES, LINKAGE_ARRANGEMENTS, LINKAGE_MECHANISMS, LINKAGE_MODES, type LinkageMode } from '../schema/taxonomy.js';
import { grownArray } from './grown-array.js';
import { IdTable } from './id-table.js';
import { readCell } from './csv-cell.js';
import { LINKAGE_COLUMNS, headerLookup, type ColumnSpec } from './csv-columns.js';
import { CsvRecordStream, csvRecordStreamOptions } from './csv-record-stream.js';

/**
 * A linkage table held as typed columns, one entry per valid linkage: what a
 * million-linkage file needs for analysis, at 23 bytes per linkage instead of an
 * object per row. Node ids are interned once (`nodes[source[k]]`).
 */
export interface LinkageColumns {
  /** File name used in messages. */
  readonly file: string;
  /** Node ids by index: the `nodes` option in its order, or the endpoints in the order first met. */
  readonly nodes: readonly string[];
  /** Node id → index. */
  readonly index: ReadonlyMap<string, number>;
  /** Number of linkages kept (the valid rows). */
  readonly length: number;
  /** Source node index of each linkage. */
  readonly source: Int32Array;
  /** Target node index of each linkage. */
  readonly target: Int32Array;
  /** Weight of each linkage (1 where the column is absent or the cell empty, as `LinkageSchema`). */
  readonly weight: Float64Array;
  /** Mode code of each linkage: an index into {@link LINKAGE_MODE_CODES}. */
  readonly mode: Uint8Array;
  /** 1 for a directed linkage, 0 for an undirected one. */
  readonly directed: Uint8Array;
  /** First active year, 0 when undated. */
  readonly startYear: Uint16Array;
  /** Last active year, 0 when open-ended. */
  readonly endYear: Uint16Array;
  /** The 1-based line of the file each linkage was read from, to trace it back (linkage ids are checked for duplicates but not kept). */
  readonly line: Int32Array;
  /** Data rows read (valid and invalid). */
  readonly rows: number;
  /** Columns that were validated but whose values are not kept (descriptive text and categories; read the file with `readCsvDataset` for them). */
  readonly omittedColumns: readonly string[];
}

/** Mode codes of {@link LinkageColumns.mode}: code k is `LINKAGE_MODE_CODES[k]`. */
export const LINKAGE_MODE_CODES: readonly LinkageMode[] = LINKAGE_MODES.map((m) => m.id);

/** The declared options of {@link readLinkageColumns} and {@link LinkageColumnsReader} (checks, defaults and docs/options.md come from here). */
export const readLinkageColumnsOptions = defineOptions('readLinkageColumns', {
  /** File name for messages (default `'linkages.csv'`). */
  file: namedFileOption('linkages.csv'),
  /** The node ids of the dataset: endpoints outside it are `unknown-node` problems. Default: endpoints define the nodes. */
  nodes: customOption<Iterable<string>>({
    type: 'an iterable of node ids (an array of strings)',
    doc: 'The node ids of the dataset: endpoints outside it are unknown-node problems.',
    defaultText: 'the endpoints define the nodes',
    check: (v) => (v !== null && typeof v === 'object' && Symbol.iterator in v ? undefined : 'an iterable of node ids (an array of strings)'),
  }),
  /** Accept linkages of a node with itself (default false: each is a `self-loop` problem), as `readCsvDataset`'s option. */
  allowSelfLoops: allowSelfLoopsOption,
  /** How many problems are listed in the error (default 1,000); all are counted. */
  maxIssues: numberOption({ doc: 'How many problems are listed in the error; all are counted.', default: 1000, integer: true, min: 0 }),
  /** Longest record in characters (default 1,000,000), as {@link CsvRecordStream}. */
  maxRecordLength: csvRecordStreamOptions.specs.maxRecordLength,
  /** Longest cell in characters (default 1,000,000, as `readCsvDataset`). */
  maxFieldLength: maxFieldLengthOption,
  /** Widest header in columns (default 1,000, as `readCsvDataset`). */
  maxColumns: maxColumnsOption,
  /** Text encoding of byte chunks: `'utf-8'` (default; a BOM is skipped) or `'gb18030'` (GBK files as Excel writes them). There is no detection: a large file is read once, in chunks. */
  encoding: choiceOption(['utf-8', 'gb18030'] as const, {
    doc: "Text encoding of byte chunks: 'utf-8' (a BOM is skipped) or 'gb18030' (GBK files as Excel writes them); no detection, since a large file is read once, in chunks.",
    default: 'utf-8',
  }),
  /**
   * Called after each chunk with the data rows read so far. Was `onProgress`, renamed
   * because `onProgress` everywhere else receives a `ProgressEvent` { task, done, total, unit }
   * and a stream has no known total.
   */
  onRows: functionOption<(rows: number) => void>({ signature: '(rows) → void', doc: 'Called after each chunk with the data rows read so far (formerly onProgress; a stream has no known total, so it is not a ProgressEvent).' }),
});

/** Options of {@link readLinkageColumns} and {@link LinkageColumnsReader}, declared in {@link readLinkageColumnsOptions}. */
export type LinkageColumnsOptions = OptionsOf<typeof readLinkageColumnsOptions>;

const FN = 'readLinkageColumns';
const MODE_LOOKUP = termLookup(LINKAGE_MODES);
const MODE_CODE = new Map<string, number>(LINKAGE_MODE_CODES.map((m, k) => [m, k]));
const ENUM_COLUMNS: Record<string, { name: string; lookup: Map<string, string>; expected: string }> = {
  cooperationType: enumColumn('cooperation type', COOPERATION_TYPES),
  mechanism: enumColumn('mechanism', LINKAGE_MECHANISMS),
  arrangement: enumColumn('arrangement', LINKAGE_ARRANGEMENTS),
};
const ENUM_COLUMN_KEYS = Object.keys(ENUM_COLUMNS);
/** Spellings of modes remembered by a reader (see `modeCodeOf`). */
const MODE_SPELLINGS_KEPT = 64;
const MODE_EXPECTED = LINKAGE_MODES.map((t) => `${t.id} (${t.zh})`).join(', ');
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;

function enumColumn(name: string, terms: readonly { id: string; zh: string; en: string; aliases?: readonly string[] }[]) {
  return { name, lookup: termLookup(terms) as Map<string, string>, expected: terms.map((t) => `${t.id} (${t.zh})`).join(', ') };
}

/**
 * Reads a linkage CSV into typed columns ({@link LinkageColumns}), validating
 * every row with the rules and issue codes of `readCsvDataset` (missing fields,
 * unknown modes, bad numbers, years and booleans, weights ≤ 0, duplicate ids,
 * self-loops, unknown nodes, end before start), without building an object per
 * linkage. Use it for files of 10⁵–10⁷ linkages; `readCsvDataset` stays the
 * reader for rich attribute work. Give text, bytes, or an iterable of chunks
 * (UTF-8; the Node reader `readLinkageColumnsFile` streams a file of any size).
 *
 * Every problem is counted; the first `maxIssues` are listed with file, row,
 * column and id. Any problem makes it throw, like `readCsvDataset`: nothing is
 * silently dropped.
 *
 * @throws ZonelinkError `invalid-dataset`, its message giving the total count and how many are listed.
 * @example
 * const columns = readLinkageColumns('id,source,target,mode,weight\nl1,a,b,产业链,2\n');
 * columns.length;                        // 1
 * columns.nodes;                         // ['a', 'b']
 * LINKAGE_MODE_CODES[columns.mode[0]];   // 'industrial-chain'
 */
export function readLinkageColumns(
  input: string | Uint8Array | Iterable<string | Uint8Array>,
  options: LinkageColumnsOptions = {},
): LinkageColumns {
  const reader = new LinkageColumnsReader(options);
  if (typeof input === 'string' || input instanceof Uint8Array) reader.push(input);
  else if (input !== null && typeof input === 'object' && Symbol.iterator in input) for (const chunk of input) reader.push(chunk);
  else throw new ZonelinkError('invalid-argument', `${FN}: input must be CSV text, bytes or an iterable of chunks`, [{ code: 'invalid-argument', message: `${FN}: got ${input === null ? 'null' : typeof input}` }]);
  return reader.end();
}

/**
 * The incremental form of {@link readLinkageColumns}: `push` chunks (text or
 * UTF-8 bytes) as they arrive, then `end()` returns the columns or throws.
 *
 * @example
 * const reader = new LinkageColumnsReader({ file: 'big.csv' });
 * reader.push('id,source,target,mode\n');
 * reader.push('l1,a,b,cross-regional\n');
 * reader.end().length; // 1
 */
export class LinkageColumnsReader {
  private readonly file: string;
  private readonly maxIssues: number;
  private readonly onRows?: (rows: number) => void;
  private readonly csv: CsvRecordStream;
  private readonly decoder: TextDecoder;
  private readonly encoding: 'utf-8' | 'gb18030';
  private readonly fixedNodes: boolean;
  private readonly allowSelfLoops: boolean;
  private readonly nodes: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly ids = new IdTable(FN);
  private readonly modeSpellings = new Map<string, number>();
  private readonly issues: ZonelinkIssue[] = [];
  private issueCount = 0;
  private capacity = 1024;
  private count = 0;
  private rows = 0;
  private source = new Int32Array(this.capacity);
  private target = new Int32Array(this.capacity);
  private weight = new Float64Array(this.capacity);
  private mode = new Uint8Array(this.capacity);
  private directed = new Uint8Array(this.capacity);
  private startYear = new Uint16Array(this.capacity);
  private endYear = new Uint16Array(this.capacity);
  private line = new Int32Array(this.capacity);
  private header: string[] | undefined;
  private slots: (ColumnSpec | undefined)[] = [];
  private at: Record<string, number> = {};
  private omitted: string[] = [];
  private firstChunk = true;
  private ended = false;

  constructor(options: LinkageColumnsOptions = {}) {
    const read = readLinkageColumnsOptions.read(options);
    this.file = read.file;
    this.maxIssues = read.maxIssues;
    this.encoding = read.encoding;
    this.decoder = new TextDecoder(read.encoding, { fatal: true, ignoreBOM: false });
    this.onRows = read.onRows;
    this.fixedNodes = read.nodes !== undefined;
    this.allowSelfLoops = read.allowSelfLoops === true;
    if (read.nodes !== undefined) {
      for (const id of read.nodes) {
        if (typeof id !== 'string') {
          throw new ZonelinkError('invalid-argument', `${FN}: option nodes must hold node ids as strings, got ${typeof id}`, [{ code: 'invalid-argument', message: `${FN}: option nodes`, field: 'nodes' }]);
        }
        this.intern(id);
      }
    }
    this.csv = new CsvRecordStream({
      file: this.file,
      maxRecordLength: read.maxRecordLength,
      maxFieldLength: read.maxFieldLength,
      maxColumns: read.maxColumns,
      onRecord: (cells, at) => (this.header === undefined ? this.readHeader(cells) : this.readRow(cells, at)),
      onIssue: (issue) => this.report(issue),
    });
  }

  /** Data rows read so far. */
  get rowsRead(): number {
    return this.rows;
  }

  /** Feeds the next chunk: text, or UTF-8 bytes (a chunk may end inside a character). */
  push(chunk: string | Uint8Array): void {
    if (this.ended) throw new ZonelinkError('invalid-argument', `${FN}: push after end`, [{ code: 'invalid-argument', message: `${FN}: push after end` }]);
    let text: string;
    if (typeof chunk === 'string') text = this.firstChunk && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    else if (chunk instanceof Uint8Array) {
      if (this.firstChunk && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
        this.fail({ code: 'utf16-not-supported', message: `${this.file}: the file is UTF-16; save it as UTF-8`, file: this.file });
      }
      try {
        text = this.decoder.decode(chunk, { stream: true });
      } catch {
        this.fail(
          this.encoding === 'utf-8'
            ? { code: 'invalid-utf8', message: `${this.file}: the file is not valid UTF-8; if it is GBK/GB18030 (as Excel saves Chinese CSV), read it with encoding 'gb18030'`, file: this.file }
            : { code: 'undecodable', message: `${this.file}: the file is not valid GB18030 text`, file: this.file },
        );
      }
    } else {
      throw new ZonelinkError('invalid-argument', `${FN}: a chunk must be a string or a Uint8Array`, [{ code: 'invalid-argument', message: `${FN}: got ${chunk === null ? 'null' : typeof chunk}` }]);
    }
    this.firstChunk = false;
    if (text.indexOf('\u0000') >= 0) this.fail({ code: 'binary-content', message: `${this.file}: the file contains a NUL character: it is binary, not CSV text`, file: this.file });
    this.csv.push(text);
    this.onRows?.(this.rows);
  }

  /** Ends the input and returns the columns, or throws with every problem counted. */
  end(): LinkageColumns {
    if (this.ended) throw new ZonelinkError('invalid-argument', `${FN}: end called twice`, [{ code: 'invalid-argument', message: `${FN}: end called twice` }]);
    try {
      this.csv.push(this.decoder.decode());
    } catch {
      this.fail({ code: this.encoding === 'utf-8' ? 'invalid-utf8' : 'undecodable', message: `${this.file}: the file ends inside a character`, file: this.file });
    }
    this.csv.end();
    this.ended = true;
    // (a header refused as too wide is not an empty file)
    if (this.header === undefined && this.issueCount === 0) this.report({ code: 'empty-input', message: `${this.file}: the file is empty`, file: this.file, row: 1 });
    this.onRows?.(this.rows);
    if (this.issueCount > 0) {
      const listed = this.issues.length;
      const cut = this.issueCount - listed;
      throw new ZonelinkError(
        'invalid-dataset',
        `${this.file}: ${this.issueCount} problem${this.issueCount === 1 ? '' : 's'}${cut > 0 ? ` (the first ${listed} listed, ${cut} more counted)` : ''}`,
        this.issues,
      );
    }
    const n = this.count;
    return {
      file: this.file,
      nodes: this.nodes,
      index: this.index,
      length: n,
      source: this.source.slice(0, n),
      target: this.target.slice(0, n),
      weight: this.weight.slice(0, n),
      mode: this.mode.slice(0, n),
      directed: this.directed.slice(0, n),
      startYear: this.startYear.slice(0, n),
      endYear: this.endYear.slice(0, n),
      line: this.line.slice(0, n),
      rows: this.rows,
      omittedColumns: this.omitted,
    };
  }

  private fail(issue: ZonelinkIssue): never {
    this.ended = true;
    throw new ZonelinkError('invalid-encoding', issue.message, [issue]);
  }

  private report(issue: ZonelinkIssue): void {
    this.issueCount++;
    if (this.issues.length < this.maxIssues) this.issues.push(issue);
  }

  private intern(id: string): number {
    let k = this.index.get(id);
    if (k === undefined) {
      k = this.nodes.length;
      this.nodes.push(id);
      this.index.set(id, k);
    }
    return k;
  }

  private readHeader(cells: string[]): void {
    this.header = [...cells];
    const lookup = headerLookup(LINKAGE_COLUMNS);
    const seen = new Map<string, string>();
    cells.forEach((header, c) => {
      const column = lookup.get(foldSpelling(header));
      const key = column?.path.join('.');
      if (header.trim() === '') this.report({ code: 'empty-header', message: `${this.file}: column ${c + 1} has no header`, file: this.file, row: 1, column: String(c + 1) });
      else if (!column || !key) {
        this.report({ code: 'unknown-column', message: `${this.file}: unknown column "${clipText(header)}"`, file: this.file, row: 1, column: clipText(header), expected: LINKAGE_COLUMNS.map((col) => col.headers[0]).join(', ') });
      } else if (seen.has(key)) {
        this.report({ code: 'duplicate-column', message: `${this.file}: columns "${clipText(seen.get(key) ?? '')}" and "${clipText(header)}" both give ${key}`, file: this.file, row: 1, column: clipText(header) });
      } else {
        seen.set(key, header);
        this.at[key] = c;
      }
      this.slots.push(column && key && this.at[key] === c ? column : undefined);
    });
    for (const column of LINKAGE_COLUMNS) {
      const key = column.path.join('.');
      if (column.required && !seen.has(key)) {
        this.report({ code: 'missing-column', message: `${this.file}: required column "${column.headers[0]}" is missing (accepted headers: ${column.headers.join(', ')})`, file: this.file, row: 1, column: column.headers[0] });
      }
    }
    const kept = new Set(['id', 'source', 'target', 'mode', 'directed', 'weight', 'startYear', 'endYear']);
    this.omitted = [...seen].filter(([key]) => !kept.has(key)).map(([, header]) => header);
  }

  // The row's helpers are methods, not closures made per row: at 10⁷ rows the
  // closures (and, under tsx, their name wrappers) cost a fifth of the read.
  private readRow(cells: string[], at: number): void {
    this.rows++;
    const header = this.header as string[];
    const file = this.file;
    const before = this.issueCount;
    if (cells.length !== header.length) {
      this.report({ code: 'csv-column-count', message: `${file} line ${at}: ${cells.length} cells where the header has ${header.length}`, file, row: at, value: cells.length, expected: `${header.length} cells` });
    }
    const id = this.cell(cells, 'id');
    if (id === '') this.missing('id', at, id);
    else this.checkId('id', id, at);
    const sourceId = this.cell(cells, 'source');
    const targetId = this.cell(cells, 'target');
    if (sourceId === '') this.missing('source', at, id);
    else this.checkId('source', sourceId, at, id);
    if (targetId === '') this.missing('target', at, id);
    else this.checkId('target', targetId, at, id);
    const modeText = this.cell(cells, 'mode');
    let modeCode = -1;
    if (modeText === '') this.missing('mode', at, id);
    else {
      modeCode = this.modeCodeOf(modeText);
      if (modeCode < 0) this.report({ code: 'unknown-mode', message: `${file}, row ${at}, column "${clipText(header[this.at.mode])}"${id ? `, id ${clipText(id)}` : ''}: mode: unknown mode "${clipText(modeText)}"`, field: 'mode', value: modeText, expected: MODE_EXPECTED, ...this.place('mode', at, id) });
    }
    let w = 1;
    const weightText = this.cell(cells, 'weight');
    if (weightText !== '') {
      const read = readCell(weightText, 'number');
      if (read.problem) this.cellProblem('weight', weightText, read.problem, at, id);
      else if (!((read.value as number) > 0)) {
        this.report({ code: 'out-of-range', message: `${file}, row ${at}, column "${clipText(header[this.at.weight])}"${id ? `, id ${clipText(id)}` : ''}: weight: a weight must be > 0`, field: 'weight', value: read.value, expected: '> 0', ...this.place('weight', at, id) });
      } else w = read.value as number;
    }
    let isDirected = 0;
    const directedText = this.cell(cells, 'directed');
    if (directedText !== '') {
      const read = readCell(directedText, 'boolean');
      if (read.problem) this.cellProblem('directed', directedText, read.problem, at, id);
      else isDirected = read.value ? 1 : 0;
    }
    const start = this.year(cells, 'startYear', at, id);
    const end = this.year(cells, 'endYear', at, id);
    for (const key of ENUM_COLUMN_KEYS) {
      const text = this.cell(cells, key);
      if (text === '') continue;
      const spec = ENUM_COLUMNS[key];
      if (!spec.lookup.has(foldSpelling(text))) {
        this.report({ code: `unknown-${spec.name.replace(/\s+/g, '-')}`, message: `${file}, row ${at}, column "${clipText(header[this.at[key]])}": ${key}: unknown ${spec.name} "${clipText(text)}"`, field: key, value: text, expected: spec.expected, ...this.place(key, at, id) });
      }
    }
    const enclaveText = this.cell(cells, 'enclave');
    if (enclaveText !== '') {
      const read = readCell(enclaveText, 'boolean');
      if (read.problem) this.cellProblem('enclave', enclaveText, read.problem, at, id);
    }
    // Whole-dataset rules, checked on every row that names its parts.
    if (id !== '') {
      const first = this.ids.getOrAdd(id, at);
      if (first >= 0) {
        this.report({ code: 'duplicate-id', message: `${file}, row ${at}: linkage id "${clipText(id)}" is also on row ${first}`, field: 'id', value: id, ...this.place('id', at, id) });
      }
    }
    let s = -1;
    let t = -1;
    if (sourceId !== '' && targetId !== '') {
      if (sourceId === targetId && !this.allowSelfLoops) {
        this.report({ code: 'self-loop', message: `${file}, row ${at}: linkage ${clipText(id)} links ${clipText(sourceId)} to itself`, field: 'target', value: targetId, ...this.place('target', at, id) });
      }
      s = this.endpoint(sourceId, 'source', at, id);
      t = this.endpoint(targetId, 'target', at, id);
    }
    if (start > 0 && end > 0 && end < start) {
      this.report({ code: 'end-before-start', message: `${file}, row ${at}: linkage ${clipText(id)} ends (${end}) before it starts (${start})`, field: 'endYear', value: end, ...this.place('endYear', at, id) });
    }
    if (this.issueCount !== before || s < 0 || t < 0 || modeCode < 0) return;
    if (this.count === this.capacity) this.grow();
    const k = this.count++;
    this.source[k] = s;
    this.target[k] = t;
    this.weight[k] = w;
    this.mode[k] = modeCode;
    this.directed[k] = isDirected;
    this.startYear[k] = start;
    this.endYear[k] = end;
    this.line[k] = at;
  }

  /** The cell of column `key`, trimmed as readCell trims (a quoted "l2 " is the id l2); '' when absent. */
  private cell(cells: string[], key: string): string {
    const c = this.at[key];
    return c === undefined || c >= cells.length ? '' : cells[c].trim();
  }

  /** Where an issue of column `key` is: file, row, column header and the linkage id when there is one. */
  private place(key: string, at: number, id: string): { file: string; row: number; column: string; id?: string } {
    return { file: this.file, row: at, column: (this.header as string[])[this.at[key]] ?? key, ...(id ? { id } : {}) };
  }

  private missing(key: string, at: number, id: string): void {
    const header = this.header as string[];
    this.report({ code: 'missing-field', message: `${this.file}, row ${at}, column "${clipText(header[this.at[key]] ?? key)}"${id ? `, id ${clipText(id)}` : ''}: ${key}: missing`, field: key, expected: 'string', ...this.place(key, at, id) });
  }

  /** An id or endpoint with control characters; `id` is the row's linkage id ('' when the value is that id itself: the place then names it). */
  private checkId(key: string, value: string, at: number, id: string = value): void {
    if (CONTROL.test(value)) this.report({ code: 'invalid-id', message: `${this.file}, row ${at}: ${key} "${clipText(value)}" contains control characters`, field: key, value, expected: 'printable characters', ...this.place(key, at, id) });
  }

  private cellProblem(key: string, value: string, problem: { code: string; message: string; expected?: string }, at: number, id: string): void {
    this.report({ ...problem, message: `${this.file}, row ${at}, column "${clipText((this.header as string[])[this.at[key]])}": ${problem.message}`, field: key, value, ...this.place(key, at, id) });
  }

  /** A year cell: 0 when empty or invalid (the problem is reported). */
  private year(cells: string[], key: 'startYear' | 'endYear', at: number, id: string): number {
    const text = this.cell(cells, key);
    if (text === '') return 0;
    const read = readCell(text, 'year');
    if (read.problem) {
      this.cellProblem(key, text, read.problem, at, id);
      return 0;
    }
    const y = read.value as number;
    if (y < MIN_YEAR || y > MAX_YEAR) {
      this.report({ code: 'impossible-year', message: `${this.file}, row ${at}, column "${clipText((this.header as string[])[this.at[key]])}": year ${y} is outside ${MIN_YEAR}–${MAX_YEAR}`, field: key, value: y, expected: `a year in ${MIN_YEAR}–${MAX_YEAR}`, ...this.place(key, at, id) });
      return 0;
    }
    return y;
  }

  /**
   * The code of a mode as written (−1 when it is not a mode). A file spells its
   * modes a handful of ways, so each spelling is folded once; the memo stops
   * growing at {@link MODE_SPELLINGS_KEPT} spellings (a hostile file cannot grow it).
   */
  private modeCodeOf(text: string): number {
    const known = this.modeSpellings.get(text);
    if (known !== undefined) return known;
    const m = MODE_LOOKUP.get(foldSpelling(text));
    const code = m === undefined ? -1 : (MODE_CODE.get(m) as number);
    if (this.modeSpellings.size < MODE_SPELLINGS_KEPT) this.modeSpellings.set(text, code);
    return code;
  }

  private endpoint(nodeId: string, key: 'source' | 'target', at: number, id: string): number {
    if (!this.fixedNodes) return this.intern(nodeId);
    const k = this.index.get(nodeId);
    if (k === undefined) {
      this.report({ code: 'unknown-node', message: `${this.file}, row ${at}: linkage ${clipText(id)} names ${key} "${clipText(nodeId)}", which is not a node of the dataset`, field: key, value: nodeId, ...this.place(key, at, id) });
      return -1;
    }
    return k;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.source = grownArray(this.source, capacity);
    this.target = grownArray(this.target, capacity);
    this.weight = grownArray(this.weight, capacity);
    this.mode = grownArray(this.mode, capacity);
    this.directed = grownArray(this.directed, capacity);
    this.startYear = grownArray(this.startYear, capacity);
    this.endYear = grownArray(this.endYear, capacity);
    this.line = grownArray(this.line, capacity);
    this.capacity = capacity;
  }
}
