export { triangles, trianglesOptions, type TrianglesOptions } from './triangles.js';
export { clustering, clusteringOptions, type ClusteringOptions } from './clustering.js';
export { averageClustering, averageClusteringOptions, type AverageClusteringOptions } from './average-clustering.js';
export { transitivity, transitivityOptions, type TransitivityOptions } from './transitivity.js';
