export { gravityLinkages, gravityLinkagesOptions, type GravityOptions, type GravityResult } from './gravity-linkages.js';
export { radiationFlows, radiationFlowsOptions, type RadiationOptions, type RadiationResult } from './radiation-flows.js';
export { interlockingNetwork, interlockingNetworkOptions, type ServiceValues, type InterlockingOptions, type InterlockingResult } from './interlocking-network.js';
export type { ModelNode, MassSpec } from './node-masses.js';
export type { DistanceSpec, IntraCityDistance } from './distance-matrix.js';
export type { LinkageThreshold } from './model-linkages.js';
