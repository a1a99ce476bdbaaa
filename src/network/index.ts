export { buildNetwork, isZoneNetwork, type ZoneNetwork, type ZoneNodeAttributes, type LinkageAttributes, type ZoneNetworkAttributes } from './zone-network.js';
export * from './layer.js';
export * from './snapshot.js';
export * from './subnetwork.js';
export * from './project.js';
export type { LinkageWeightOption } from './linkage-weight.js';
export * from './city-network.js';
export * from './compact-adjacency.js';
export * from './columns-adjacency.js';
