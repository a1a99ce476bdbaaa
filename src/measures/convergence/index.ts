export type { PanelSeries } from './panel-series.js';
export { sigmaConvergence, sigmaConvergenceOptions, type SigmaConvergenceOptions, type SigmaConvergenceResult, type SigmaPeriod } from './sigma-convergence.js';
export { markovTransitions, markovTransitionsOptions, type MarkovOptions, type MarkovResult } from './markov-transitions.js';
export { spatialMarkov, spatialMarkovOptions, type SpatialMarkovOptions, type SpatialMarkovResult, type LagConditionedChain } from './spatial-markov.js';
export { steadyState, type SteadyStateResult } from './steady-state.js';
export type { MarkovHomogeneity } from './markov-homogeneity.js';
