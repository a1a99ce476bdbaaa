export { krackhardtDimensions, type KrackhardtDimensions } from './krackhardt-dimensions.js';
export { networkSummary, type NetworkSummary } from './network-summary.js';
