import type { Accessibility } from '../schema/accessibility.js';
import type { AccessibilityMode } from '../schema/taxonomy.js';
import { accessibilityPairsFor } from './accessibility-pairs-for.js';
import type { Dataset } from '../schema/dataset.js';
import { checkOptions } from '../error/argument-checks.js';

/** Options of {@link accessibilityPairs}. */
export interface AccessibilityPairsOptions {
  /** Keep only pairs of these transport modes. Default: every pair. */
  modes?: readonly AccessibilityMode[];
  /** Keep planning targets (`planned: true`)? Default `true`. */
  includePlanned?: boolean;
}

/**
 * The accessibility pairs of a dataset (travel times and transport links), for
 * measures that need distances or spatial weights — never as linkages:
 * `buildNetwork` ignores them, so no centrality or community of the linkage
 * network ever counts a rail line or a travel-time circle.
 *
 * Returns copies of the records, in dataset order, filtered by `modes` and
 * `includePlanned`. A dataset without an accessibility table gives `[]`.
 *
 * @throws ZonelinkError `invalid-argument` when `dataset` is not a dataset or `modes` is not an array.
 * @example
 * const hsr = accessibilityPairs(china, { modes: ['high-speed-rail'] });
 * hsr.every((p) => p.mode === 'high-speed-rail'); // true
 */
export function accessibilityPairs(dataset: Dataset, options: AccessibilityPairsOptions = {}): Accessibility[] {
  checkOptions('accessibilityPairs', options);
  return accessibilityPairsFor('accessibilityPairs', dataset, options);
}
