export type { MultiplexInput, MultiplexOptions } from './multiplex-layers.js';
export { overlappingDegree, type OverlappingDegreeResult } from './overlapping-degree.js';
export {
  multiplexParticipation,
  type MultiplexParticipationOptions,
  type MultiplexParticipationResult,
  type ParticipationClass,
} from './multiplex-participation.js';
export { edgeOverlap, type EdgeOverlapResult, type PairOverlap, type LayerPairOverlap } from './edge-overlap.js';
export { layerCentralityComparison, type LayerCentralityOptions, type LayerCentralityComparison } from './layer-centrality-comparison.js';
export { spearmanCorrelation, kendallTau } from './rank-correlation.js';
