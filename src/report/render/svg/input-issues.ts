import { ZonelinkError, type ZonelinkIssue } from '../../../error/zonelink-error.js';

/**
 * Collects the problems of a chart's input so that all of them are reported in one
 * `ZonelinkError` (code `invalid-argument`) whose message starts with the chart's name.
 */
export class InputIssues {
  readonly issues: ZonelinkIssue[] = [];

  constructor(readonly fn: string) {}

  /** Records a problem; `where` is the path of the value, e.g. `series[0].p[3]`. */
  add(code: string, where: string, problem: string, extra: Partial<ZonelinkIssue> = {}): void {
    this.issues.push({ code, message: `${this.fn}: ${where} ${problem}`, ...extra });
  }

  /** Records problems found elsewhere (the chart's options, from its declaration's `collect`), before the data's. */
  addAll(found: readonly ZonelinkIssue[]): void {
    this.issues.push(...found);
  }

  /** Records a problem unless `value` is a finite number (and ≥ `min` when given). */
  number(value: unknown, where: string, extra: Partial<ZonelinkIssue>, min?: number): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add('non-finite-value', where, `is ${describe(value)} (expected a finite number)`, { ...extra, value, expected: 'finite number' });
    } else if (min !== undefined && value < min) {
      this.add('out-of-range', where, `is ${value} (expected a number ≥ ${min})`, { ...extra, value, expected: `number ≥ ${min}` });
    }
  }

  /** Records a problem unless `value` is a string. */
  string(value: unknown, where: string, extra: Partial<ZonelinkIssue>): void {
    if (typeof value !== 'string') this.add('not-a-string', where, `is ${describe(value)} (expected a string)`, { ...extra, value, expected: 'string' });
  }

  /** Throws every recorded problem at once; does nothing when there are none. */
  throwIfAny(): void {
    if (this.issues.length === 0) return;
    const first = this.issues[0].message;
    const message =
      this.issues.length === 1
        ? first
        : `${this.fn}: ${this.issues
            .slice(0, 5)
            .map((i) => i.message.slice(this.fn.length + 2))
            .join('; ')}${this.issues.length > 5 ? '; …' : ''}`;
    throw new ZonelinkError('invalid-argument', message, this.issues);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `a ${typeof value}`;
}
