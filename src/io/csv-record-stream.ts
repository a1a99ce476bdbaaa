import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { functionOption, numberOption } from '../options/option-spec.js';
import { fileOption, maxColumnsOption, maxFieldLengthOption } from './io-option-specs.js';
import { parseCsvOptions } from './parse-csv.js';

/** The declared options of {@link CsvRecordStream} (checks, defaults and docs/options.md come from here). */
export const csvRecordStreamOptions = defineOptions('CsvRecordStream', {
  /** Delimiter; default: detected from the first line (comma, tab or semicolon, as {@link parseCsv}). */
  delimiter: parseCsvOptions.specs.delimiter,
  /** File name for messages. */
  file: fileOption,
  /** Longest record accepted, in characters (default 1,000,000). A longer record is reported and skipped, so a file without line breaks cannot grow memory without bound. */
  maxRecordLength: numberOption({
    doc: 'Longest record accepted, in characters; a longer record is reported (csv-record-too-long) and skipped to the next line break, so a file without line breaks cannot grow memory without bound.',
    default: 1_000_000,
    integer: true,
    min: 1,
    infinity: true,
  }),
  /** Longest cell in characters (default 1,000,000, as {@link parseCsv}): a longer one is cut there and reported (`field-too-long`, with the count cut). */
  maxFieldLength: maxFieldLengthOption,
  /** Widest header in cells (default 1,000, as {@link parseCsv}): a wider one is reported (`too-many-columns`) and the rest of the input ignored. */
  maxColumns: maxColumnsOption,
  /** Called for every record (the header first) with its cells and the 1-based line it starts on. The array is the stream's own: copy what you keep. */
  onRecord: functionOption<(cells: string[], line: number) => void>({
    signature: '(cells, line) → void',
    doc: "Called for every record (the header first) with its cells and the 1-based line it starts on; the array is the stream's own, so copy what you keep.",
    required: true,
  }),
  /** Called for every structural problem, with the line it is on. */
  onIssue: functionOption<(issue: ZonelinkIssue) => void>({ signature: '(issue) → void', doc: 'Called for every structural problem, with the line it is on.', required: true }),
});

/** Options of {@link CsvRecordStream}, declared in {@link csvRecordStreamOptions}. */
export type CsvRecordStreamOptions = OptionsOf<typeof csvRecordStreamOptions>;

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;

/**
 * An incremental RFC 4180 CSV reader: text goes in by chunks (`push`), records
 * come out through `onRecord` as soon as their line ends, so memory holds one
 * record at a time, never the file. The rules are those of {@link parseCsv}:
 * quoted fields with `""` escapes and embedded line breaks, CRLF or LF, blank
 * lines skipped, unquoted cells trimmed of spaces, and the same problems with
 * their lines (`csv-stray-quote`, `csv-unterminated-quote`), and the same
 * bounds (`field-too-long` beyond `maxFieldLength`, `too-many-columns` beyond
 * `maxColumns`), plus `csv-record-too-long` for a record beyond
 * `maxRecordLength`, which is skipped to the next line break: a file of one
 * 2 GB line, or without any, holds at most `maxRecordLength` characters at a time.
 *
 * @example
 * const records: string[][] = [];
 * const stream = new CsvRecordStream({ onRecord: (cells) => records.push([...cells]), onIssue: () => {} });
 * stream.push('id,name\nz1,"Pudong, ');
 * stream.push('Shanghai"\n');
 * stream.end();
 * records; // [['id', 'name'], ['z1', 'Pudong, Shanghai']]
 */
export class CsvRecordStream {
  private pending = '';
  private delimiter: number;
  private line = 1;
  private finished = false;
  private skipping = false;
  /** Set by a too-wide header: the rest of the input is ignored. */
  private stopped = false;
  private records = 0;
  private readonly file: string | undefined;
  private readonly maxRecordLength: number;
  private readonly maxFieldLength: number;
  private readonly maxColumns: number;
  private readonly onRecord: CsvRecordStreamOptions['onRecord'];
  private readonly onIssue: CsvRecordStreamOptions['onIssue'];
  private readonly cells: string[] = [];

