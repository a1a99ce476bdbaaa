import { expect } from 'vitest';
import type { ProgressEvent, ProgressOptions } from '../../src/progress/index.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';

function abortedError(run: () => unknown): ZonelinkError {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error, 'expected an aborted ZonelinkError').toBeInstanceOf(ZonelinkError);
  return error as ZonelinkError;
}

/**
 * The contract of `onProgress`/`signal` for one public function `name`, run by
 * `run(progressOptions)` on a graph with more than one unit of work:
 * - the events of every task are monotone in `done` and the last one has `done === total`
 *   (the last event of all belongs to `task`, default `name`);
 * - an already-aborted signal, and a signal aborted from inside `onProgress`, throw
 *   `ZonelinkError` code `aborted` whose message starts with `name:`;
 * - the result with progress options equals the result without.
 */
export function expectProgressContract(name: string, run: (options: ProgressOptions) => unknown, task = name): ProgressEvent[] {
  const plain = run({});
  const events: ProgressEvent[] = [];
  const withProgress = run({ onProgress: (e) => events.push(e), signal: new AbortController().signal });
  expect(withProgress).toEqual(plain);
  expect(events.length).toBeGreaterThan(0);
  const byTask = new Map<string, ProgressEvent[]>();
  for (const e of events) byTask.set(e.task, [...(byTask.get(e.task) ?? []), e]);
  for (const [t, list] of byTask) {
    for (let i = 1; i < list.length; i++) expect(list[i].done, `${t} done is monotone`).toBeGreaterThanOrEqual(list[i - 1].done);
    for (const e of list) expect(e.done).toBeLessThanOrEqual(e.total);
    expect(list.at(-1)!.done, `${t} ends at done = total`).toBe(list.at(-1)!.total);
  }
  expect(events.at(-1)!.task).toBe(task);

  const before = abortedError(() => run({ signal: AbortSignal.abort() }));
  expect(before.code).toBe('aborted');
  expect(before.message.startsWith(`${name}:`), before.message).toBe(true);

  const controller = new AbortController();
  const inside = abortedError(() => run({ onProgress: () => controller.abort(new Error('stop')), signal: controller.signal }));
  expect(inside.code).toBe('aborted');
  expect(inside.message.startsWith(`${name}:`), inside.message).toBe(true);
  return events;
}
