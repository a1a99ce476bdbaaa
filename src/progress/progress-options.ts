/**
 * One progress report of a long computation: `done` of `total` units of `task`.
 * `task` is the public function's name (`betweenness`, `buildNetwork`, …) and
 * `unit` what is counted (`sources`, `iterations`, `permutations`, `linkages`,
 * `rows`, …). The last event of a finished task has `done === total`.
 *
 * @example
 * const event: ProgressEvent = { task: 'betweenness', done: 128, total: 256, unit: 'sources' };
 */
export interface ProgressEvent {
  readonly task: string;
  readonly done: number;
  readonly total: number;
  readonly unit: string;
}

/**
 * The progress and cancellation options every long computation takes:
 * - `onProgress` is called with a {@link ProgressEvent} at most about a hundred
 *   times per task (every 1 % of `total`) and once at the end;
 * - `signal` (a standard `AbortSignal`, e.g. from `AbortController` or
 *   `AbortSignal.timeout(ms)`) cancels the computation: the function then throws a
 *   `ZonelinkError` with code `aborted` naming itself, and returns nothing partial.
 *
 * Both are optional; without them a computation runs to the end silently.
 *
 * @example
 * const controller = new AbortController();
 * betweenness(graph, { onProgress: (e) => console.log(`${e.task} ${e.done}/${e.total} ${e.unit}`), signal: controller.signal });
 */
export interface ProgressOptions {
  /** Called with each progress report (throttled to about every 1 % of the task). Default none. */
  onProgress?: (event: ProgressEvent) => void;
  /** Cancels the computation when aborted: the function throws `ZonelinkError` code `aborted`. Default none. */
  signal?: AbortSignal;
}
