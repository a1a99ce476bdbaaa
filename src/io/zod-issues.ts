import type { z } from 'zod';
import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { clipText, DEFAULT_ECHO_LENGTH } from '../error/clip-text.js';

/**
 * Turns zod issues into zonelink issues with a stable `code`, the offending
 * value and what was expected. `locate` adds the position (file, row, column,
 * id) from the issue's path.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  locate: (path: readonly PropertyKey[]) => Partial<ZonelinkIssue>,
): ZonelinkIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors.length > 0) {
      // A discriminated union with a valid discriminator reports its branch's issues.
      return fromZodIssues(issue.errors.flat(), (p) => locate([...issue.path, ...p]));
    }
    const where = locate(issue.path);
    const field = issue.path.filter((k) => typeof k === 'string').join('.');
    let input = (issue as { input?: unknown }).input;
    const discriminator = issue.code === 'invalid_union' ? (issue as { discriminator?: string }).discriminator : undefined;
    if (discriminator !== undefined && input && typeof input === 'object') {
      // No branch matches the discriminator (`kind`): report its value, not the whole record.
      input = (input as Record<string, unknown>)[discriminator];
    }
    const params = (issue as { params?: { zonelinkCode?: string; expected?: string } }).params;
    const code = params?.zonelinkCode ?? zonelinkCode(issue, input);
    const expected = params?.expected ?? expectedOf(issue);
    const place = [where.file, where.row !== undefined ? `row ${where.row}` : undefined, where.column ? `column "${clipText(where.column)}"` : undefined, where.index !== undefined ? `item ${where.index}` : undefined, where.id ? `id ${clipText(where.id)}` : undefined]
      .filter(Boolean)
      .join(', ');
    const named = where.field ?? field;
    // a path holds keys from the input (indicators.<year>.<name>); zonelink's own
    // messages clip what they echo, zod's are bounded — the outer clip is a backstop
    const message = `${place ? `${place}: ` : ''}${named ? `${clipText(named)}: ` : ''}${input === undefined && issue.code === 'invalid_type' ? 'missing' : clipText(issue.message, 2 * DEFAULT_ECHO_LENGTH + 200)}`;
    return [{ code, message, field: field || undefined, value: input, expected, ...where }];
  });
}

function zonelinkCode(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'missing-field';
      if (typeof input === 'number' && !Number.isFinite(input)) return 'non-finite-number';
      return 'invalid-type';
    case 'too_small':
    case 'too_big':
      return 'out-of-range';
    case 'invalid_value':
      return 'invalid-value';
    case 'invalid_union':
      if ((issue as { discriminator?: string }).discriminator !== undefined) return input === undefined ? 'missing-field' : 'invalid-value';
      return 'invalid-union';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_format':
      return 'invalid-format';
    default:
      return issue.code.replace(/_/g, '-');
  }
}

function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'too_small':
      return `${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return `${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return issue.values.map(String).join(' | ');
    case 'invalid_union':
      return (issue as { options?: unknown[] }).options?.map(String).join(' | ');
    default:
      return undefined;
  }
}
