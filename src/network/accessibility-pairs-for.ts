import { checkDatasetShape, describeValue } from '../error/argument-checks.js';
import { invalidArgument } from '../error/zonelink-error.js';
import type { Accessibility } from '../schema/accessibility.js';
import type { Dataset } from '../schema/dataset.js';
import type { AccessibilityPairsOptions } from './accessibility-pairs.js';

/**
 * {@link accessibilityPairs} with its errors naming `caller`, so that
 * accessibilityGraph reports a bad dataset or `modes` under its own name.
 * Internal: not exported from the package; `options` is already read by the
 * caller's declared options (`accessibilityPairsOptions`, `accessibilityGraphOptions`).
 */
export function accessibilityPairsFor(caller: string, dataset: Dataset, options: AccessibilityPairsOptions): Accessibility[] {
  checkDatasetShape(caller, dataset);
  const { modes, includePlanned = true } = options;
  const table: unknown = dataset.accessibility;
  if (table !== undefined && !Array.isArray(table)) invalidArgument(caller, `dataset.accessibility must be an array, got ${describeValue(table)}`, { field: 'accessibility' });
  const wanted = modes === undefined ? undefined : new Set<string>(modes);
  return (dataset.accessibility ?? [])
    .filter((p) => (wanted === undefined || (p.mode !== undefined && wanted.has(p.mode))) && (includePlanned || !p.planned))
    .map((p) => structuredClone(p));
}