  constructor(options: CsvRecordStreamOptions) {
    const read = csvRecordStreamOptions.read(options);
    this.delimiter = read.delimiter === undefined ? -1 : read.delimiter.charCodeAt(0);
    this.file = read.file;
    this.maxRecordLength = read.maxRecordLength;
    this.maxFieldLength = read.maxFieldLength;
    this.maxColumns = read.maxColumns;
    this.onRecord = read.onRecord;
    this.onIssue = read.onIssue;
  }

  /** Feeds the next chunk of text. */
  push(text: string): void {
    if (this.finished) throw new Error('CsvRecordStream: push after end');
    if (this.stopped) return;
    this.pending = this.pending.length === 0 ? text : this.pending + text;
    if (this.delimiter < 0) {
      const end = this.pending.search(/\r|\n/);
      if (end < 0) {
        if (this.pending.length <= this.maxRecordLength) return;
        this.delimiter = detectDelimiter(this.pending.slice(0, this.maxRecordLength));
      } else this.delimiter = detectDelimiter(this.pending.slice(0, end));
    }
    this.consume(false);
  }

  /** Ends the input: the last record (without a final line break) is emitted. */
  end(): void {
    if (this.finished) return;
    if (this.stopped) {
      this.finished = true;
      return;
    }
    if (this.delimiter < 0) this.delimiter = detectDelimiter(this.pending);
    this.consume(true);
    this.finished = true;
    this.pending = '';
  }

  /** Parses every complete record of `pending`; keeps the incomplete tail. */
  private consume(final: boolean): void {
    const text = this.pending;
    const n = text.length;
    const delimiter = this.delimiter;
    let start = 0;
    while (start < n && !this.stopped) {
      if (this.skipping) {
        // Inside an over-long record: drop text up to the next line break outside quotes is unknowable, so drop to the next line break.
        const next = nextLineBreak(text, start);
        if (next < 0) {
          start = n;
          break;
        }
        this.line++;
        start = text.charCodeAt(next) === CR && text.charCodeAt(next + 1) === LF ? next + 2 : next + 1;
        if (text.charCodeAt(next) === CR && next + 1 === n && !final) {
          start = next; // a CR at the end of the chunk may be half of CRLF
          this.line--;
          break;
        }
        this.skipping = false;
        continue;
      }
      const end = this.record(text, start, delimiter, final);
      if (end < 0) break;
      start = end;
    }
    this.pending = start >= n || this.stopped ? '' : text.slice(start);
    if (!final && this.pending.length > this.maxRecordLength) {
      this.onIssue({
        code: 'csv-record-too-long',
        message: `${this.file ?? 'CSV'} line ${this.line}: a record longer than ${this.maxRecordLength} characters (a missing line break or an unclosed quote?); skipped to the next line break`,
        file: this.file,
        row: this.line,
        expected: `at most ${this.maxRecordLength} characters per record`,
      });
      this.pending = '';
      this.skipping = true;
    }
  }

