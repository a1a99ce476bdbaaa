export { structuralEquivalence, type StructuralEquivalenceMethod, type StructuralEquivalenceOptions } from './structural-equivalence.js';
export { concor, type ConcorOptions, type ConcorResult, type ConcorTree } from './concor.js';
export { blockModel, type BlockCriterion, type BlockModelOptions, type BlockModelResult } from './block-model.js';
export {
  blockRoles,
  BLOCK_ROLE_NAMES_ZH,
  BLOCK_ROLE_BURT,
  type BlockRole,
  type BlockRoleRow,
  type BlockRolesOptions,
} from './block-roles.js';
