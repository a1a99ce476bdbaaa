import { ZonelinkError, type ZonelinkIssue } from '../error/zonelink-error.js';
import { clipText } from '../error/clip-text.js';
import type { Dataset } from '../schema/dataset.js';
import { assembleDataset, type PendingTable } from './assemble-dataset.js';
import type { DatasetCheckOptions } from './check-dataset.js';
import { decodeText, type DecodeTextOptions } from './decode-text.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { metadataField } from './metadata-field.js';
import { unknownFields } from './unknown-fields.js';
import { duplicateJsonKeys } from './duplicate-json-keys.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { encodingOption, fileOption } from './io-option-specs.js';
import { datasetCheckOptionSpecs } from './check-dataset.js';

/** The declared options of {@link parseDataset} (checks, defaults and docs/options.md come from here). */
export const parseDatasetOptions = defineOptions('parseDataset', {
  ...datasetCheckOptionSpecs,
  /** File name used in every problem's location. */
  file: fileOption,
  /** Text encoding of byte input; default `'auto'` (UTF-8, UTF-8 with BOM, GB18030/GBK). */
  encoding: encodingOption,
});

/** The declared options of {@link safeParseDataset}: those of {@link parseDataset}. */
export const safeParseDatasetOptions = defineOptions('safeParseDataset', { ...parseDatasetOptions.specs });

/** Options of {@link parseDataset} and {@link safeParseDataset}, declared in {@link parseDatasetOptions}. */
export type ParseDatasetOptions = OptionsOf<typeof parseDatasetOptions>;

/** The result of `safeParseDataset`. */
export type SafeParseDatasetResult = { success: true; data: Dataset } | { success: false; error: ZonelinkError };

