import { describe, expect, it } from 'vitest';
import { progressReporter, type ProgressEvent } from '../../src/progress/index.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';

describe('progressReporter', () => {
  it('reports about every 1 % and once at the end, with done = total last', () => {
    const events: ProgressEvent[] = [];
    const progress = progressReporter('task', { onProgress: (e) => events.push(e) }, 1000, 'items');
    for (let i = 0; i < 1000; i++) progress.tick();
    progress.finish();
    expect(events.length).toBe(100);
    expect(events.at(-1)).toEqual({ task: 'task', done: 1000, total: 1000, unit: 'items' });
    expect(events.map((e) => e.done)).toEqual([...events.map((e) => e.done)].sort((a, b) => a - b));
  });

  it('reports a small task at every unit', () => {
    const events: number[] = [];
    const progress = progressReporter('task', { onProgress: (e) => events.push(e.done) }, 3, 'items');
    progress.tick();
    progress.tick();
    progress.tick();
    progress.finish();
    expect(events).toEqual([1, 2, 3]);
  });

  it('throws ZonelinkError "aborted" naming the task once the signal is aborted', () => {
    const controller = new AbortController();
    const progress = progressReporter('betweenness', { signal: controller.signal }, 10, 'sources');
    progress.tick();
    controller.abort(new Error('user pressed stop'));
    let error: unknown;
    try {
      progress.tick();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ZonelinkError);
    expect((error as ZonelinkError).code).toBe('aborted');
    expect((error as ZonelinkError).message).toBe('betweenness: aborted (user pressed stop) after 2 of 10 sources');
  });

  it('throws at once for a signal aborted before the start', () => {
    expect(() => progressReporter('leiden', { signal: AbortSignal.abort() }, 5, 'iterations')).toThrow(/^leiden: aborted/);
  });

  it('costs nothing without options', () => {
    const progress = progressReporter('task', undefined, 10, 'items');
    expect(() => {
      progress.tick();
      progress.finish();
    }).not.toThrow();
  });
});
