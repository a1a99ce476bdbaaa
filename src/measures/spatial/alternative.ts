import { invalidArgument } from '../../error/zonelink-error.js';
import { upperNormalTail } from '../../statistics/standard-normal.js';
import type { PermutationTestResult } from '../../statistics/permutation-test.js';

/** The alternative hypothesis of a spatial autocorrelation test. */
export type Alternative = 'greater' | 'less' | 'two-sided';

/** Validates an `alternative` option (internal). */
export function readAlternative(caller: string, value: unknown, fallback: Alternative): Alternative {
  const a = value ?? fallback;
  if (a !== 'greater' && a !== 'less' && a !== 'two-sided') {
    invalidArgument(caller, `alternative must be 'greater', 'less' or 'two-sided', got ${String(a)}`, { field: 'alternative', value: a });
  }
  return a;
}

/** Normal p-value of a standard deviate: 1 − Φ(z), Φ(z) or 2(1 − Φ(|z|)) as R's pnorm (internal). */
export function normalPValue(z: number, alternative: Alternative): number {
  if (alternative === 'greater') return upperNormalTail(z);
  if (alternative === 'less') return upperNormalTail(-z);
  return 2 * upperNormalTail(Math.abs(z));
}

/** Pseudo p-value of a permutation test: p₊, p₋, or min(1, 2·min(p₊, p₋)) (internal). */
export function permutationPValue(test: PermutationTestResult, alternative: Alternative): number {
  const greater = test.pGreater as number;
  const less = test.pLess as number;
  if (alternative === 'greater') return greater;
  if (alternative === 'less') return less;
  return Math.min(1, 2 * Math.min(greater, less));
}
