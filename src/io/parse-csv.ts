import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { checkOptions, checkString } from '../error/argument-checks.js';

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
 * @example
 * parseCsv('id,name\nz1,"Pudong, Shanghai"\n').rows[0].cells; // ['z1', 'Pudong, Shanghai']
 */
export function parseCsv(text: string, options: { delimiter?: string; file?: string } = {}): CsvTable {
  checkString('parseCsv', text, 'text');
  checkOptions('parseCsv', options);
  const file = options.file;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = options.delimiter ?? detectDelimiter(firstLine);
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
  const endCell = () => {
    cells.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '' )) records.push({ line: recordLine, cells });
    cells = [];
  };
  while (i < text.length) {
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
