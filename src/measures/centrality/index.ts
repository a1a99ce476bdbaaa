export { degree, strength, type DegreeMode, type DegreeOptions, type StrengthOptions } from './degree.js';
export { betweenness, type BetweennessOptions } from './betweenness.js';
export { edgeBetweenness, type EdgeBetweennessOptions } from './edge-betweenness.js';
export { approximateBetweenness, type ApproximateBetweennessOptions } from './approximate-betweenness.js';
export { closeness, type ClosenessOptions, type ClosenessDisconnectedRule } from './closeness.js';
export { harmonic, type HarmonicOptions } from './harmonic.js';
export { eigenvector, type EigenvectorOptions } from './eigenvector.js';
export { pagerank, pagerankOptions, type PageRankOptions } from './pagerank.js';
export { hits, type HitsOptions, type HitsResult } from './hits.js';
export { katz, type KatzOptions } from './katz.js';
export {
  freemanCentralization,
  type CentralizationMeasure,
  type FreemanCentralizationOptions,
} from './freeman-centralization.js';
export { density, type DensityOptions } from './density.js';
export type { PathDistance, PathLengthOptions } from './distance-adjacency.js';
export { iterationOptionSpecs, type IterationOptions, type IterativeResult } from './iteration-options.js';
export type { VectorScale } from './vector-scale.js';
