export {
  indicatorInequality,
  type IndicatorInequalityOptions,
  type IndicatorInequalityResult,
  type IndicatorGroupStats,
  type NodeIndicator,
  type NodeGrouping,
  type SkippedNode,
} from './indicator-inequality.js';
