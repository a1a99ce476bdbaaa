export { degree, degreeOptions, strength, strengthOptions, type DegreeMode, type DegreeOptions, type StrengthOptions } from './degree.js';
export { betweenness, betweennessOptions, type BetweennessOptions } from './betweenness.js';
export { edgeBetweenness, edgeBetweennessOptions, type EdgeBetweennessOptions } from './edge-betweenness.js';
export { approximateBetweenness, approximateBetweennessOptions, type ApproximateBetweennessOptions } from './approximate-betweenness.js';
export { closeness, closenessOptions, type ClosenessOptions, type ClosenessDisconnectedRule } from './closeness.js';
export { harmonic, harmonicOptions, type HarmonicOptions } from './harmonic.js';
export { eigenvector, eigenvectorOptions, type EigenvectorOptions } from './eigenvector.js';
export { pagerank, pagerankOptions, type PageRankOptions } from './pagerank.js';
export { hits, hitsOptions, type HitsOptions, type HitsResult, type HitsVectorResult } from './hits.js';
export { katz, katzOptions, type KatzOptions } from './katz.js';
export {
  freemanCentralization,
  freemanCentralizationOptions,
  type CentralizationMeasure,
  type FreemanCentralizationOptions,
} from './freeman-centralization.js';
export { density, densityOptions, type DensityOptions } from './density.js';
export { pathLengthOptionSpecs, type PathDistance, type PathLengthOptions } from './distance-adjacency.js';
export { iterationOptionSpecs, type IterationOptions, type IterativeResult } from './iteration-options.js';
export type { VectorScale } from './vector-scale.js';
export type { CentralityOutput, NodeVector, IterativeVectorResult, OutputOptions, VectorOutput, RecordOutput } from './centrality-output.js';
export { nodeVectorRecord } from './node-vector-record.js';
