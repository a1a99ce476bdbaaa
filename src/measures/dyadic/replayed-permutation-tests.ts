import { permutationTestWith, type PermutationSettings, type PermutationTestResult } from '../../statistics/permutation-test.js';
import { progressReporter, type ProgressReporter } from '../../progress/progress-reporter.js';

/**
 * One permutation test per coefficient when one refit per relabelling gives every
 * coefficient's statistic at once (y-permutation): the first test draws the
 * relabellings and records each refit; the others replay the recorded statistics
 * (same seed, same draws), so the model is refitted P times, not P × p. Only the
 * first test ticks `progress` (the replays cost nothing worth reporting).
 */
export function replayedPermutationTests(
  caller: string,
  n: number,
  p: number,
  draw: (order: Int32Array) => Float64Array,
  settings: PermutationSettings,
  progress: ProgressReporter,
): PermutationTestResult[] {
  const recorded: Float64Array[] = [];
  const first = permutationTestWith(caller, n, (order) => {
    const statistics = draw(order);
    recorded.push(statistics);
    return statistics[0];
  }, settings, progress);
  const tests = [first];
  const replay = progressReporter(caller, undefined, settings.permutations, 'permutations');
  for (let k = 1; k < p; k++) {
    let index = 0;
    tests.push(permutationTestWith(caller, n, () => recorded[index++][k], settings, replay));
  }
  return tests;
}
