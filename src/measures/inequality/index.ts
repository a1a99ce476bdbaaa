export { lorenz, lorenzAt, lorenzOptions, type LorenzCurve, type LorenzOptions } from './lorenz.js';
export { gini, giniOptions, type GiniOptions, type GiniCorrection } from './gini.js';
export {
  generalizedEntropy,
  generalizedEntropyOptions,
  theilT,
  theilTOptions,
  theilL,
  theilLOptions,
  type GeneralizedEntropyOptions,
  type TheilTOptions,
  type TheilLOptions,
} from './generalized-entropy.js';
export {
  theilDecomposition,
  theilDecompositionOptions,
  type TheilDecomposition,
  type TheilDecompositionOptions,
  type GroupContribution,
  type NestedTheilDecomposition,
} from './theil-decomposition.js';
export { dagumGini, dagumGiniOptions, type DagumGiniResult, type DagumGiniOptions } from './dagum-gini.js';
export { atkinson, atkinsonOptions, type AtkinsonOptions } from './atkinson.js';
export { coefficientOfVariation, coefficientOfVariationOptions, type CoefficientOfVariationOptions } from './coefficient-of-variation.js';
export { williamson, williamsonOptions, type WilliamsonOptions } from './williamson.js';
export { hoover } from './hoover.js';
export { locationQuotient, locationQuotients } from './location-quotient.js';
export { hhi, hhiOptions, type HhiOptions } from './hhi.js';
export { rosenbluth } from './rosenbluth.js';
export { concentrationRatio } from './concentration-ratio.js';
export { primacy, type PrimacyResult } from './primacy.js';
export type { GroupLabel } from './group-units.js';
