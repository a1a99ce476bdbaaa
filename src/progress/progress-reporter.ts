import { ZonelinkError } from '../error/zonelink-error.js';
import { clipText } from '../error/clip-text.js';
import type { ProgressOptions } from './progress-options.js';

/** What a long computation calls as it goes: see {@link progressReporter}. */
export interface ProgressReporter {
  /** Counts `n` more units done (default 1); reports every 1 % of the total and throws when the signal is aborted. */
  tick(n?: number): void;
  /** Reports `done === total` (call once, at the end). */
  finish(): void;
  /** Throws a `ZonelinkError` (code `aborted`, naming the task) if the signal is aborted. */
  throwIfAborted(): void;
}

const SILENT: ProgressReporter = { tick() {}, finish() {}, throwIfAborted() {} };

/**
 * The one implementation of {@link ProgressOptions} that long computations share:
 * counts units of work, calls `onProgress` every 1 % of `total` (so a callback
 * costs at most ~100 calls per task, whatever the size) and at the end, and checks
 * the `signal` on every tick — callers tick per outer unit (a source, an
 * iteration, a permutation, a chunk of rows), never per edge. An aborted signal
 * throws `ZonelinkError('aborted')` whose message names `task` and the signal's
 * reason. `options` must already have been checked (see `progressOptionSpecs`).
 *
 * @example
 * const progress = progressReporter('betweenness', options, n, 'sources');
 * for (let s = 0; s < n; s++) { progress.tick(); … }
 * progress.finish();
 */
export function progressReporter(task: string, options: ProgressOptions | undefined, total: number, unit: string): ProgressReporter {
  const onProgress = options?.onProgress;
  const signal = options?.signal;
  if (onProgress === undefined && signal === undefined) return SILENT;
  const step = Math.max(1, Math.ceil(total / 100));
  let done = 0;
  let next = step;
  const throwIfAborted = () => {
    if (signal?.aborted) {
      const reason = signal.reason instanceof Error ? signal.reason.message : signal.reason === undefined ? '' : String(signal.reason);
      const message = `${task}: aborted${reason ? ` (${clipText(reason, 200)})` : ''} after ${done} of ${total} ${unit}`;
      throw new ZonelinkError('aborted', message, [{ code: 'aborted', message }]);
    }
  };
  throwIfAborted();
  return {
    tick(n = 1) {
      done += n;
      throwIfAborted();
      if (onProgress !== undefined && done >= next && done < total) {
        next = done + step;
        onProgress({ task, done, total, unit });
      }
    },
    finish() {
      throwIfAborted();
      done = total;
      onProgress?.({ task, done: total, total, unit });
    },
    throwIfAborted,
  };
}
