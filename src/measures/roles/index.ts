export {
  guimeraAmaralRoles,
  guimeraAmaralRoleNames,
  type GuimeraAmaralOptions,
  type GuimeraAmaralRole,
  type NodeRole,
} from './guimera-amaral-roles.js';
