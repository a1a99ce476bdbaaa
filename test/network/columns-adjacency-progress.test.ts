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

describe('columnsAdjacency options (declared once, shared with project and snapshot)', () => {
  const columns = readLinkageColumns('id,source,target,mode,weight\nl1,a,b,产业链,2\n');
  it('reports an unknown option with the nearest declared name, and every invalid one in one error', () => {
    const unknown = zonelinkErrorOf(() => columnsAdjacency(columns, { mergee: 'max' } as never));
    expect(unknown.issues.map((i) => i.code)).toEqual(['unknown-option']);
    expect(unknown.message).toMatch(/mergee/);
    expect(unknown.message).toMatch(/merge/);
    const invalid = zonelinkErrorOf(() => columnsAdjacency(columns, { merge: 'mean' as never, year: 2015.5, weight: 'w' as never }));
    expect(invalid.issues.map((i) => i.field).sort()).toEqual(['merge', 'weight', 'year']);
  });
  it('names a mode that is not a linkage mode, with the other option problems in the same error', () => {
    const together = zonelinkErrorOf(() => columnsAdjacency(columns, { merge: 'mean' as never, modes: ['trade' as never], modeWeights: { barter: 1 } as never }));
    expect(together.issues.map((i) => i.field)).toEqual(['merge', 'modeWeights', 'modes']);
    expect(together.message).toBe('columnsAdjacency: invalid options: merge, modeWeights, modes (3 problems)');
    expect(zonelinkErrorOf(() => columnsAdjacency(columns, { modes: ['trade' as never] })).message).toMatch(/^columnsAdjacency: option modes has trade, which is not a linkage mode/);
    expect(zonelinkErrorOf(() => columnsAdjacency(columns, { modeWeights: { trade: 2 } as never })).message).toMatch(/^columnsAdjacency: option modeWeights has trade/);
  });
});
