export { permutationTest, type PermutationTestOptions, type PermutationTestResult } from './permutation-test.js';
export { pearsonCorrelation } from './pearson-correlation.js';
export { pearsonFromSums } from './pearson-from-sums.js';
export { zScores } from './z-scores.js';
export { checkSeed } from './check-seed.js';
