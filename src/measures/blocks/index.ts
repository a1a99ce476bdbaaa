export { structuralEquivalence, structuralEquivalenceOptions, type StructuralEquivalenceMethod, type StructuralEquivalenceOptions } from './structural-equivalence.js';
export { concor, concorOptions, type ConcorOptions, type ConcorResult, type ConcorTree } from './concor.js';
export { blockModel, blockModelOptions, type BlockCriterion, type BlockModelOptions, type BlockModelResult } from './block-model.js';
export {
  blockRoles,
  blockRolesOptions,
  BLOCK_ROLE_NAMES_ZH,
  BLOCK_ROLE_BURT,
  type BlockRole,
  type BlockRoleRow,
  type BlockRolesOptions,
} from './block-roles.js';
