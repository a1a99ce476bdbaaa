import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { ZonelinkError } from '../error/zonelink-error.js';
import { checkLimit } from '../error/argument-checks.js';
import type { ProgressEvent } from '../progress/progress-options.js';
import { progressReporter } from '../progress/progress-reporter.js';
import { LinkageColumnsReader, type LinkageColumns, type LinkageColumnsOptions } from '../io/linkage-columns.js';

/** Options of {@link readLinkageColumnsFile}. */
export interface ReadLinkageColumnsFileOptions extends Omit<LinkageColumnsOptions, 'onProgress' | 'file' | 'encoding'> {
  /** `'auto'` (default): UTF-8 when the first chunk decodes as UTF-8, else GB18030 (GBK as Excel writes it); or say which. */
  encoding?: 'auto' | 'utf-8' | 'gb18030';
  /**
   * Largest file read, in bytes (default `Infinity`: streaming holds one record
   * at a time, so size alone does not exhaust memory); a larger file is a
   * `file-too-large` problem before anything is read.
   */
  maxFileBytes?: number;
  /** Bytes read per chunk (default 4 MiB). */
  chunkBytes?: number;
  /** Called with `{ task: 'readLinkageColumnsFile', done: bytes read, total: file size, unit: 'bytes' }` about every 1 % of the file and at the end (rows read so far: `onRows`). */
  onProgress?: (event: ProgressEvent) => void;
  /** Cancels the reading: an aborted signal throws `ZonelinkError` code `aborted` at the next chunk. */
  signal?: AbortSignal;
}

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
  if (typeof path !== 'string' || path === '') {
    throw new ZonelinkError('invalid-argument', `${FN}: path must be a non-empty string`, [{ code: 'invalid-argument', message: `${FN}: path`, field: 'path', value: path }]);
  }
  checkLimit(FN, options.maxFileBytes, 'maxFileBytes');
  const maxFileBytes = options.maxFileBytes ?? Infinity;
  const chunkBytes = options.chunkBytes ?? 4 << 20;
  if (!Number.isInteger(chunkBytes) || chunkBytes < 1) {
    throw new ZonelinkError('invalid-argument', `${FN}: chunkBytes must be a positive integer, got ${String(chunkBytes)}`, [{ code: 'invalid-argument', message: `${FN}: chunkBytes`, field: 'chunkBytes', value: chunkBytes }]);
  }
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
    const { chunkBytes: _chunk, onProgress, signal, encoding: wanted, maxFileBytes: _max, ...rest } = options;
    const progress = progressReporter(FN, { onProgress, signal }, stat.size, 'bytes');
    const buffer = new Uint8Array(chunkBytes);
    let read = readSync(fd, buffer, 0, chunkBytes, null);
    const encoding = wanted === undefined || wanted === 'auto' ? detectEncoding(buffer.subarray(0, read)) : wanted;
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
