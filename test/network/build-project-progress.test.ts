import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/network/zone-network.js';
import { project } from '../../src/network/project.js';
import type { ProgressEvent } from '../../src/progress/progress-options.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

/** Cities c0…c(n−1) and `m` linkages c(k mod n) – c((7k + 1) mod n), weights 1 + (k mod 3). */
function ring(n: number, m: number): Dataset {
  const code = (k: number) => String(110000 + k);
  return {
    metadata: { name: 'ring', sources: [], coverage: [] },
    nodes: Array.from({ length: n }, (_, k) => ({ kind: 'city', id: code(k), name: { zh: `城${k}` } })),
    linkages: Array.from({ length: m }, (_, k) => ({
      id: `l${k}`,
      source: code(k % n),
      target: code((7 * k + 1) % n === k % n ? (k + 1) % n : (7 * k + 1) % n),
      mode: 'industrial-chain',
      directed: false,
      weight: 1 + (k % 3),
      enclave: false,
    })),
  } as unknown as Dataset;
}

describe('buildNetwork and project: progress and cancellation', () => {
  const dataset = ring(50, 10_000);

  it('buildNetwork reports linkages up to the total, ending with done === total', () => {
    const events: ProgressEvent[] = [];
    const net = buildNetwork(dataset, { onProgress: (e) => events.push(e) });
    expect(net.size).toBe(10_000);
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((e) => e.task === 'buildNetwork' && e.unit === 'linkages' && e.total === 10_000)).toBe(true);
    expect(events.at(-1)!.done).toBe(10_000);
    // done never goes back
    for (let k = 1; k < events.length; k++) expect(events[k].done).toBeGreaterThanOrEqual(events[k - 1].done);
  });

  it('project reports linkages merged, then edges added, each reaching its total', () => {
    const net = buildNetwork(dataset);
    const events: ProgressEvent[] = [];
    const g = project(net, { onProgress: (e) => events.push(e) });
    const linkages = events.filter((e) => e.unit === 'linkages');
    const edges = events.filter((e) => e.unit === 'edges');
    expect(events.every((e) => e.task === 'project')).toBe(true);
    expect(linkages.at(-1)).toEqual({ task: 'project', done: 10_000, total: 10_000, unit: 'linkages' });
    expect(edges.at(-1)).toEqual({ task: 'project', done: g.size, total: g.size, unit: 'edges' });
    // all linkage events come before the edge events
    expect(events.findIndex((e) => e.unit === 'edges')).toBe(linkages.length);
  });

  it('progress does not change the result', () => {
    const net = buildNetwork(dataset);
    const plain = project(net);
    const reported = project(net, { onProgress: () => {} });
    expect(reported.export()).toEqual(plain.export());
    expect(buildNetwork(dataset, { onProgress: () => {} }).export()).toEqual(buildNetwork(dataset).export());
  });

  it('an aborted signal throws ZonelinkError code aborted naming the function', () => {
    const controller = new AbortController();
    controller.abort('stop');
    const built = zonelinkErrorOf(() => buildNetwork(dataset, { signal: controller.signal }));
    expect(built.code).toBe('aborted');
    expect(built.message).toMatch(/^buildNetwork: aborted \(stop\)/);
    const net = buildNetwork(dataset);
    const projected = zonelinkErrorOf(() => project(net, { signal: controller.signal }));
    expect(projected.code).toBe('aborted');
    expect(projected.message).toMatch(/^project: aborted/);
  });

  it('a signal aborted part-way stops the build', () => {
    const controller = new AbortController();
    const error = zonelinkErrorOf(() =>
      buildNetwork(dataset, {
        signal: controller.signal,
        onProgress: (e) => {
          if (e.done >= 4096) controller.abort();
        },
      }),
    );
    expect(error.code).toBe('aborted');
    expect(error.message).toMatch(/after \d+ of 10000 linkages/);
  });

  it('a bad onProgress or signal is an invalid-argument error naming the function', () => {
    const net = buildNetwork(dataset);
    expect(zonelinkErrorOf(() => buildNetwork(dataset, { onProgress: 3 as never })).message).toMatch(/^buildNetwork: option onProgress must be a function/);
    expect(zonelinkErrorOf(() => project(net, { signal: {} as never })).message).toMatch(/^project: option signal must be an AbortSignal/);
  });
});
