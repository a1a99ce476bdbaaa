import { describe, expect, it } from 'vitest';
import { columnsAdjacency } from '../../src/network/columns-adjacency.js';
import { readLinkageColumns } from '../../src/io/linkage-columns.js';
import type { ProgressEvent } from '../../src/progress/progress-options.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

const columns = readLinkageColumns('id,source,target,mode,weight\nl1,a,b,industrial-chain,2\nl2,b,c,resource-factor,1\n');

describe('columnsAdjacency progress and cancellation', () => {
  it('reports its four passes as ProgressEvents ending at done = total, without changing the result', () => {
    const events: ProgressEvent[] = [];
    const withProgress = columnsAdjacency(columns, { onProgress: (e) => events.push(e) });
    expect(events.map((e) => e.done)).toEqual([1, 2, 3, 4]);
    expect(events.at(-1)).toEqual({ task: 'columnsAdjacency', done: 4, total: 4, unit: 'passes' });
    expect(withProgress).toEqual(columnsAdjacency(columns));
  });

  it('an aborted signal throws ZonelinkError code aborted naming it; a bad callback is named', () => {
    const error = zonelinkErrorOf(() => columnsAdjacency(columns, { signal: AbortSignal.abort() }));
    expect(error.code).toBe('aborted');
    expect(error.message).toMatch(/^columnsAdjacency: aborted/);
    expect(zonelinkErrorOf(() => columnsAdjacency(columns, { onProgress: 1 as never })).message).toMatch(/^columnsAdjacency: option onProgress must be a function/);
  });
});
