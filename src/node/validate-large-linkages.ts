import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { loadDataset, roleOf } from './load-dataset.js';
import { readLinkageColumnsFile } from './read-linkage-columns-file.js';

/** Linkage files at least this large (bytes) are validated by the streaming columnar reader. */
export const LARGE_LINKAGE_FILE_BYTES = 32 * 1024 * 1024;

/**
 * The linkage CSV among `files` when it is large enough for the streaming reader
 * (≥ {@link LARGE_LINKAGE_FILE_BYTES}), else undefined.
 *
 * @example
 * largeLinkageFile(['zones.csv', 'linkages.csv']); // 'linkages.csv' when it is ≥ 32 MiB
 */
export function largeLinkageFile(files: readonly string[]): string | undefined {
  for (const file of files) {
    if (roleOf(file) !== 'linkages' || !/\.(csv|tsv|txt)$/i.test(file)) continue;
    try {
      if (statSync(file).size >= LARGE_LINKAGE_FILE_BYTES) return file;
    } catch {
      return undefined; // loadDataset reports the unreadable file
    }
  }
  return undefined;
}

/**
 * Validates a dataset whose linkage file is large: the node files the usual way,
 * the linkage file streamed into typed columns (every row checked with the same
 * rules and codes, the first 1,000 problems listed and all counted), with a
 * progress line per tenth of the file. Returns the line to print on success.
 *
 * @example
 * const line = await validateLargeLinkages(['nodes.csv', 'linkages.csv'], 'linkages.csv', { allowSelfLoops: false }, process.stderr.write.bind(process.stderr));
 */
export async function validateLargeLinkages(
  files: readonly string[],
  linkageFile: string,
  options: { allowSelfLoops: boolean },
  progress: (line: string) => void,
): Promise<string> {
  const others = files.filter((f) => f !== linkageFile);
  const dataset = others.length > 0 ? await loadDataset(others, options) : undefined;
  const started = Date.now();
  let nextTenth = 1;
  let rows = 0;
  const columns = readLinkageColumnsFile(linkageFile, {
    nodes: dataset?.nodes.map((n) => n.id),
    allowSelfLoops: options.allowSelfLoops,
    onRows: (read) => {
      rows = read;
    },
    onProgress: ({ done: bytes, total: totalBytes }) => {
      if (totalBytes > 0 && bytes / totalBytes >= nextTenth / 10) {
        while (bytes / totalBytes >= nextTenth / 10) nextTenth++;
        progress(`zonelink validate: ${basename(linkageFile)} ${Math.round((bytes / totalBytes) * 100)}% (${rows.toLocaleString('en')} rows, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      }
    },
  });
  const zones = dataset?.nodes.filter((n) => n.kind === 'zone').length ?? 0;
  const nodes = dataset ? `${dataset.nodes.length} nodes (${zones} zones, ${dataset.nodes.length - zones} cities)` : `${columns.nodes.length} nodes (named by the linkages)`;
  const omitted = columns.omittedColumns.length > 0 ? `; columns checked but not kept by the large-file reader: ${columns.omittedColumns.join(', ')}` : '';
  return `✓ valid: ${nodes}, ${columns.length} linkages (streamed: ${basename(linkageFile)} is ≥ ${LARGE_LINKAGE_FILE_BYTES / 1048576} MiB${omitted})\n`;
}
