import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import {
  approximateBetweenness,
  betweenness,
  closeness,
  degree,
  edgeBetweenness,
  eigenvector,
  harmonic,
  hits,
  katz,
  pagerank,
} from '../../../src/measures/centrality/index.js';
import type { ProgressEvent, ProgressOptions } from '../../../src/progress/index.js';
import { buildGraph } from './fixture-graphs.js';
import { zonelinkErrorOf } from '../../zonelink-error-of.js';

/** Les Misérables (77 nodes, weighted): big enough for several progress events. */
const graph = buildGraph('lesmis');
const n = graph.order;

const runs: [string, (progress: ProgressOptions) => unknown, number, string][] = [
  ['betweenness', (p) => betweenness(graph, p), n, 'sources'],
  ['approximateBetweenness', (p) => approximateBetweenness(graph, { samples: 70, seed: 1, ...p }), 70, 'sources'],
  ['closeness', (p) => closeness(graph, p), n, 'sources'],
  ['harmonic', (p) => harmonic(graph, p), n, 'sources'],
  ['edgeBetweenness', (p) => edgeBetweenness(graph, p), n, 'sources'],
  ['pagerank', (p) => pagerank(graph, p), 1000, 'iterations'],
  ['eigenvector', (p) => eigenvector(graph, p), 1000, 'products'],
  ['katz', (p) => katz(graph, { alpha: 0.01, ...p }), 1000, 'iterations'],
  ['hits', (p) => hits(graph, p), 1000, 'iterations'],
];

describe('onProgress and signal on the super-linear and iterative centralities', () => {
  for (const [task, run, total, unit] of runs) {
    it(`${task}: progress events grow to done === total (${total} ${unit}) and the result is unchanged`, () => {
      const events: ProgressEvent[] = [];
      const withProgress = run({ onProgress: (e) => events.push(e) });
      expect(withProgress).toEqual(run({}));
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) expect(e).toMatchObject({ task, total, unit });
      for (let i = 1; i < events.length; i++) expect(events[i].done).toBeGreaterThan(events[i - 1].done);
      expect(events[events.length - 1].done).toBe(total);
    });

    it(`${task}: an aborted signal throws ZonelinkError 'aborted' naming ${task}`, () => {
      const controller = new AbortController();
      controller.abort(new Error('user cancelled'));
      const error = zonelinkErrorOf(() => run({ signal: controller.signal }));
      expect(error.code).toBe('aborted');
      expect(error.message).toMatch(new RegExp(`^${task}: aborted`));
    });

    it(`${task}: a signal aborted mid-way (from onProgress) stops the computation`, () => {
      const controller = new AbortController();
      let calls = 0;
      const error = zonelinkErrorOf(() =>
        run({
          signal: controller.signal,
          onProgress: () => {
            calls++;
            controller.abort();
          },
        }),
      );
      expect(error.code).toBe('aborted');
      expect(calls).toBe(1);
    });
  }

  it('a bad onProgress or signal is an invalid-argument error naming the function', () => {
    expect(zonelinkErrorOf(() => betweenness(graph, { onProgress: 1 as never })).message).toMatch(/^betweenness: option onProgress/);
    expect(zonelinkErrorOf(() => pagerank(graph, { signal: {} as never })).message).toMatch(/^pagerank: option signal/);
  });
});

describe('declared options (defineOptions)', () => {
  it('an unknown option is an error naming the function and suggesting the nearest name', () => {
    const error = zonelinkErrorOf(() => degree(graph, { mod: 'in' } as never));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/^degree: unknown option mod \(did you mean mode\?\)/);
    expect(zonelinkErrorOf(() => closeness(graph, { cutof: 2 } as never)).message).toMatch(/^closeness: unknown option cutof/);
  });

  it('defaults are filled in as documented (a call with {} equals one with the defaults spelled out)', () => {
    const g = new Graph({ type: 'directed' });
    g.mergeEdge('a', 'b', { weight: 2 });
    g.mergeEdge('b', 'c', { weight: 1 });
    expect(closeness(g)).toEqual(closeness(g, { disconnected: 'component', mode: 'in', normalized: true, isolated: 'zero', cutoff: Infinity, distance: 'weight', weight: 'weight' }));
    expect(degree(g)).toEqual(degree(g, { mode: 'total', normalized: false }));
    expect(katz(g)).toEqual(katz(g, { alpha: 0.1, beta: 1, normalized: true, weight: 'weight', maxIterations: 1000, tolerance: 1e-10 }));
  });

  it('approximateBetweenness still requires samples in [1, n]', () => {
    expect(zonelinkErrorOf(() => approximateBetweenness(graph, {} as never)).message).toMatch(/^approximateBetweenness: option samples must be an integer in \[1, 77\]/);
    expect(zonelinkErrorOf(() => approximateBetweenness(graph, { samples: 78 })).message).toMatch(/^approximateBetweenness: option samples/);
    expect(zonelinkErrorOf(() => approximateBetweenness(graph, { samples: 2.5 })).message).toMatch(/^approximateBetweenness: option samples/);
  });
});
