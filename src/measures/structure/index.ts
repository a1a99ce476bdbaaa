export { coreNumbers, type CoreNumbersOptions } from './core-numbers.js';
export { kTruss, type KTrussResult } from './k-truss.js';
export { richClub, type RichClubOptions } from './rich-club.js';
export {
  corePeriphery,
  type CorePeripheryOptions,
  type DiscreteCorePeriphery,
  type ContinuousCorePeriphery,
} from './core-periphery.js';
export { constraint, effectiveSize, efficiency, type StructuralHolesOptions } from './structural-holes.js';
export { disparityBackbone, type DisparityBackboneOptions, type DisparityBackboneResult } from './disparity-backbone.js';
