import { invalidArgument } from '../../error/zonelink-error.js';
import { upperNormalTail } from '../../statistics/standard-normal.js';
import type { PermutationTestResult } from '../../statistics/permutation-test.js';
import { booleanOption, choiceOption, numberOption } from '../../options/option-spec.js';

/** The alternative hypothesis of a spatial autocorrelation test. */
export type Alternative = 'greater' | 'less' | 'two-sided';

/** The declaration of `alternative` with the measure's own default (the spdep default of the matching function). */
export function alternativeOption(fallback: Alternative, doc: string) {
  return choiceOption(['greater', 'less', 'two-sided'] as const, { doc, default: fallback });
}

/** The declaration of `zeroPolicy`, shared by the spatial statistics (spdep's zero.policy). */
export const zeroPolicyOption = booleanOption({
  doc: "Allow units without neighbours (lag 0; not counted in n by the global statistics), as spdep's zero.policy; otherwise such a unit is an error.",
  default: false,
});

/** The declaration of `alpha`, the significance level of the local statistics' classes. */
export const significanceOption = numberOption({ doc: 'Significance level below which a unit is classed (cluster or spot).', default: 0.05, above: 0, below: 1 });

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
