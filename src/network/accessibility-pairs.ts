import { invalidArgument } from '../error/zonelink-error.js';
import type { Accessibility } from '../schema/accessibility.js';
import type { AccessibilityMode } from '../schema/taxonomy.js';
import type { Dataset } from '../schema/dataset.js';

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
 * @throws ZonelinkError `invalid-argument` when `modes` is not an array.
 * @example
 * const hsr = accessibilityPairs(china, { modes: ['high-speed-rail'] });
 * hsr.every((p) => p.mode === 'high-speed-rail'); // true
 */
export function accessibilityPairs(dataset: Dataset, options: AccessibilityPairsOptions = {}): Accessibility[] {
  const { modes, includePlanned = true } = options;
  if (modes !== undefined && !Array.isArray(modes)) invalidArgument('accessibilityPairs', 'modes must be an array of accessibility modes', { field: 'modes', value: modes });
  const wanted = modes === undefined ? undefined : new Set<string>(modes);
  return (dataset.accessibility ?? [])
    .filter((p) => (wanted === undefined || (p.mode !== undefined && wanted.has(p.mode))) && (includePlanned || !p.planned))
    .map((p) => structuredClone(p));
}
