import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { checkString } from '../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { stringOption } from '../options/option-spec.js';
import { fileOption, maxColumnsOption, maxFieldLengthOption } from './io-option-specs.js';

export { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_FIELD_LENGTH } from './io-option-specs.js';

/** The declared options of {@link parseCsv} (checks, defaults and docs/options.md come from here). */
export const parseCsvOptions = defineOptions('parseCsv', {
  /** The delimiter; default detected from the header line (comma, tab or semicolon). */
  delimiter: stringOption({ doc: 'The delimiter.', defaultText: 'detected from the header line (comma, tab or semicolon)' }),
  /** File name used in every problem's location. */
  file: fileOption,
  /** Longest cell kept, in characters (default 1,000,000); a longer cell is cut there and reported (`field-too-long`, with the count cut). */
  maxFieldLength: maxFieldLengthOption,
  /** Most header columns read (default 1,000); a wider header stops the parse with one `too-many-columns` problem. */
  maxColumns: maxColumnsOption,
});

/** Options of {@link parseCsv}, declared in {@link parseCsvOptions}. */
export type ParseCsvOptions = OptionsOf<typeof parseCsvOptions>;


/** One data row of a CSV file and the 1-based line on which it starts (the header is on line 1). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** The header, data rows, detected delimiter and structural problems of a CSV text (see {@link parseCsv}). */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
  issues: ZonelinkIssue[];
}

/**
 * Parses CSV text (RFC 4180: quoted fields with `""` escapes and embedded line
 * breaks; CRLF or LF). The delimiter is detected from the header line (comma,
 * tab, semicolon) unless given. Problems are returned, not thrown, each with
 * its line: an unterminated quote, a quote inside an unquoted field, a row whose
 * cell count differs from the header's. Blank lines are skipped. Cells are
 * trimmed of surrounding spaces.
 *
 * Bounds (so hostile input fails fast and small): a cell longer than
 * `maxFieldLength` (default 1,000,000 characters) is cut there and reported
 * (`field-too-long`, counting the characters cut); a header with more than
 * `maxColumns` cells (default 1,000) stops the parse with one `too-many-columns`
 * problem and no rows. Both can be raised, up to `Infinity`.
 *
 * @example
 * parseCsv('id,name\nz1,"Pudong, Shanghai"\n').rows[0].cells; // ['z1', 'Pudong, Shanghai']
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvTable {
  checkString('parseCsv', text, 'text');
  const { maxFieldLength, maxColumns, file, delimiter: givenDelimiter } = parseCsvOptions.read(options);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = givenDelimiter ?? detectDelimiter(firstLine);
  const issues: ZonelinkIssue[] = [];
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteStartLine = 0;
  let wasQuoted = false;
  let i = 0;
  let tooWide = false;
  const endCell = () => {
    let value = wasQuoted ? cell : cell.trim();
    if (value.length > maxFieldLength) {
      const cut = value.length - maxFieldLength;
      issues.push({
        code: 'field-too-long',
        message: `${file ?? 'CSV'} line ${recordLine}, cell ${cells.length + 1}: ${value.length.toLocaleString('en-US')} characters, more than maxFieldLength ${maxFieldLength.toLocaleString('en-US')}; ${cut.toLocaleString('en-US')} characters cut`,
        file,
        row: recordLine,
        value: value.length,
        expected: `at most ${maxFieldLength} characters (option maxFieldLength)`,
      });
      value = value.slice(0, maxFieldLength);
    }
    cells.push(value);
    cell = '';
    wasQuoted = false;
    // Stop a too-wide header at once rather than splitting a million cells first.
    if (records.length === 0 && cells.length > maxColumns) tooWideHeader();
  };
  const tooWideHeader = () => {
    if (tooWide) return;
    issues.push({
      code: 'too-many-columns',
      message: `${file ?? 'CSV'} line ${recordLine}: the header has more than maxColumns ${maxColumns.toLocaleString('en-US')} columns; the file was not read further`,
      file,
      row: recordLine,
      expected: `at most ${maxColumns} columns (option maxColumns)`,
    });
    tooWide = true;
  };
  const endRecord = () => {
    endCell();
    // A header that failed on its width is not kept.
    if (!tooWide && !(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  while (i < text.length && !tooWide) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        // After a closing quote only spaces may precede the delimiter or the line end.
        let j = i;
        while (text[j] === ' ') j++;
        if (j < text.length && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') {
          issues.push({ code: 'csv-stray-quote', message: `${file ?? 'CSV'} line ${line}: text after a closing quote`, file, row: line });
        } else i = j; // spaces between a closing quote and the delimiter are padding, not content
        continue;
      }
      if (c === '\n') line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (cell.trim() === '') {
        quoted = true;
        wasQuoted = true;
        quoteStartLine = line;
        cell = '';
      } else {
        issues.push({ code: 'csv-stray-quote', message: `${file ?? 'CSV'} line ${line}: a quote inside an unquoted field`, file, row: line });
        cell += c;
      }
      i++;
      continue;
    }
    if (c === delimiter) {
      endCell();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      recordLine = line;
      continue;
    }
    cell += c;
    i++;
  }
  if (tooWide) return { header: [], rows: [], delimiter, issues };
  if (quoted) {
    issues.push({
      code: 'csv-unterminated-quote',
      message: `${file ?? 'CSV'} line ${quoteStartLine}: a quoted field is never closed (unbalanced quotes)`,
      file,
      row: quoteStartLine,
    });
  }
  if (cell !== '' || cells.length > 0) endRecord();

  const header = records.length > 0 ? records[0].cells : [];
  const rows: CsvRow[] = [];
  for (let r = 1; r < records.length; r++) {
    const { line: at, cells: rowCells } = records[r];
    if (rowCells.length !== header.length) {
      issues.push({
        code: 'csv-column-count',
        message: `${file ?? 'CSV'} line ${at}: ${rowCells.length} cells where the header has ${header.length}`,
        file,
        row: at,
        value: rowCells.length,
        expected: `${header.length} cells`,
      });
    }
    rows.push({ line: at, cells: rowCells });
  }
  return { header, rows, delimiter, issues };
}

function detectDelimiter(headerLine: string): string {
  const counts = [',', '\t', ';'].map((d) => [d, headerLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}
