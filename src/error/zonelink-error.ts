/**
 * Every issue and error code zonelink uses, so that callers can switch on them
 * with the compiler's help. Codes are stable kebab-case names; `unknown-…` codes
 * of bilingual categories are formed from the category's name
 * (`unknown-category`, `unknown-linkage-mode`, …).
 *
 * @example
 * const fixable = (code: IssueCode) => code === 'untrimmed-id' || code === 'invalid-year';
 */
export type IssueCode =
  | 'aborted'
  | 'absent-node'
  | 'bidi-control'
  | 'big5-not-supported'
  | 'binary-content'
  | 'control-character'
  | 'csv-column-count'
  | 'csv-stray-quote'
  | 'csv-unterminated-quote'
  | 'directed-graph'
  | 'diverged'
  | 'duplicate-column'
  | 'duplicate-file-role'
  | 'duplicate-id'
  | 'duplicate-key'
  | 'duplicate-mode'
  | 'duplicate-node'
  | 'empty-header'
  | 'empty-id'
  | 'empty-input'
  | 'empty-partition'
  | 'encoding-mismatch'
  | 'end-before-start'
  | 'field-too-long'
  | 'file-too-large'
  | 'hub-among-spokes'
  | 'impossible-year'
  | 'invalid-admin-code'
  | 'invalid-argument'
  | 'invalid-boolean'
  | 'invalid-coordinates'
  | 'invalid-dataset'
  | 'invalid-date'
  | 'invalid-distance'
  | 'invalid-encoding'
  | 'invalid-graph'
  | 'invalid-group'
  | 'invalid-id'
  | 'invalid-json'
  | 'invalid-label'
  | 'invalid-layer'
  | 'invalid-layer-weight'
  | 'invalid-mass'
  | 'invalid-number'
  | 'invalid-option'
  | 'invalid-partition'
  | 'invalid-report'
  | 'invalid-service-value'
  | 'invalid-shares'
  | 'invalid-size'
  | 'invalid-type'
  | 'invalid-utf8'
  | 'invalid-value'
  | 'invalid-weight'
  | 'invalid-weights'
  | 'invalid-year'
  | 'invisible-character'
  | 'length-mismatch'
  | 'lookalike-id'
  | 'missing-category'
  | 'missing-column'
  | 'missing-coordinates'
  | 'missing-host-city'
  | 'missing-indicator'
  | 'missing-label'
  | 'missing-mode'
  | 'missing-node'
  | 'missing-weight'
  | 'mixed-graph'
  | 'multigraph'
  | 'negative-value'
  | 'negative-weight'
  | 'no-hub'
  | 'no-input'
  | 'node-set-mismatch'
  | 'non-finite-number'
  | 'non-finite-value'
  | 'non-finite-weight'
  | 'province-mismatch'
  | 'region-mismatch'
  | 'reserved-id'
  | 'reserved-key'
  | 'self-loop'
  | 'shift-jis-not-supported'
  | 'single-population'
  | 'too-many-columns'
  | 'undecodable'
  | 'unknown-column'
  | 'unknown-field'
  | 'unknown-file-role'
  | 'unknown-host-city'
  | 'unknown-hub'
  | 'unknown-layer'
  | 'unknown-mode'
  | 'unknown-node'
  | 'unknown-option'
  | 'unknown-parent'
  | 'unknown-province'
  | 'unknown-province-code'
  | 'unknown-unit'
  | 'unreadable-file'
  | 'untrimmed-id'
  | 'usage'
  | 'utf16-not-supported'
  | 'utf32-not-supported'
  | 'worker-failed'
  | 'zero-base'
  | 'zero-distance'
  | 'zero-population'
  | 'zero-sum'
  | 'zero-total-weight'
  | 'zero-weights'
  | `unknown-${string}`;

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
  /** One of {@link IssueCode} (kept open to `string` so that a code added by a new measure never breaks a caller's build). */
  code: IssueCode | (string & {});
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
