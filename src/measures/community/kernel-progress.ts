import type { ProgressOptions } from '../../progress/progress-options.js';
import { progressReporter } from '../../progress/progress-reporter.js';

/** What the Leiden kernel calls as it goes (internal to `leiden` and `louvain`). */
export interface KernelProgress {
  /** After each full iteration (local moving, refinement and aggregation down to one node per community). */
  iteration(done: number): void;
  /** After each level's local moving: only checks the signal. */
  level(): void;
  /** At the end, with the number of iterations run. */
  finish(iterations: number): void;
}

/**
 * Progress of an iterated community search, counted in iterations. With a
 * finite `maxIterations` it is the shared progress reporter (total =
 * `maxIterations`; a run that converges sooner ends with done = total). Run
 * until stable the total is not known in advance: each iteration is reported
 * with `total: Infinity` and the last event has done = total = the iterations
 * run. An aborted signal is checked after every level, so a large graph stops
 * within one local-moving pass.
 */
export function kernelProgress(task: string, options: ProgressOptions, maxIterations: number): KernelProgress | undefined {
  const { onProgress, signal } = options;
  if (onProgress === undefined && signal === undefined) return undefined;
  if (Number.isFinite(maxIterations)) {
    const reporter = progressReporter(task, options, maxIterations, 'iterations');
    return { iteration: () => reporter.tick(), level: () => reporter.throwIfAborted(), finish: () => reporter.finish() };
  }
  // The reporter still owns the abort check (and its message); events are sent here, one per iteration.
  const reporter = progressReporter(task, { signal }, Number.POSITIVE_INFINITY, 'iterations');
  return {
    iteration(done) {
      reporter.tick();
      onProgress?.({ task, done, total: Number.POSITIVE_INFINITY, unit: 'iterations' });
    },
    level: () => reporter.throwIfAborted(),
    finish(iterations) {
      reporter.throwIfAborted();
      onProgress?.({ task, done: iterations, total: iterations, unit: 'iterations' });
    },
  };
}
