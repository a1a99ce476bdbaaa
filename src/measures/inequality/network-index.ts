export { spatialGini, spatialGiniOptions, type SpatialGiniOptions, type SpatialGiniResult, type DistanceBand } from './spatial-gini.js';
