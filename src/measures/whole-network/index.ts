export { krackhardtDimensions, krackhardtDimensionsOptions, type KrackhardtDimensions, type KrackhardtDimensionsOptions } from './krackhardt-dimensions.js';
export { networkSummary, networkSummaryOptions, type NetworkSummary, type NetworkSummaryOptions } from './network-summary.js';
