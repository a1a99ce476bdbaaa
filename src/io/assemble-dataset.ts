import { ZonelinkError, invalidArgument, type RecordAccount, type ZonelinkIssue } from '../error/zonelink-error.js';
import { progressOptionSpecs } from '../progress/progress-option-specs.js';
import { progressReporter } from '../progress/progress-reporter.js';
import { CitySchema } from '../schema/city.js';
import { MetadataSchema, NodeSchema, type Dataset, type DatasetMetadata, type ZoneNode } from '../schema/dataset.js';
import { LinkageSchema, type Linkage } from '../schema/linkage.js';
import { ZoneSchema } from '../schema/zone.js';
import { ProvinceNodeSchema } from '../schema/province-node.js';
import { AccessibilitySchema, type Accessibility } from '../schema/accessibility.js';
import { checkDataset, type DatasetCheckOptions } from './check-dataset.js';
import { fromZodIssues } from './zod-issues.js';

/** One input record before validation, with what is known of where it came from. */
export interface PendingRecord {
  /** Row (CSV) or index (JSON). */
  position: number;
  raw: unknown;
  /** Problems already found while reading it (bad cells). */
  readIssues: ZonelinkIssue[];
  /** Location of a field of this record (file, row, column, id). */
  locate: (path: readonly PropertyKey[]) => Partial<ZonelinkIssue>;
}

/** A table of pending records: all nodes, zones, cities or provinces only, linkages, or accessibility pairs. */
export interface PendingTable {
  table: RecordAccount['table'];
  file?: string;
  by: RecordAccount['by'];
  records: PendingRecord[];
}

const SCHEMAS = { nodes: NodeSchema, zones: ZoneSchema, cities: CitySchema, provinces: ProvinceNodeSchema, linkages: LinkageSchema, accessibility: AccessibilitySchema } as const;

/**
 * Validates every record of every table on its own, then the dataset as a whole
 * (checkDataset), and either returns the dataset or throws one ZonelinkError
 * listing every problem with its position and an account of every record
 * (valid or not) per table.
 */
export function assembleDataset(
  metadata: { raw: unknown; issues: ZonelinkIssue[]; locate: (path: readonly PropertyKey[]) => Partial<ZonelinkIssue> },
  tables: PendingTable[],
  options: DatasetCheckOptions = {},
  fatal: ZonelinkIssue[] = [],
  caller = 'readCsvDataset',
): Dataset {
  for (const name of ['onProgress', 'signal'] as const) {
    const expected = options[name] === undefined ? undefined : progressOptionSpecs[name].check(options[name]);
    if (expected !== undefined) invalidArgument(caller, `option ${name} must be ${expected}`, { field: name, value: options[name] });
  }
  // Validating every record is most of loading a large file: report it per 4,096 records.
  const progress = progressReporter(caller, options, tables.reduce((sum, t) => sum + t.records.length, 0), 'records');
  let validated = 0;
  const issues: ZonelinkIssue[] = [...fatal, ...metadata.issues];
  const meta = MetadataSchema.safeParse(metadata.raw, { reportInput: true });
  if (!meta.success) issues.push(...fromZodIssues(meta.error.issues, metadata.locate));

  const nodes: (ZoneNode | undefined)[] = [];
  const linkages: (Linkage | undefined)[] = [];
  const nodeOrigin: { record: PendingRecord; bad: Set<number> }[] = [];
  const failedIds = new Map<string, number>();
  const linkageOrigin: { record: PendingRecord; bad: Set<number> }[] = [];
  const accessibility: (Accessibility | undefined)[] = [];
  const accessibilityOrigin: { record: PendingRecord; bad: Set<number> }[] = [];
  const hasAccessibility = tables.some((t) => t.table === 'accessibility');
  const bad = tables.map(() => new Set<number>());

  tables.forEach((table, t) => {
    const schema = SCHEMAS[table.table];
    for (const record of table.records) {
      if ((++validated & 4095) === 0) progress.tick(4096);
      const recordIssues = [...record.readIssues];
      const parsed = schema.safeParse(record.raw, { reportInput: true });
      if (!parsed.success) recordIssues.push(...fromZodIssues(parsed.error.issues, record.locate));
      if (recordIssues.length > 0) {
        bad[t].add(record.position);
        issues.push(...recordIssues);
      }
      const value = parsed.success && recordIssues.length === 0 ? parsed.data : undefined;
      if (table.table === 'accessibility') {
        accessibility.push(value as Accessibility | undefined);
        accessibilityOrigin.push({ record, bad: bad[t] });
      } else if (table.table === 'linkages') {
        linkages.push(value as Linkage | undefined);
        linkageOrigin.push({ record, bad: bad[t] });
      } else {
        nodes.push(value as ZoneNode | undefined);
        nodeOrigin.push({ record, bad: bad[t] });
        const id = idOf(record.raw);
        if (value === undefined && id !== undefined && !failedIds.has(id)) failedIds.set(id, nodes.length - 1);
      }
    }
  });

  progress.finish();
  issues.push(
    ...checkDataset(
      nodes,
      linkages,
      (kind, index, field, mark = true) => {
        const origin = kind === 'node' ? nodeOrigin[index] : kind === 'linkage' ? linkageOrigin[index] : accessibilityOrigin[index];
        if (mark) origin.bad.add(origin.record.position);
        return origin.record.locate(field ? [field] : []);
      },
      options,
      failedIds,
      accessibility,
    ),
  );

  if (issues.length > 0) {
    const records: RecordAccount[] = tables.map((table, t) => {
      const valid: number[] = [];
      const invalid: number[] = [];
      for (const r of table.records) (bad[t].has(r.position) ? invalid : valid).push(r.position);
      return { file: table.file, table: table.table, by: table.by, total: table.records.length, valid, invalid };
    });
    throw new ZonelinkError('invalid-dataset', `the dataset has problems`, issues, records);
  }
  return {
    metadata: meta.data as DatasetMetadata,
    nodes: nodes as ZoneNode[],
    linkages: linkages as Linkage[],
    ...(hasAccessibility ? { accessibility: accessibility as Accessibility[] } : {}),
  };
}

function idOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string') return (raw as { id: string }).id;
  return undefined;
}
