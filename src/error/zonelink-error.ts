/**
 * One problem found in the input: what is wrong and exactly where.
 *
 * `code` is a stable, machine-readable kebab-case name (`unknown-node`,
 * `non-finite-weight`, …); `message` is for people. Location fields are set
 * when they apply: `file`, `row` (1-based, header is row 1), `column` (the header
 * as written in the file), `field` (the schema field), `id` (node or linkage id),
 * `index` (position in an array input).
 */
export interface ZonelinkIssue {
  code: string;
  message: string;
  file?: string;
  row?: number;
  column?: string;
  field?: string;
  id?: string;
  index?: number;
  value?: unknown;
  expected?: string;
}

/**
 * The one error type zonelink throws. `code` says what kind of failure
 * (`invalid-dataset`, `invalid-argument`, …) and `issues` lists every problem
 * found in one pass, so a user can fix a file in one go.
 *
 * @example
 * try { parseDataset(input) } catch (e) {
 *   if (e instanceof ZonelinkError) for (const i of e.issues) console.log(i.row, i.message);
 * }
 */
export class ZonelinkError extends Error {
  readonly code: string;
  readonly issues: ZonelinkIssue[];
  /** For input files: how every record fared, so that no valid row goes unaccounted for. */
  readonly records?: RecordAccount[];

  constructor(code: string, message: string, issues: ZonelinkIssue[] = [], records?: RecordAccount[]) {
    super(issues.length > 1 ? `${message} (${issues.length} problems)` : message);
    this.name = 'ZonelinkError';
    this.code = code;
    this.issues = issues;
    if (records) this.records = records;
  }
}

/**
 * The fate of the records of one table of an input: which were valid and which
 * had problems, by row (CSV, header = row 1) or by index (JSON arrays).
 */
export interface RecordAccount {
  file?: string;
  table: 'nodes' | 'zones' | 'cities' | 'provinces' | 'linkages' | 'accessibility';
  /** `row` for CSV files, `index` for JSON arrays. */
  by: 'row' | 'index';
  total: number;
  valid: number[];
  invalid: number[];
}

/**
 * Throws a `ZonelinkError` with code `invalid-argument` whose message names the
 * public function that rejected its input.
 *
 * @example
 * if (!(alpha > 0)) invalidArgument('gini', `alpha must be > 0, got ${alpha}`, { field: 'alpha', value: alpha });
 */
export function invalidArgument(fn: string, message: string, issue: Partial<ZonelinkIssue> = {}): never {
  const full = `${fn}: ${message}`;
  throw new ZonelinkError('invalid-argument', full, [{ code: issue.code ?? 'invalid-argument', message: full, ...issue }]);
}
