export { bilingualEnum, foldSpelling, type BilingualTerm } from './bilingual-enum.js';
export * from './taxonomy.js';
export * from './provinces.js';
export * from './fields.js';
export * from './zone.js';
export * from './city.js';
export * from './linkage.js';
export * from './dataset.js';
export * from './administrative-unit.js';
