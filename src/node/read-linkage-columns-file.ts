import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { ZonelinkError } from '../error/zonelink-error.js';
import { argumentIssue } from './argument-problems.js';
import { throwProblems } from '../error/throw-problems.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { choiceOption, numberOption } from '../options/option-spec.js';
import { progressOptionSpecs } from '../progress/progress-option-specs.js';
import { progressReporter } from '../progress/progress-reporter.js';
import { LinkageColumnsReader, readLinkageColumnsOptions, type LinkageColumns } from '../io/linkage-columns.js';

const { file: _file, encoding: _encoding, onRows, ...columnSpecs } = readLinkageColumnsOptions.specs;

/** The declared options of {@link readLinkageColumnsFile}: `readLinkageColumns`'s (but the file name, which is the path's) and the file's own (checks, defaults and docs/options.md come from here). */
export const readLinkageColumnsFileOptions = defineOptions('readLinkageColumnsFile', {
  ...columnSpecs,
  /** Called with the data rows read so far after each chunk (the count; `onProgress` reports bytes). */
  onRows,
  /** `'auto'` (default): UTF-8 when the first chunk decodes as UTF-8, else GB18030 (GBK as Excel writes it); or say which. */
  encoding: choiceOption(['auto', 'utf-8', 'gb18030'] as const, {
    doc: "'auto': UTF-8 when the first chunk decodes as UTF-8, else GB18030 (GBK as Excel writes it); or say which.",
    default: 'auto',
  }),
  /**
   * Largest file read, in bytes (default `Infinity`: streaming holds one record
   * at a time, so size alone does not exhaust memory); a larger file is a
   * `file-too-large` problem before anything is read.
   */
  maxFileBytes: numberOption({
    doc: 'Largest file read, in bytes; a larger file is a file-too-large problem before anything is read (streaming holds one record at a time, so size alone does not exhaust memory).',
    default: Infinity,
    integer: true,
    min: 1,
    infinity: true,
  }),
  /** Bytes read per chunk (default 4 MiB). */
  chunkBytes: numberOption({ doc: 'Bytes read per chunk.', default: 4 << 20, defaultText: '4 MiB (4,194,304)', integer: true, min: 1 }),
  /** Called with `{ task: 'readLinkageColumnsFile', done: bytes read, total: file size, unit: 'bytes' }` about every 1 % of the file and at the end; `signal` cancels the reading at the next chunk (code `aborted`). */
  ...progressOptionSpecs,
});

/** Options of {@link readLinkageColumnsFile}, declared in {@link readLinkageColumnsFileOptions}. */
export type ReadLinkageColumnsFileOptions = OptionsOf<typeof readLinkageColumnsFileOptions>;

const FN = 'readLinkageColumnsFile';

/**
 * Reads a linkage CSV file of any size into typed columns, streaming it in
 * chunks: memory grows with the linkages kept (23 bytes each, plus their ids
 * while duplicates are checked), not with the file's text. The rules and issue
 * codes are those of `readLinkageColumns` (and of `readCsvDataset`).
 *
 * Bounds, as the whole-file readers: cells beyond `maxFieldLength` are cut and
 * reported, a header wider than `maxColumns` stops the read, a record beyond
 * `maxRecordLength` (a 2 GB line) is reported and skipped; a device, pipe or
 * socket (`/dev/zero`) is refused before any byte is read, since it may never end.
 *
 * @throws ZonelinkError `no-such-file` / `is-a-directory` / `unreadable-file`
 *   (not a regular file) / `file-too-large` (code `invalid-input`), or what
 *   `readLinkageColumns` throws.
 * @example
 * const columns = readLinkageColumnsFile('linkages.csv', { nodes: dataset.nodes.map((n) => n.id) });
 * const csr = columnsAdjacency(columns);
 */
export function readLinkageColumnsFile(path: string, options: ReadLinkageColumnsFileOptions = {}): LinkageColumns {
  const collected = readLinkageColumnsFileOptions.collect(options);
  // The path's problem and the options' together, in one error.
  throwProblems(FN, 'arguments', [...(typeof path === 'string' && path !== '' ? [] : [argumentIssue(FN, 'path', 'a non-empty string', path)]), ...collected.issues]);
  const { chunkBytes, maxFileBytes, onProgress, signal, encoding: wanted, ...rest } = collected.values;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be opened (${code ?? String(error)})`;
    throw new ZonelinkError('invalid-input', `${FN}: ${path}: ${what}`, [{ code: code === 'ENOENT' ? 'no-such-file' : 'unreadable-file', message: `${path}: ${what}`, file: path }]);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) {
      throw new ZonelinkError('invalid-input', `${FN}: ${path} is a directory`, [{ code: 'is-a-directory', message: `${path} is a directory`, file: path }]);
    }
    if (!stat.isFile()) {
      // a device or a pipe (/dev/zero, a FIFO) may never end: refused, as loadDataset does
      const message = `${path} is not a regular file (a device, a pipe or a socket); give a file`;
      throw new ZonelinkError('invalid-input', `${FN}: ${message}`, [{ code: 'unreadable-file', message, file: path }]);
    }
    if (stat.size > maxFileBytes) {
      const message = `${path}: ${stat.size.toLocaleString('en-US')} bytes, more than maxFileBytes ${maxFileBytes.toLocaleString('en-US')}`;
      throw new ZonelinkError('invalid-input', `${FN}: ${message}`, [{ code: 'file-too-large', message, file: path, value: stat.size, expected: `at most ${maxFileBytes} bytes` }]);
    }
    const progress = progressReporter(FN, { onProgress, signal }, stat.size, 'bytes');
    const buffer = new Uint8Array(chunkBytes);
    let read = readSync(fd, buffer, 0, chunkBytes, null);
    const encoding = wanted === 'auto' ? detectEncoding(buffer.subarray(0, read)) : wanted;
    const reader = new LinkageColumnsReader({ ...rest, encoding, file: basename(path) });
    for (; read > 0; read = readSync(fd, buffer, 0, chunkBytes, null)) {
      // A copy is not needed: the reader decodes the chunk before the buffer is reused.
      reader.push(buffer.subarray(0, read));
      progress.tick(read);
    }
    const columns = reader.end();
    progress.finish();
    return columns;
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 when the bytes decode as UTF-8 (a character cut at the end is fine), else GB18030. */
function detectEncoding(bytes: Uint8Array): 'utf-8' | 'gb18030' {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}
