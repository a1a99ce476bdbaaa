import { ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { ReportSchema, type Report } from '../report-schema.js';

/**
 * Checks `report` against {@link ReportSchema} and throws a `ZonelinkError`
 * (`invalid-argument`) naming `fn` and listing every problem with its path
 * (`rankings[0].top[2].value: expected number, received NaN`). Returns the report unchanged.
 */
export function validateReport(report: unknown, fn: string): Report {
  const result = ReportSchema.safeParse(report);
  if (result.success) return report as Report;
  const issues: ZonelinkIssue[] = result.error.issues.map((issue) => {
    const path = issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
    const index = [...issue.path].reverse().find((key): key is number => typeof key === 'number');
    return {
      code: 'invalid-report',
      message: `${fn}: report${path ? `.${path}`.replace('.[', '[') : ''}: ${issue.message}`,
      field: path || undefined,
      ...(index !== undefined ? { index } : {}),
    };
  });
  const shown = issues.slice(0, 5).map((i) => i.message.slice(fn.length + 2)).join('; ');
  throw new ZonelinkError('invalid-argument', `${fn}: not a zonelink report: ${shown}${issues.length > 5 ? '; …' : ''}`, issues);
}
