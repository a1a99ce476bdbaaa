export { dominantFlowRegions, dominantFlowRegionsOptions, type DominantFlowOptions, type DominantFlowResult, type NodalRegion } from './dominant-flow.js';
export {
  hubGroupMetrics,
  hubGroupMetricsOptions,
  type HubGroupMetrics,
  type HubGroupMetricsOptions,
  type OnePlusNClass,
  type OnePlusNThresholds,
} from './hub-group-metrics.js';
export {
  findOnePlusN,
  findOnePlusNOptions,
  evaluateArrangement,
  evaluateArrangementOptions,
  DECLARED_ARRANGEMENTS,
  type CandidateGroups,
  type FindOnePlusNOptions,
  type FindOnePlusNResult,
  type OnePlusNGroup,
  type SkippedGroup,
  type EvaluateArrangementOptions,
  type ArrangementEvaluation,
} from './one-plus-n.js';
export type { ModeSpokeShare, NetworkGroupMetrics } from './network-group-metrics.js';
export { siphonEffect, siphonEffectOptions, type SiphonEffectOptions, type SiphonEffectResult, type SiphonVerdict } from './siphon-effect.js';
export type { ZoneNetworkLike, LinkageWeight } from '../../network/network-contents.js';
