import type { Dataset } from '../schema/dataset.js';
import { ACCESSIBILITY_COLUMNS, CITY_COLUMNS, LINKAGE_COLUMNS, PROVINCE_COLUMNS, ZONE_COLUMNS, type ColumnSpec } from './csv-columns.js';

/** Quotes a CSV cell when it holds a delimiter, a quote or a line break. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(columns: readonly ColumnSpec[], records: object[]): string {
  const indicatorKeys = new Set<string>();
  for (const r of records) {
    const indicators = (r as { indicators?: Record<string, Record<string, number>> }).indicators ?? {};
    for (const [year, values] of Object.entries(indicators)) for (const name of Object.keys(values)) indicatorKeys.add(`${name}@${year}`);
  }
  const used = columns.filter((c) => records.some((r) => valueAt(r, c.path) !== undefined) || c.required);
  const extra = [...indicatorKeys].sort();
  const lines = [[...used.map((c) => c.headers[0]), ...extra].map(csvCell).join(',')];
  for (const r of records) {
    const indicators = (r as { indicators?: Record<string, Record<string, number>> }).indicators ?? {};
    const cells = used.map((c) => csvCell(valueAt(r, c.path)));
    for (const key of extra) {
      const [name, year] = [key.slice(0, key.lastIndexOf('@')), key.slice(key.lastIndexOf('@') + 1)];
      cells.push(csvCell(indicators[year]?.[name]));
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
 * `batch` made of digits only (read back as a number).
 *
 * @example
 * const { zones, cities, linkages } = writeCsvDataset(dataset);
 */
export function writeCsvDataset(dataset: Dataset): CsvDatasetTexts {
  const provinces = dataset.nodes.filter((n) => n.kind === 'province');
  return {
    zones: table(ZONE_COLUMNS, dataset.nodes.filter((n) => n.kind === 'zone')),
    cities: table(CITY_COLUMNS, dataset.nodes.filter((n) => n.kind === 'city')),
    linkages: table(LINKAGE_COLUMNS, dataset.linkages),
    ...(provinces.length > 0 ? { provinces: table(PROVINCE_COLUMNS, provinces) } : {}),
    ...(dataset.accessibility !== undefined ? { accessibility: table(ACCESSIBILITY_COLUMNS, dataset.accessibility) } : {}),
  };
}
