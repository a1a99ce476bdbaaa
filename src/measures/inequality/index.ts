export { lorenz, lorenzAt, type LorenzCurve, type LorenzOptions } from './lorenz.js';
export { gini, type GiniOptions, type GiniCorrection } from './gini.js';
export { generalizedEntropy, theilT, theilL, type GeneralizedEntropyOptions } from './generalized-entropy.js';
export {
  theilDecomposition,
  type TheilDecomposition,
  type TheilDecompositionOptions,
  type GroupContribution,
  type NestedTheilDecomposition,
} from './theil-decomposition.js';
export { dagumGini, type DagumGiniResult, type DagumGiniOptions } from './dagum-gini.js';
export { atkinson, type AtkinsonOptions } from './atkinson.js';
export { coefficientOfVariation, type CoefficientOfVariationOptions } from './coefficient-of-variation.js';
export { williamson, type WilliamsonOptions } from './williamson.js';
export { hoover } from './hoover.js';
export { locationQuotient, locationQuotients } from './location-quotient.js';
export { hhi, type HhiOptions } from './hhi.js';
export { rosenbluth } from './rosenbluth.js';
export { concentrationRatio } from './concentration-ratio.js';
export { primacy, type PrimacyResult } from './primacy.js';
export type { GroupLabel } from './group-units.js';
