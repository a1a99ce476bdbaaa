export { indicatorInequality, indicatorInequalityOptions, type IndicatorInequalityOptions, type IndicatorInequalityResult } from './indicator-inequality.js';
export type { DistributionIndices } from './distribution-indices.js';
export type { IndicatorGroupStats } from './group-summaries.js';
export type { NodeIndicator } from './node-indicator.js';
export type { NodeGrouping } from './node-grouping.js';
export type { SkippedNode } from './gather-units.js';
export type { UnitKind } from './node-kind.js';
