export { connectedComponents } from './connected-components.js';
export { stronglyConnectedComponents } from './strongly-connected-components.js';
export type { Components } from './component-numbering.js';
export { shortestPathLengths, shortestPathLengthsOptions, type ShortestPathLengthsOptions } from './shortest-path-lengths.js';
export { pathLengthSummary, pathLengthSummaryOptions, type PathLengthSummary, type PathLengthSummaryOptions } from './path-length-summary.js';
