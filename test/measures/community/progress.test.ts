import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { leiden } from '../../../src/measures/community/leiden.js';
import { louvain } from '../../../src/measures/community/louvain.js';
import { labelPropagation } from '../../../src/measures/community/label-propagation.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import type { ProgressEvent } from '../../../src/progress/progress-options.js';
import { graphFromFixture, type FixtureGraph } from '../../fixtures/community/fixture-graph.js';

const reference = JSON.parse(readFileSync(new URL('../../fixtures/community/reference.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, FixtureGraph>;
};
const lesmis = graphFromFixture(reference.graphs.lesmis);

function aborted(run: (signal: AbortSignal) => unknown): ZonelinkError {
  const controller = new AbortController();
  controller.abort(new Error('user cancelled'));
  try {
    run(controller.signal);
  } catch (e) {
    return e as ZonelinkError;
  }
  throw new Error('did not throw');
}

describe('progress and cancellation of the community searches', () => {
  it('leiden until stable reports every iteration (total Infinity) and ends with done = total = iterations', () => {
    const events: ProgressEvent[] = [];
    const result = leiden(lesmis, { seed: 3, onProgress: (e) => events.push(e) });
    expect(events.map((e) => e.done)).toEqual([...Array.from({ length: result.iterations }, (_, i) => i + 1), result.iterations]);
    expect(events.slice(0, -1).every((e) => e.total === Infinity && e.task === 'leiden' && e.unit === 'iterations')).toBe(true);
    expect(events.at(-1)).toEqual({ task: 'leiden', done: result.iterations, total: result.iterations, unit: 'iterations' });
    // reporting does not change the result
    expect(result).toEqual(leiden(lesmis, { seed: 3 }));
  });

  it('leiden with maxIterations counts towards it and ends with done = total = maxIterations', () => {
    const events: ProgressEvent[] = [];
    leiden(lesmis, { seed: 3, maxIterations: 2, onProgress: (e) => events.push(e) });
    expect(events).toEqual([
      { task: 'leiden', done: 1, total: 2, unit: 'iterations' },
      { task: 'leiden', done: 2, total: 2, unit: 'iterations' },
    ]);
  });

  it('louvain and labelPropagation report and end with done = total', () => {
    const lv: ProgressEvent[] = [];
    louvain(lesmis, { seed: 1, onProgress: (e) => lv.push(e) });
    expect(lv.at(-1)!.done).toBe(lv.at(-1)!.total);
    expect(lv.every((e) => e.task === 'louvain')).toBe(true);
    const lp: ProgressEvent[] = [];
    const result = labelPropagation(lesmis, { seed: 1, onProgress: (e) => lp.push(e) });
    expect(lp.at(-1)).toEqual({ task: 'labelPropagation', done: 1000, total: 1000, unit: 'sweeps' });
    expect(result).toEqual(labelPropagation(lesmis, { seed: 1 }));
  });

  it('an aborted signal throws ZonelinkError aborted naming the function', () => {
    for (const [name, run] of [
      ['leiden', (signal: AbortSignal) => leiden(lesmis, { signal })],
      ['leiden', (signal: AbortSignal) => leiden(lesmis, { signal, maxIterations: 3 })],
      ['louvain', (signal: AbortSignal) => louvain(lesmis, { signal })],
      ['labelPropagation', (signal: AbortSignal) => labelPropagation(lesmis, { signal })],
    ] as const) {
      const error = aborted(run);
      expect(error).toBeInstanceOf(ZonelinkError);
      expect(error.code).toBe('aborted');
      expect(error.message).toMatch(new RegExp(`^${name}: aborted \\(user cancelled\\)`));
    }
  });

  it('a signal aborted during the run stops it after the current level', () => {
    const controller = new AbortController();
    let calls = 0;
    expect(() =>
      leiden(lesmis, {
        seed: 2,
        signal: controller.signal,
        onProgress: () => {
          calls++;
          controller.abort();
        },
      }),
    ).toThrow(/^leiden: aborted \(.*\) after 1 of Infinity iterations$/);
    expect(calls).toBe(1);
  });

  it('unknown and invalid options are errors naming the function', () => {
    expect(() => leiden(lesmis, { maxIteration: 2 } as never)).toThrow(/^leiden: unknown option maxIteration \(did you mean maxIterations\?\)/);
    expect(() => leiden(lesmis, { maxIterations: 1.5 })).toThrow(/^leiden: option maxIterations must be an integer ≥ 1 or Infinity, got 1.5/);
    expect(() => louvain(lesmis, { onProgress: 1 as never })).toThrow(/^louvain: option onProgress/);
    expect(() => labelPropagation(lesmis, { maxIterations: Infinity })).toThrow(/^labelPropagation: option maxIterations must be an integer ≥ 1/);
    expect(() => leiden(lesmis, { objective: 'surprise' as never })).toThrow(/^leiden: option objective must be one of 'modularity', 'cpm'/);
  });
});
