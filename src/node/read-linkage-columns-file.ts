import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { ZonelinkError } from '../error/zonelink-error.js';
import { LinkageColumnsReader, type LinkageColumns, type LinkageColumnsOptions } from '../io/linkage-columns.js';

/** Options of {@link readLinkageColumnsFile}. */
export interface ReadLinkageColumnsFileOptions extends Omit<LinkageColumnsOptions, 'onProgress' | 'file' | 'encoding'> {
  /** `'auto'` (default): UTF-8 when the first chunk decodes as UTF-8, else GB18030 (GBK as Excel writes it); or say which. */
  encoding?: 'auto' | 'utf-8' | 'gb18030';
  /** Bytes read per chunk (default 4 MiB). */
  chunkBytes?: number;
  /** Called after each chunk with the bytes read, the file size and the data rows read so far. */
  onProgress?: (progress: { bytes: number; totalBytes: number; rows: number }) => void;
}

const FN = 'readLinkageColumnsFile';

/**
 * Reads a linkage CSV file of any size into typed columns, streaming it in
 * chunks: memory grows with the linkages kept (23 bytes each, plus their ids
 * while duplicates are checked), not with the file's text. The rules and issue
 * codes are those of `readLinkageColumns` (and of `readCsvDataset`).
 *
 * @throws ZonelinkError `no-such-file` / `is-a-directory` (code `invalid-input`), or what `readLinkageColumns` throws.
 * @example
 * const columns = readLinkageColumnsFile('linkages.csv', { nodes: dataset.nodes.map((n) => n.id) });
 * const csr = columnsAdjacency(columns);
 */
export function readLinkageColumnsFile(path: string, options: ReadLinkageColumnsFileOptions = {}): LinkageColumns {
  if (typeof path !== 'string' || path === '') {
    throw new ZonelinkError('invalid-argument', `${FN}: path must be a non-empty string`, [{ code: 'invalid-argument', message: `${FN}: path`, field: 'path', value: path }]);
  }
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
    const { chunkBytes: _chunk, onProgress, encoding: wanted, ...rest } = options;
    const buffer = new Uint8Array(chunkBytes);
    let read = readSync(fd, buffer, 0, chunkBytes, null);
    const encoding = wanted === undefined || wanted === 'auto' ? detectEncoding(buffer.subarray(0, read)) : wanted;
    const reader = new LinkageColumnsReader({ ...rest, encoding, file: basename(path) });
    let bytes = 0;
    for (; read > 0; read = readSync(fd, buffer, 0, chunkBytes, null)) {
      bytes += read;
      // A copy is not needed: the reader decodes the chunk before the buffer is reused.
      reader.push(buffer.subarray(0, read));
      onProgress?.({ bytes, totalBytes: stat.size, rows: reader.rowsRead });
    }
    return reader.end();
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
