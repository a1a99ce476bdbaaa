export { greatCircleDistance, EARTH_RADIUS_KM, type LonLat } from './great-circle-distance.js';
