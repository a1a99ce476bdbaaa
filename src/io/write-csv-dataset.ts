import type { Dataset } from '../schema/dataset.js';
import { ACCESSIBILITY_COLUMNS, CITY_COLUMNS, LINKAGE_COLUMNS, PROVINCE_COLUMNS, ZONE_COLUMNS, type ColumnSpec } from './csv-columns.js';
import { checkDatasetShape } from '../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { choiceOption } from '../options/option-spec.js';
import { invalidArgument } from '../error/zonelink-error.js';

/**
 * The declaration of `formulas`, shared by {@link writeCsvDataset} and
 * `formatNodeTable`: what to do with a text cell that a spreadsheet would run
 * as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`); `'neutralise'` (default)
 * prefixes it with `'` so that Excel, LibreOffice and Google Sheets show it as
 * text (OWASP, "CSV Injection"); `'keep'` writes it verbatim.
 */
export const formulasOption = choiceOption(['neutralise', 'keep'] as const, {
  doc: "A text cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return): 'neutralise' prefixes it with ' so spreadsheets show it as text (OWASP CSV injection); 'keep' writes it verbatim. Numbers are never changed.",
  default: 'neutralise',
});

/** The declared options of {@link writeCsvDataset} (checks, defaults and docs/options.md come from here). */
export const writeCsvDatasetOptions = defineOptions('writeCsvDataset', { formulas: formulasOption });

/** Options of {@link writeCsvDataset}, declared in {@link writeCsvDatasetOptions}. */
export type WriteCsvDatasetOptions = OptionsOf<typeof writeCsvDatasetOptions>;

/** Starts of a text cell that spreadsheets evaluate as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes a CSV cell when it holds a delimiter, a quote or a line break; neutralises formula-leading text unless told to keep it. */
export function csvCell(value: unknown, formulas: 'neutralise' | 'keep' = 'keep'): string {
  if (value === undefined || value === null) return '';
  let text = Array.isArray(value) ? value.join(';') : String(value);
  if (formulas === 'neutralise' && typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(columns: readonly ColumnSpec[], records: object[], formulas: 'neutralise' | 'keep'): string {
  const indicatorKeys = new Set<string>();
  for (const r of records) {
    const indicators = (r as { indicators?: Record<string, Record<string, number>> }).indicators ?? {};
    for (const [year, values] of Object.entries(indicators)) for (const name of Object.keys(values)) indicatorKeys.add(`${name}@${year}`);
  }
  const used = columns.filter((c) => records.some((r) => valueAt(r, c.path) !== undefined) || c.required);
  const extra = [...indicatorKeys].sort();
  const lines = [[...used.map((c) => c.headers[0]), ...extra].map((h) => csvCell(h, formulas)).join(',')];
  for (const r of records) {
    const indicators = (r as { indicators?: Record<string, Record<string, number>> }).indicators ?? {};
    const cells = used.map((c) => csvCell(valueAt(r, c.path), formulas));
    for (const key of extra) {
      const [name, year] = [key.slice(0, key.lastIndexOf('@')), key.slice(key.lastIndexOf('@') + 1)];
      cells.push(csvCell(indicators[year]?.[name], formulas));
    }
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

function valueAt(record: object, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** The CSV texts {@link writeCsvDataset} returns; `provinces` and `accessibility` only when the dataset has such records. */
export interface CsvDatasetTexts {
  zones: string;
  cities: string;
  linkages: string;
  provinces?: string;
  accessibility?: string;
}

/**
 * Writes a dataset as CSV texts — zones, cities, linkages, and provinces and
 * accessibility pairs when it has them — (UTF-8, English headers, `;`-joined lists,
 * indicators as `<name>@<year>` columns) that `readCsvDataset` reads back to the
 * same dataset, apart from what CSV cells cannot carry: metadata, spaces around a
 * text value and empty strings (the reader trims cells; an empty cell is a missing
 * value), list items that contain a list separator (`;` `；` `|` `、`), and a text
 * `batch` made of digits only (read back as a number), and — by default — text
 * that starts like a spreadsheet formula, which gets a leading `'` (see
 * option `formulas` of {@link writeCsvDatasetOptions}).
 *
 * @example
 * const { zones, cities, linkages } = writeCsvDataset(dataset);
 */
export function writeCsvDataset(dataset: Dataset, options: WriteCsvDatasetOptions = {}): CsvDatasetTexts {
  checkDatasetShape('writeCsvDataset', dataset);
  const { formulas } = writeCsvDatasetOptions.read(options);
  const provinces = dataset.nodes.filter((n) => n.kind === 'province');
  return {
    zones: table(ZONE_COLUMNS, dataset.nodes.filter((n) => n.kind === 'zone'), formulas),
    cities: table(CITY_COLUMNS, dataset.nodes.filter((n) => n.kind === 'city'), formulas),
    linkages: table(LINKAGE_COLUMNS, dataset.linkages, formulas),
    ...(provinces.length > 0 ? { provinces: table(PROVINCE_COLUMNS, provinces, formulas) } : {}),
    ...(dataset.accessibility !== undefined ? { accessibility: table(ACCESSIBILITY_COLUMNS, dataset.accessibility, formulas) } : {}),
  };
}
