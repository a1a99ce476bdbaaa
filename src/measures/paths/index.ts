export { connectedComponents } from './connected-components.js';
export { stronglyConnectedComponents } from './strongly-connected-components.js';
export type { Components } from './component-numbering.js';
export { shortestPathLengths, type ShortestPathLengthsOptions } from './shortest-path-lengths.js';
export { pathLengthSummary, type PathLengthSummary } from './path-length-summary.js';
