export {
  guimeraAmaralRoles,
  guimeraAmaralRolesOptions,
  guimeraAmaralRoleNames,
  type GuimeraAmaralOptions,
  type GuimeraAmaralRole,
  type NodeRole,
} from './guimera-amaral-roles.js';
