export {
  indicatorInequality,
  type IndicatorInequalityOptions,
  type IndicatorInequalityResult,
  type IndicatorGroupStats,
  type NodeIndicator,
  type NodeGrouping,
  type SkippedNode,
} from './indicator-inequality.js';
export { spatialGini, type SpatialGiniOptions, type SpatialGiniResult, type DistanceBand } from './spatial-gini.js';
