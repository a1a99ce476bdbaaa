export { coreNumbers, coreNumbersOptions, type CoreNumbersOptions } from './core-numbers.js';
export { kTruss, kTrussOptions, type KTrussOptions, type KTrussResult } from './k-truss.js';
export { richClub, richClubOptions, type RichClubOptions } from './rich-club.js';
export {
  corePeriphery,
  corePeripheryOptions,
  type CorePeripheryOptions,
  type DiscreteCorePeriphery,
  type ContinuousCorePeriphery,
} from './core-periphery.js';
export {
  constraint,
  constraintOptions,
  effectiveSize,
  effectiveSizeOptions,
  efficiency,
  efficiencyOptions,
  type StructuralHolesOptions,
} from './structural-holes.js';
export { disparityBackbone, disparityBackboneOptions, type DisparityBackboneOptions, type DisparityBackboneResult } from './disparity-backbone.js';
