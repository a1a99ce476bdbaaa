import { booleanOption, choiceOption, customOption } from '../../options/option-spec.js';
import type { OnePlusNThresholds } from './hub-group-metrics.js';

const THRESHOLD_KEYS = ['hubDominance', 'spokeShare', 'spokeDensity', 'hubZ'];
const THRESHOLDS_TYPE = 'an object { hubDominance?, spokeShare?, spokeDensity?, hubZ? } of numbers';
const MASS_TYPE = 'an object { node id: number ≥ 0 }';

/**
 * The declarations of the options the "1+N" measures share (`hubGroupMetrics`,
 * `findOnePlusN`, `evaluateArrangement`): the classification `thresholds`, the
 * `strengthScope` of the spoke share to hub and the node `mass`, so that each
 * means the same in all of them. Masses are checked against the group's nodes
 * by the measure.
 *
 * @example
 * const hubGroupMetricsOptions = defineOptions('hubGroupMetrics', { ...onePlusNOptionSpecs });
 */
export const onePlusNOptionSpecs = {
  thresholds: customOption<OnePlusNThresholds>({
    type: THRESHOLDS_TYPE,
    doc: 'Classification thresholds: minimum hub dominance HD (0.8), minimum spoke share to hub SSH (0.5), maximum spoke–spoke density (0.2), and the z-score of within-group strength from which a node is a hub (2.5).',
    defaultText: '{ hubDominance: 0.8, spokeShare: 0.5, spokeDensity: 0.2, hubZ: 2.5 }',
    check: (value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return THRESHOLDS_TYPE;
      for (const [key, v] of Object.entries(value)) {
        if (v === undefined) continue;
        if (!THRESHOLD_KEYS.includes(key) || typeof v !== 'number' || Number.isNaN(v)) return THRESHOLDS_TYPE;
      }
      return undefined;
    },
  }),
  strengthScope: choiceOption(['graph', 'group'] as const, {
    doc: "Denominator of the spoke share to hub: `'graph'` = each spoke's total strength in the whole graph; `'group'` = its strength within the group.",
    default: 'graph',
  }),
  mass: customOption<Record<string, number>>({
    type: MASS_TYPE,
    doc: 'A mass per node (GDP …): tie-break of the hub choice (after provincial capitals) and the size of the dominant-flow test; must cover every node of a group.',
    defaultText: 'none',
    check: (value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : MASS_TYPE),
  }),
};

/**
 * The declaration of `directed` of the "1+N" measures that project a ZoneNetwork
 * (`findOnePlusN`, `evaluateArrangement`).
 *
 * @example
 * const evaluateArrangementOptions = defineOptions('evaluateArrangement', { directed: projectDirectedOption });
 */
export const projectDirectedOption = booleanOption({
  doc: 'Project linkages as directed arcs (undirected linkages become both arcs); false projects an undirected network.',
  default: false,
});
