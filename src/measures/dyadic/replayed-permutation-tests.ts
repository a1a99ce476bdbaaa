import { permutationTest, type PermutationTestOptions, type PermutationTestResult } from '../../statistics/permutation-test.js';

/**
 * One permutation test per coefficient when one refit per relabelling gives every
 * coefficient's statistic at once (y-permutation): the first test draws the
 * relabellings and records each refit; the others replay the recorded statistics
 * (same seed, same draws), so the model is refitted P times, not P × p.
 */
export function replayedPermutationTests(n: number, p: number, draw: (order: Int32Array) => Float64Array, options: PermutationTestOptions): PermutationTestResult[] {
  const recorded: Float64Array[] = [];
  const first = permutationTest(n, (order) => {
    const statistics = draw(order);
    recorded.push(statistics);
    return statistics[0];
  }, options);
  const tests = [first];
  for (let k = 1; k < p; k++) {
    let index = 0;
    tests.push(permutationTest(n, () => recorded[index++][k], options));
  }
  return tests;
}
