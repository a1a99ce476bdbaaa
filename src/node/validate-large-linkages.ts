import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { loadDataset, roleOf } from './load-dataset.js';
import { readLinkageColumnsFile } from './read-linkage-columns-file.js';
import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { datasetCheckOptionSpecs } from '../io/check-dataset.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { argumentIssue } from './argument-problems.js';
import { throwProblems } from '../error/throw-problems.js';

/** Linkage files at least this large (bytes) are validated by the streaming columnar reader. */
export const LARGE_LINKAGE_FILE_BYTES = 32 * 1024 * 1024;

/** The problems of a list of paths: an array of strings, each named by its index. */
function fileListProblems(caller: string, files: unknown): ZonelinkIssue[] {
  if (!Array.isArray(files)) return [argumentIssue(caller, 'files', 'an array of paths (strings)', files)];
  return files.flatMap((f, i) => (typeof f === 'string' ? [] : [argumentIssue(caller, `files[${i}]`, 'a string (a path)', f)]));
}

/**
 * The linkage CSV among `files` when it is large enough for the streaming reader
 * (≥ {@link LARGE_LINKAGE_FILE_BYTES}), else undefined. A file that cannot be
 * read answers undefined: `loadDataset` then reports it.
 *
 * @throws ZonelinkError (`invalid-argument`, naming `largeLinkageFile`) when `files`
 *   is not an array of strings: every entry that is not a string listed.
 * @example
 * largeLinkageFile(['zones.csv', 'linkages.csv']); // 'linkages.csv' when it is ≥ 32 MiB
 */
export function largeLinkageFile(files: readonly string[]): string | undefined {
  throwProblems('largeLinkageFile', 'arguments', fileListProblems('largeLinkageFile', files));
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

/** The declared options of {@link validateLargeLinkages} (checks, defaults and docs/options.md come from here). */
export const validateLargeLinkagesOptions = defineOptions('validateLargeLinkages', {
  /** Accept linkages whose source equals their target. Default `false`. */
  allowSelfLoops: datasetCheckOptionSpecs.allowSelfLoops,
});

/** Options of {@link validateLargeLinkages}, declared in {@link validateLargeLinkagesOptions}. */
export type ValidateLargeLinkagesOptions = OptionsOf<typeof validateLargeLinkagesOptions>;

/**
 * Validates a dataset whose linkage file is large: the node files the usual way,
 * the linkage file streamed into typed columns (every row checked with the same
 * rules and codes, the first 1,000 problems listed and all counted), with a
 * progress line per tenth of the file. Returns the line to print on success.
 *
 * @throws ZonelinkError (`invalid-argument`, naming `validateLargeLinkages`, every
 *   problem together, before any file is read) when `files` is not an array of
 *   strings, `linkageFile` not a non-empty string, an option invalid or unknown,
 *   or `progress` not a function; then what `loadDataset` and
 *   `readLinkageColumnsFile` throw.
 * @example
 * const line = await validateLargeLinkages(['nodes.csv', 'linkages.csv'], 'linkages.csv', { allowSelfLoops: false }, process.stderr.write.bind(process.stderr));
 */
export async function validateLargeLinkages(
  files: readonly string[],
  linkageFile: string,
  options: ValidateLargeLinkagesOptions,
  progress: (line: string) => void,
): Promise<string> {
  const FN = 'validateLargeLinkages';
  const collected = validateLargeLinkagesOptions.collect(options);
  throwProblems(FN, 'arguments', [
    ...fileListProblems(FN, files),
    ...(typeof linkageFile === 'string' && linkageFile !== '' ? [] : [argumentIssue(FN, 'linkageFile', 'a non-empty string (a path)', linkageFile)]),
    ...collected.issues,
    ...(typeof progress === 'function' ? [] : [argumentIssue(FN, 'progress', 'a function (line: string) => void', progress)]),
  ]);
  const { allowSelfLoops } = collected.values;
  const others = files.filter((f) => f !== linkageFile);
  const dataset = others.length > 0 ? await loadDataset(others, { allowSelfLoops }) : undefined;
  const started = Date.now();
  let nextTenth = 1;
  let rows = 0;
  const columns = readLinkageColumnsFile(linkageFile, {
    nodes: dataset?.nodes.map((n) => n.id),
    allowSelfLoops,
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