/**
 * Parses and validates a dataset given as an object, JSON text or JSON bytes
 * (`{ metadata, nodes, linkages, accessibility? }`; see `DatasetSchema`). Every problem is found
 * in one pass and reported with its position (`nodes[3].weight`, the node or
 * linkage id, the file; a JSON syntax error with its line and column); a field
 * the schema does not know (a misspelt `wieght`, or nested: `name.english`) is a problem (`unknown-field`),
 * and so is a key given twice in one JSON object (`duplicate-key`, with its line and column),
 * never silently dropped; bilingual enumerations are normalised; omitted
 * provinces and macro-regions are filled from administrative codes.
 *
 * @throws ZonelinkError `invalid-json`, `invalid-encoding` or `invalid-dataset`
 *   (its `issues` list every problem; its `records` account for every record).
 * @example
 * const dataset = parseDataset(await (await fetch('zones.json')).text(), { file: 'zones.json' });
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): Dataset {
  const read = parseDatasetOptions.read(options);
  const file = read.file;
  let value = input;
  const fatal: ZonelinkIssue[] = [];
  if (typeof input === 'string' || input instanceof Uint8Array || input instanceof ArrayBuffer) {
    const { text } = decodeText(input, { encoding: read.encoding, file });
    value = parseJson(text, file);
    // JSON.parse keeps the last of two equal keys: `"nodes": […], "nodes": []` would read as no nodes.
    for (const duplicate of duplicateJsonKeys(text)) {
      const index = /^(?:nodes|linkages|accessibility)\[(\d+)\]/.exec(duplicate.path);
      const place = `${file ?? 'input'} line ${duplicate.line} column ${duplicate.column}`;
      fatal.push({
        code: 'duplicate-key',
        message: `${place}: key "${clipText(duplicate.path)}" is given twice (JSON keeps only the last value)`,
        file,
        row: duplicate.line,
        column: String(duplicate.column),
        field: duplicate.path,
        ...(index ? { index: Number(index[1]) } : {}),
        expected: 'each key once per object',
      });
    }
  }
  const where = (path: readonly PropertyKey[], id?: string): Partial<ZonelinkIssue> => ({
    ...(file ? { file } : {}),
    ...(typeof path[1] === 'number' ? { index: path[1] } : {}),
    ...(id ? { id } : {}),
  });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ZonelinkError('invalid-dataset', `${file ?? 'input'}: a dataset is an object { metadata, nodes, linkages }`, [
      { code: 'invalid-type', message: `${file ?? 'input'}: expected an object { metadata, nodes, linkages }, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`, file, expected: 'object' },
    ]);
  }
  const object = value as Record<string, unknown>;
  const tables: PendingTable[] = [];
  for (const [key, table] of [['nodes', 'nodes'], ['linkages', 'linkages'], ['accessibility', 'accessibility']] as const) {
    const list = object[key];
    if (list === undefined && key !== 'nodes') continue;
    if (!Array.isArray(list)) {
      fatal.push({ code: list === undefined ? 'missing-field' : 'invalid-type', message: `${file ? `${file}: ` : ''}${key} must be an array${list === undefined ? '' : `, got ${list === null ? 'null' : typeof list}`}`, file, field: key, expected: 'array' });
      continue;
    }
    tables.push({
      table,
      file,
      by: 'index',
      records: list.map((raw, index) => {
        const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
        const readIssues = unknownFields(raw, table === 'linkages' ? 'linkage' : table === 'accessibility' ? 'accessibility' : (raw as { kind?: unknown } | null)?.kind).map(
          (field): ZonelinkIssue => ({
            code: 'unknown-field',
            message: `${file ? `${file}: ` : ''}${key}[${index}]${id ? ` (${clipText(id)})` : ''}: unknown field "${clipText(field)}"`,
            field,
            ...where([key, index], id),
          }),
        );
        return { position: index, raw, readIssues, locate: () => where([key, index], id) };
      }),
    });
  }
  for (const key of Object.keys(object)) {
    if (!['metadata', 'nodes', 'linkages', 'accessibility'].includes(key)) {
      fatal.push({ code: 'unknown-field', message: `${file ? `${file}: ` : ''}unknown top-level field "${clipText(key)}"`, file, field: key, expected: 'metadata, nodes, linkages, accessibility' });
    }
  }
  const metadataIssues = unknownFields(object.metadata, 'metadata').map(
    (field): ZonelinkIssue => ({ code: 'unknown-field', message: `${file ? `${file}: ` : ''}metadata: unknown field "${clipText(field)}"`, ...(file ? { file } : {}), field: `metadata.${field}` }),
  );
  return assembleDataset({ raw: object.metadata, issues: metadataIssues, locate: (path) => ({ ...(file ? { file } : {}), field: metadataField(path) }) }, tables, read, fatal, 'parseDataset');
}

/**
 * Like `parseDataset`, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing (other errors still throw).
 *
 * @example
 * const result = safeParseDataset(text, { file: 'zones.json' });
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.message);
 */
export function safeParseDataset(input: unknown, options: ParseDatasetOptions = {}): SafeParseDatasetResult {
  safeParseDatasetOptions.read(options);
  try {
    return { success: true, data: parseDataset(input, options) };
  } catch (error) {
    if (error instanceof ZonelinkError) return { success: false, error };
    throw error;
  }
}

/** JSON.parse with the line and column of a syntax error. */
export function parseJson(text: string, file?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const m = /position (\d+)/.exec(message);
    let line: number | undefined;
    let column: number | undefined;
    // Older engines do not always say where; then find the offset ourselves.
    const offset = m ? Number(m[1]) : text.trim() === '' ? undefined : jsonErrorOffset(text);
    if (offset !== undefined) {
      const before = text.slice(0, offset);
      line = before.split('\n').length;
      column = offset - before.lastIndexOf('\n');
    } else if (text.trim() === '') {
      line = 1;
    }
    const place = `${file ?? 'input'}${line !== undefined ? ` line ${line}${column !== undefined ? ` column ${column}` : ''}` : ''}`;
    const what = text.trim() === '' ? 'the input is empty' : `malformed JSON (${message})`;
    throw new ZonelinkError('invalid-json', `${place}: ${what}`, [
      { code: text.trim() === '' ? 'empty-input' : 'invalid-json', message: `${place}: ${what}`, file, row: line, column: column !== undefined ? String(column) : undefined },
    ]);
  }
}
