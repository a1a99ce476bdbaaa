import { describe, it, expect } from 'vitest';
import type { ProgressEvent } from '../../src/progress/index.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { permutationTest } from '../../src/statistics/index.js';
import { qapCorrelation, mrqap, mrqapLogit } from '../../src/measures/dyadic/index.js';
import { moranI, gearyC, spatialWeights } from '../../src/measures/spatial/index.js';
import { structuralEquivalence, concor, blockModel } from '../../src/measures/blocks/index.js';
import Graph from 'graphology';

// Progress and cancellation of the permutation tests and of spatialWeights:
// events are non-decreasing and end at done = total, an aborted signal throws
// ZonelinkError 'aborted' naming the public function, and the result is the same
// with and without the progress options (same seed).

const n = 8;
const nodes = Array.from({ length: n }, (_, i) => `v${i}`);
const x = { nodes, values: nodes.map((_, i) => nodes.map((_, j) => (i === j ? 0 : Math.abs(i - j) + ((i * j) % 3)))) };
const y = { nodes, values: x.values.map((row, i) => row.map((v, j) => (i === j ? 0 : 2 * v + ((i + 2 * j) % 5)))) };
const ties = { nodes, values: x.values.map((row, i) => row.map((v, j) => (i === j ? 0 : (v + ((i * 7 + j) % 4)) % 2))) };
const coordinates = Object.fromEntries(nodes.map((id, i) => [id, { lon: 100 + i, lat: 30 + ((i * 3) % 5) }]));
const values = nodes.map((_, i) => (i * 5) % 7);
const w = spatialWeights({ method: 'knn', coordinates, k: 2 });

function aborted(): AbortSignal {
  const controller = new AbortController();
  controller.abort(new Error('stop'));
  return controller.signal;
}

const cases: { task: string; run: (extra: object) => unknown }[] = [
  { task: 'permutationTest', run: (extra) => permutationTest(n, (o) => values.reduce((s, v, i) => s + v * values[o[i]], 0), { permutations: 250, seed: 3, ...extra }) },
  { task: 'qapCorrelation', run: (extra) => qapCorrelation(x, y, { permutations: 200, seed: 3, ...extra }) },
  { task: 'mrqap', run: (extra) => mrqap(y, [x], { permutations: 120, seed: 3, ...extra }) },
  { task: 'mrqap', run: (extra) => mrqap(y, [x], { permutations: 120, seed: 3, method: 'y-permutation', ...extra }) },
  { task: 'mrqapLogit', run: (extra) => mrqapLogit(ties, [x], { permutations: 60, seed: 3, ...extra }) },
  { task: 'moranI', run: (extra) => moranI(values, w, { permutations: 300, seed: 3, ...extra }) },
  { task: 'gearyC', run: (extra) => gearyC(values, w, { permutations: 300, seed: 3, ...extra }) },
  { task: 'spatialWeights', run: (extra) => spatialWeights({ method: 'knn', coordinates, k: 3 }, extra) },
  { task: 'spatialWeights', run: (extra) => spatialWeights({ method: 'distance-band', coordinates, thresholdKm: 400 }, extra) },
];

describe('progress and cancellation of the permutation tests and spatialWeights', () => {
  it.each(cases.map((c, i) => [i, c.task] as const))('case %i (%s): monotone events ending at done = total; same result', (i, task) => {
    const events: ProgressEvent[] = [];
    const withProgress = cases[i].run({ onProgress: (e: ProgressEvent) => events.push(e), signal: new AbortController().signal });
    expect(events.length).toBeGreaterThan(1);
    for (const e of events) expect(e.task).toBe(task);
    for (let k = 1; k < events.length; k++) expect(events[k].done).toBeGreaterThanOrEqual(events[k - 1].done);
    const last = events[events.length - 1];
    expect(last.done).toBe(last.total);
    expect(events.every((e) => e.total === last.total)).toBe(true);
    expect(withProgress).toEqual(cases[i].run({}));
  });

  it.each(cases.map((c, i) => [i, c.task] as const))('case %i (%s): an aborted signal throws ZonelinkError aborted naming the function', (i, task) => {
    try {
      cases[i].run({ signal: aborted() });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).code).toBe('aborted');
      expect((e as ZonelinkError).message).toMatch(new RegExp(`^${task}: aborted`));
    }
  });

  it('a signal aborted mid-way stops the permutations', () => {
    const controller = new AbortController();
    let calls = 0;
    expect(() =>
      permutationTest(n, () => {
        if (++calls === 50) controller.abort();
        return calls;
      }, { permutations: 999, signal: controller.signal }),
    ).toThrow(/^permutationTest: aborted .*after \d+ of 999 permutations/);
    expect(calls).toBeLessThan(60);
  });
});

describe('progress and cancellation of the block measures', () => {
  const g = new Graph({ type: 'directed' });
  for (let i = 0; i < 12; i++) for (let j = 0; j < 12; j++) if (i !== j && (i * 5 + j * 3) % 7 < 3) g.mergeEdge(`n${i}`, `n${j}`);
  const partition = Object.fromEntries(g.nodes().map((v, i) => [v, i % 3]));
  const blockCases: { task: string; run: (extra: object) => unknown }[] = [
    { task: 'structuralEquivalence', run: (extra) => structuralEquivalence(g, extra) },
    { task: 'structuralEquivalence', run: (extra) => structuralEquivalence(g, { method: 'correlation', ...extra }) },
    { task: 'concor', run: (extra) => concor(g, { splits: 2, ...extra }) },
    { task: 'blockModel', run: (extra) => blockModel(g, partition, extra) },
  ];
  it.each(blockCases.map((c, i) => [i, c.task] as const))('case %i (%s): monotone events ending at done = total; same result; abort', (i, task) => {
    const events: ProgressEvent[] = [];
    const withProgress = blockCases[i].run({ onProgress: (e: ProgressEvent) => events.push(e) });
    expect(events.length).toBeGreaterThan(1);
    for (const e of events) expect(e.task).toBe(task);
    for (let k = 1; k < events.length; k++) expect(events[k].done).toBeGreaterThanOrEqual(events[k - 1].done);
    const last = events[events.length - 1];
    expect(last.done).toBe(last.total);
    expect(withProgress).toEqual(blockCases[i].run({}));
    expect(() => blockCases[i].run({ signal: aborted() })).toThrow(new RegExp(`^${task}: aborted`));
    try {
      blockCases[i].run({ signal: aborted() });
    } catch (e) {
      expect((e as ZonelinkError).code).toBe('aborted');
    }
  });
});
