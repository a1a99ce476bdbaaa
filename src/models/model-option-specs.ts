import { customOption, numberOption, stringOption } from '../options/option-spec.js';
import type { DistanceSpec } from './distance-matrix.js';
import type { LinkageThreshold } from './model-linkages.js';
import type { MassSpec } from './node-masses.js';

const THRESHOLD_TYPE = "{ topK: integer ≥ 1 }, { quantile: number in [0, 1] } or 'mean'";
const DISTANCE_TYPE = "'great-circle', an n × n matrix in node order, or a function (a, b) → distance";
const MASS_TYPE = 'an object { node id: number ≥ 0 }, a function (node, index) → number, or { indicator, indicatorYear }';

/**
 * The declarations of the options every linkage-estimating model shares
 * (`gravityLinkages`, `radiationFlows`, `interlockingNetwork`): the linkage
 * `mode` the estimated links get (required), the `threshold` of the links kept
 * and the `startYear` stamped on them. The mode's spelling and the threshold's
 * values are checked by the model (parseMode, applyThreshold).
 *
 * @example
 * const interlockingNetworkOptions = defineOptions('interlockingNetwork', { ...modelLinkageOptionSpecs });
 */
export const modelLinkageOptionSpecs = {
  mode: stringOption({
    doc: 'Required. The linkage mode the estimated links get (any accepted spelling of resource-factor, industrial-chain or cross-regional).',
    defaultText: 'none (required)',
  }),
  threshold: customOption<LinkageThreshold>({
    type: THRESHOLD_TYPE,
    doc: "Which links to keep: each node's `topK` strongest (a pair is kept when among the k strongest of either end; arcs by their source), those at or above the `quantile` q of all candidate values (type 7), or those at or above the `'mean'`. Zero values are never kept.",
    defaultText: 'every link with a value > 0',
    check: (value) => (value === 'mean' || (typeof value === 'object' && value !== null && !Array.isArray(value)) ? undefined : THRESHOLD_TYPE),
  }),
  startYear: numberOption({ doc: 'Stamped on every estimated linkage as `startYear`.', defaultText: 'none', integer: true }),
};

/**
 * The declaration of `distance`, shared by the spatial interaction models
 * (`gravityLinkages`, `radiationFlows`); matrix cells and function values are
 * checked by the model.
 *
 * @example
 * const radiationFlowsOptions = defineOptions('radiationFlows', { distance: modelDistanceOption });
 */
export const modelDistanceOption = customOption<DistanceSpec>({
  type: DISTANCE_TYPE,
  doc: "Distance: `'great-circle'` (km from each node's `coordinates`), an n × n matrix in node order (travel time, road km …), or a function of two nodes.",
  default: 'great-circle',
  check: (value) => (value === 'great-circle' || Array.isArray(value) || typeof value === 'function' ? undefined : DISTANCE_TYPE),
});

/**
 * A mass rule option of a model (`meaning` says which mass), checked for its
 * shape; the value of every node is checked by the model (`resolveMass`).
 *
 * @example
 * const population = massOption('Required. Population m_i.', 'none (required)');
 */
export function massOption(doc: string, defaultText: string) {
  return customOption<MassSpec>({
    type: MASS_TYPE,
    doc,
    defaultText,
    check: (value) => (typeof value === 'function' || (typeof value === 'object' && value !== null && !Array.isArray(value)) ? undefined : MASS_TYPE),
  });
}