  /**
   * Parses one record starting at `start`. Returns the index after its line
   * break, or −1 when the record is not complete yet (and `final` is false).
   */
  private record(text: string, start: number, delimiter: number, final: boolean): number {
    const n = text.length;
    const cells = this.cells;
    cells.length = 0;
    let line = this.line;
    const recordLine = line;
    const issues: ZonelinkIssue[] = [];
    let i = start;
    for (;;) {
      // One cell starting at i.
      let j = i;
      while (j < n && text.charCodeAt(j) === SPACE) j++;
      if (j < n && text.charCodeAt(j) === QUOTE) {
        const quoteLine = line;
        let value = '';
        let k = j + 1;
        let closed = false;
        while (k < n) {
          const q = text.indexOf('"', k);
          if (q < 0) break;
          for (let p = k; p < q; p++) if (text.charCodeAt(p) === LF) line++;
          value += text.slice(k, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            k = q + 2;
            continue;
          }
          if (q + 1 >= n && !final) {
            k = n; // the next chunk may start with a second quote
            break;
          }
          k = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          if (!final) return -1;
          for (const issue of issues) this.onIssue(issue);
          issues.length = 0;
          this.onIssue({
            code: 'csv-unterminated-quote',
            message: `${this.file ?? 'CSV'} line ${quoteLine}: a quoted field is never closed (unbalanced quotes)`,
            file: this.file,
            row: quoteLine,
          });
          for (let p = k; p < n; p++) if (text.charCodeAt(p) === LF) line++;
          value += text.slice(Math.min(k, n));
          cells.push(value);
          for (const issue of issues) this.onIssue(issue);
          this.line = line;
          this.emit(recordLine);
          return n;
        }
        // After the closing quote only spaces may come before the delimiter or the line end.
        let after = k;
        while (after < n && text.charCodeAt(after) === SPACE) after++;
        if (after >= n && !final) return -1;
        const c = after < n ? text.charCodeAt(after) : -1;
        if (c !== -1 && c !== delimiter && c !== LF && c !== CR) {
          issues.push({ code: 'csv-stray-quote', message: `${this.file ?? 'CSV'} line ${line}: text after a closing quote`, file: this.file, row: line });
          // The text up to the delimiter joins the cell, as parseCsv does.
          let e = after;
          while (e < n) {
            const d = text.charCodeAt(e);
            if (d === delimiter || d === LF || d === CR) break;
            e++;
          }
          if (e >= n && !final) return -1;
          value += text.slice(k, e);
          after = e;
        }
        cells.push(value);
        i = after;
      } else {
        let e = j;
        let stray = false;
        while (e < n) {
          const d = text.charCodeAt(e);
          if (d === delimiter || d === LF || d === CR) break;
          if (d === QUOTE) stray = true;
          e++;
        }
        if (e >= n && !final) return -1;
        if (stray) issues.push({ code: 'csv-stray-quote', message: `${this.file ?? 'CSV'} line ${line}: a quote inside an unquoted field`, file: this.file, row: line });
        cells.push(text.slice(i, e).trim());
        i = e;
      }
      if (i >= n) {
        for (const issue of issues) this.onIssue(issue);
        this.line = line;
        this.emit(recordLine);
        return n;
      }
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        i++;
        if (i >= n && !final) return -1;
        continue;
      }
      // A line break ends the record; a CR at the end of a chunk may be half of CRLF.
      if (c === CR && i + 1 >= n && !final) return -1;
      const next = c === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      for (const issue of issues) this.onIssue(issue);
      this.line = line + 1;
      this.emit(recordLine);
      return next;
    }
  }

  private emit(line: number): void {
    const cells = this.cells;
    if (cells.length === 1 && cells[0] === '') return; // a blank line
    if (this.records === 0 && cells.length > this.maxColumns) {
      this.onIssue({
        code: 'too-many-columns',
        message: `${this.file ?? 'CSV'} line ${line}: the header has more than maxColumns ${this.maxColumns.toLocaleString('en-US')} columns; the file was not read further`,
        file: this.file,
        row: line,
        expected: `at most ${this.maxColumns} columns (option maxColumns)`,
      });
      this.stopped = true;
      return;
    }
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      if (value.length <= this.maxFieldLength) continue;
      const cut = value.length - this.maxFieldLength;
      this.onIssue({
        code: 'field-too-long',
        message: `${this.file ?? 'CSV'} line ${line}, cell ${c + 1}: ${value.length.toLocaleString('en-US')} characters, more than maxFieldLength ${this.maxFieldLength.toLocaleString('en-US')}; ${cut.toLocaleString('en-US')} characters cut`,
        file: this.file,
        row: line,
        value: value.length,
        expected: `at most ${this.maxFieldLength} characters (option maxFieldLength)`,
      });
      cells[c] = value.slice(0, this.maxFieldLength);
    }
    this.records++;
    this.onRecord(cells, line);
  }
}

function nextLineBreak(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (lf < 0) return cr;
  if (cr < 0) return lf;
  return Math.min(lf, cr);
}

function detectDelimiter(headerLine: string): number {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', '\t', ';']) {
    const count = headerLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best.charCodeAt(0);
}
