import { describeValue } from '../error/argument-checks.js';
import type { ZonelinkIssue } from '../error/zonelink-error.js';

/**
 * One `invalid-argument` issue naming `caller`: `field` must be `expected`, got
 * `value` — a number as written (`NaN`, `-1`), anything else described (`null`,
 * `an empty string`, `a string`, `a Graph`: never echoed, as it may be huge or hostile) — the shape of
 * every argument problem of the `zonelink/node` entry, so that a caller sees them
 * all in one error.
 */
export function argumentIssue(caller: string, field: string, expected: string, value: unknown): ZonelinkIssue {
  const got = typeof value === 'number' ? String(value) : value === '' ? 'an empty string' : describeValue(value);
  return { code: 'invalid-argument', message: `${caller}: ${field} must be ${expected}, got ${got}`, field, expected, ...(typeof value === 'number' ? { value } : {}) };
}
