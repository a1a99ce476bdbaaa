export { reciprocity, reciprocityOptions, type ReciprocityMeasure, type ReciprocityOptions } from './reciprocity.js';
export { assortativity, assortativityOptions, type AssortativityOptions } from './assortativity.js';
