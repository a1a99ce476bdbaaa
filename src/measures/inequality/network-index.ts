export { spatialGini, type SpatialGiniOptions, type SpatialGiniResult, type DistanceBand } from './spatial-gini.js';
