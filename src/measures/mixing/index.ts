export { reciprocity, type ReciprocityMeasure, type ReciprocityOptions } from './reciprocity.js';
export { assortativity, type AssortativityOptions } from './assortativity.js';
