import type { Accessibility } from '../schema/accessibility.js';
import type { AccessibilityMode } from '../schema/taxonomy.js';
import { accessibilityPairsFor } from './accessibility-pairs-for.js';
import type { Dataset } from '../schema/dataset.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { booleanOption, customOption } from '../options/option-spec.js';

const MODES_TYPE = 'an array of accessibility modes';

/**
 * The declarations of the options of {@link accessibilityPairs}, shared with
 * `accessibilityGraph` (which filters the pairs the same way).
 */
export const accessibilityPairsOptionSpecs = {
  /** Keep only pairs of these transport modes. Default: every pair. */
  modes: customOption<readonly AccessibilityMode[]>({
    type: MODES_TYPE,
    doc: 'Keep only pairs of these transport modes (`high-speed-rail`, …).',
    defaultText: 'every pair',
    check: (value) => (Array.isArray(value) ? undefined : MODES_TYPE),
  }),
  /** Keep planning targets (`planned: true`)? Default `true`. */
  includePlanned: booleanOption({ doc: 'Keep planning targets (pairs with `planned: true`).', default: true }),
};

/** The declared options of {@link accessibilityPairs} (checks, defaults and docs/options.md come from here). */
export const accessibilityPairsOptions = defineOptions('accessibilityPairs', accessibilityPairsOptionSpecs);

/** Options of {@link accessibilityPairs}, declared in {@link accessibilityPairsOptions} (see docs/options.md#accessibilitypairs). */
export type AccessibilityPairsOptions = OptionsOf<typeof accessibilityPairsOptions>;

/**
 * The accessibility pairs of a dataset (travel times and transport links), for
 * measures that need distances or spatial weights — never as linkages:
 * `buildNetwork` ignores them, so no centrality or community of the linkage
 * network ever counts a rail line or a travel-time circle.
 *
 * Returns copies of the records, in dataset order, filtered by `modes` and
 * `includePlanned`. A dataset without an accessibility table gives `[]`.
 *
 * @throws ZonelinkError `invalid-argument` when `dataset` is not a dataset, or an option is invalid or unknown (`modes` not an array …).
 * @example
 * const hsr = accessibilityPairs(china, { modes: ['high-speed-rail'] });
 * hsr.every((p) => p.mode === 'high-speed-rail'); // true
 */
export function accessibilityPairs(dataset: Dataset, options: AccessibilityPairsOptions = {}): Accessibility[] {
  return accessibilityPairsFor('accessibilityPairs', dataset, accessibilityPairsOptions.read(options));
}
