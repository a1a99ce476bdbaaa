export { modularity, modularityOptions, type ModularityOptions } from './modularity.js';
export { leiden, leidenOptions, type LeidenOptions, type LeidenResult, type LeidenObjective, type CommunityResult } from './leiden.js';
export { louvain, louvainOptions, type LouvainOptions } from './louvain.js';
export {
  consensusPartition,
  consensusPartitionOptions,
  type ConsensusPartitionOptions,
  type ConsensusPartitionResult,
} from './consensus-partition.js';
export { nmi, adjustedRandIndex } from './partition-comparison.js';
export { eiIndex, eiIndexOptions, type EiIndexOptions, type EiIndexResult, type GroupEiIndex } from './ei-index.js';
export type { Partition } from './read-partition.js';
export { partitionQuality, type PartitionQuality } from './partition-quality.js';
export { labelPropagation, labelPropagationOptions, type LabelPropagationOptions, type LabelPropagationResult } from './label-propagation.js';
