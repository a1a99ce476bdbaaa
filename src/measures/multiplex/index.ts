export { multiplexOptionSpecs, type MultiplexInput, type MultiplexOptions } from './multiplex-layers.js';
export { overlappingDegree, overlappingDegreeOptions, type OverlappingDegreeOptions, type OverlappingDegreeResult } from './overlapping-degree.js';
export {
  multiplexParticipation,
  multiplexParticipationOptions,
  type MultiplexParticipationOptions,
  type MultiplexParticipationResult,
  type ParticipationClass,
} from './multiplex-participation.js';
export { edgeOverlap, edgeOverlapOptions, type EdgeOverlapOptions, type EdgeOverlapResult, type PairOverlap, type LayerPairOverlap } from './edge-overlap.js';
export { layerCentralityComparison, layerCentralityComparisonOptions, type LayerCentralityOptions, type LayerCentralityComparison } from './layer-centrality-comparison.js';
export { spearmanCorrelation, kendallTau } from './rank-correlation.js';
