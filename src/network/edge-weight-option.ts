import { customOption } from '../options/option-spec.js';
import type { EdgeWeight } from './compact-adjacency.js';

const EDGE_WEIGHT_TYPE = 'an edge attribute name, a function (edge, attributes, source, target) → number, or null';

/**
 * The declaration of the `weight` option of every weighted measure: an edge
 * attribute name (default `'weight'`), a function `(edge, attributes, source,
 * target) → number`, or `null` for unweighted (every edge counts 1). `meaning`
 * says how the measure reads a weight (a strength, or a length with
 * `distance: 'inverse'`), for the generated docs.
 *
 * @example
 * const pagerankOptions = defineOptions('pagerank', { weight: edgeWeightOption('a strength: the walker follows edges in proportion to it') });
 */
export function edgeWeightOption(meaning: string) {
  return customOption<EdgeWeight>({
    type: EDGE_WEIGHT_TYPE,
    doc: `Edge weight, read as ${meaning}; null = unweighted.`,
    default: 'weight',
    check: (value) => (value === null || (typeof value === 'string' && value.length > 0) || typeof value === 'function' ? undefined : EDGE_WEIGHT_TYPE),
  });
}
