import { customOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';
import type { PathDistance } from '../centrality/distance-adjacency.js';

const DISTANCE_TYPE = "'weight', 'inverse' or null";

/**
 * The declarations of `weight` and `distance`, the two options that turn edge
 * weights into path lengths (see `PathDistance`), shared by the shortest-path
 * measures so that both mean the same in each.
 *
 * @example
 * const pathLengthSummaryOptions = defineOptions('pathLengthSummary', { ...pathLengthOptionSpecs });
 */
export const pathLengthOptionSpecs = {
  weight: edgeWeightOption("a length when `distance: 'weight'`, a strength with length 1/w when `distance: 'inverse'`"),
  distance: customOption<PathDistance>({
    type: DISTANCE_TYPE,
    doc: "How weights become path lengths: `'weight'` the weight is the length (> 0); `'inverse'` the weight is a strength and the length is 1/w (weight 0 = no edge); `null` hop count (every edge length 1).",
    default: 'weight',
    check: (value) => (value === 'weight' || value === 'inverse' || value === null ? undefined : DISTANCE_TYPE),
  }),
};
