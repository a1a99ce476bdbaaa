import { customOption, numberOption } from '../options/option-spec.js';
import type { LinkageWeight } from './network-contents.js';

const LINKAGE_WEIGHT_TYPE = 'a linkage attribute name, a function (id, attributes, source, target) → number, or null';

/**
 * The declarations of `year` and `weight` of every measure that reads a
 * ZoneNetwork's linkages through `readNetwork` (`findOnePlusN`,
 * `evaluateArrangement`, `siphonEffect`, `segmentation` …), so that both mean
 * the same in each: `year` is the snapshot year (zones approved by it, linkages
 * active in it), `weight` how a linkage's weight is read.
 *
 * @example
 * const segmentationOptions = defineOptions('segmentation', { ...linkageReadOptionSpecs });
 */
export const linkageReadOptionSpecs = {
  year: numberOption({
    doc: 'The snapshot year: analyse the network as it stood in this year (`snapshot`: zones approved by it, linkages active in it, undated ones kept).',
    defaultText: 'the whole network',
    integer: true,
  }),
  weight: customOption<LinkageWeight>({
    type: LINKAGE_WEIGHT_TYPE,
    doc: 'Linkage weight (a strength): attribute name, a function (id, attributes, source, target) → number of the linkage, or null (every linkage 1).',
    default: 'weight',
    check: (value) => (value === null || (typeof value === 'string' && value.length > 0) || typeof value === 'function' ? undefined : LINKAGE_WEIGHT_TYPE),
  }),
};
