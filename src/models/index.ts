export { gravityLinkages, type GravityOptions, type GravityResult } from './gravity-linkages.js';
export { radiationFlows, type RadiationOptions, type RadiationResult } from './radiation-flows.js';
export { interlockingNetwork, type ServiceValues, type InterlockingOptions, type InterlockingResult } from './interlocking-network.js';
export type { ModelNode, MassSpec } from './node-masses.js';
export type { DistanceSpec, IntraCityDistance } from './distance-matrix.js';
export type { LinkageThreshold } from './model-linkages.js';
