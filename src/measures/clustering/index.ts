export { triangles } from './triangles.js';
export { clustering, type ClusteringOptions } from './clustering.js';
export { averageClustering, type AverageClusteringOptions } from './average-clustering.js';
export { transitivity } from './transitivity.js';
