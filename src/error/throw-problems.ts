import { ZonelinkError, type ZonelinkIssue } from './zonelink-error.js';

/**
 * Throws every problem of one call together in one `ZonelinkError` (code
 * `invalid-argument`), returning when there is none: a single problem is the
 * error's message; several are listed by field, as "`caller`: invalid `what`:
 * a, b" (the error adds the count). The one rule of `defineOptions`' `read`, the
 * measures that add their own option checks to its `collect`, and the argument
 * checks of the `zonelink/node` entry.
 *
 * @example
 * throwProblems('walk', 'options', []); // returns
 * throwProblems('walk', 'options', [a, b]); // throws "walk: invalid options: alpha, steps (2 problems)"
 */
export function throwProblems(caller: string, what: 'options' | 'arguments', issues: readonly ZonelinkIssue[]): void {
  if (issues.length === 0) return;
  const message = issues.length === 1 ? issues[0].message : `${caller}: invalid ${what}: ${issues.map((i) => i.field ?? i.code).join(', ')}`;
  throw new ZonelinkError('invalid-argument', message, [...issues]);
}
