export { permutationTest, type PermutationTestOptions, type PermutationTestResult } from './permutation-test.js';
export { pearsonCorrelation } from './pearson-correlation.js';
export { zScores } from './z-scores.js';
export { checkSeed, DEFAULT_SEED, seedOption } from './check-seed.js';
