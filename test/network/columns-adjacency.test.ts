import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLinkageColumns } from '../../src/io/linkage-columns.js';
import { readCsvDataset } from '../../src/io/read-csv-dataset.js';
import { columnsAdjacency } from '../../src/network/columns-adjacency.js';
import { compactAdjacency, type CompactAdjacency } from '../../src/network/compact-adjacency.js';
import { buildNetwork } from '../../src/network/zone-network.js';
import { project } from '../../src/network/project.js';
import { snapshot } from '../../src/network/snapshot.js';
import type Graph from 'graphology';
import { pagerank } from '../../src/measures/centrality/pagerank.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

/** The arcs of a compact adjacency as sorted `u v w` lines, by node id (index orders may differ). */
function arcs(csr: CompactAdjacency, incoming = false): string[] {
  const offsets = incoming ? csr.inOffsets : csr.outOffsets;
  const targets = incoming ? csr.inSources : csr.outTargets;
  const weights = incoming ? csr.inWeights : csr.outWeights;
  const lines: string[] = [];
  for (let i = 0; i < csr.nodes.length; i++) {
    for (let p = offsets[i]; p < offsets[i + 1]; p++) lines.push(`${csr.nodes[i]} ${csr.nodes[targets[p]]} ${weights[p].toPrecision(12)}`);
  }
  return lines.sort();
}

const MODES = ['产业链', 'resource-factor', '跨区域联动'];
const linkageRows = fc.array(
  fc.tuple(fc.nat(6), fc.nat(6), fc.nat(2), fc.integer({ min: 1, max: 50 }), fc.option(fc.integer({ min: 2000, max: 2020 })), fc.option(fc.integer({ min: 2000, max: 2020 })), fc.boolean()),
  { maxLength: 40 },
);

type Row = [number, number, number, number, number | null, number | null, boolean];

function files(rows: Row[]) {
  const lines = ['id,source,target,mode,weight,start_year,end_year,directed'];
  rows.forEach(([s, t, m, w, y0, y1, d], k) => {
    if (s === t) return;
    const [a, b] = y0 !== null && y1 !== null && y1 < y0 ? [y1, y0] : [y0, y1];
    lines.push(`l${k},1101${s}0,1101${t}0,${MODES[m]},${w / 4},${a ?? ''},${b ?? ''},${d}`);
  });
  const cities = ['id,name', ...Array.from({ length: 7 }, (_, i) => `1101${i}0,城市${i}`)].join('\n');
  return { linkages: lines.join('\n') + '\n', cities };
}

describe('columnsAdjacency', () => {
  it('merges parallel linkages into one weighted edge, both ways for an undirected graph', () => {
    const csr = columnsAdjacency(readLinkageColumns('id,source,target,mode,weight\nl1,a,b,产业链,2\nl2,b,a,跨区域,3\nl3,b,c,产业链,1\n'));
    expect(csr.edgeCount).toBe(2);
    expect(arcs(csr)).toEqual(['a b 5.00000000000', 'b a 5.00000000000', 'b c 1.00000000000', 'c b 1.00000000000']);
  });

  it('is the graph of project(snapshot(buildNetwork(dataset))) for every option (property)', () => {
    fc.assert(
      fc.property(
        linkageRows,
        fc.boolean(),
        fc.constantFrom('sum', 'max', 'count') as fc.Arbitrary<'sum' | 'max' | 'count'>,
        fc.option(fc.integer({ min: 1999, max: 2021 })),
        fc.constantFrom('keep', 'drop') as fc.Arbitrary<'keep' | 'drop'>,
        (rows, directed, merge, year, undated) => {
          const input = files(rows);
          const dataset = readCsvDataset(input);
          let net = buildNetwork(dataset);
          if (year !== null) net = snapshot(net, year, { undatedLinkages: undated });
          const reference = compactAdjacency(project(net, { directed, merge, modeWeights: { 'cross-regional': 2 } }) as unknown as Graph);
          const columns = readLinkageColumns(input.linkages, { nodes: dataset.nodes.map((n) => n.id) });
          const csr = columnsAdjacency(columns, { directed, merge, modeWeights: { 'cross-regional': 2 }, ...(year !== null ? { year, undated } : {}) });
          expect(csr.edgeCount).toBe(reference.edgeCount);
          expect(arcs(csr)).toEqual(arcs(reference));
          if (directed) expect(arcs(csr, true)).toEqual(arcs(reference, true));
        },
      ),
      { numRuns: 150, seed: 5 },
    );
  });

  it('feeds the measures directly: PageRank equals that of the projected network', () => {
    const input = files([[0, 1, 0, 4, null, null, false], [1, 2, 1, 8, null, null, true], [2, 0, 2, 2, null, null, false], [3, 0, 0, 1, null, null, false]]);
    const dataset = readCsvDataset(input);
    const expected = pagerank(project(buildNetwork(dataset)) as unknown as Graph).values;
    const got = pagerank(columnsAdjacency(readLinkageColumns(input.linkages, { nodes: dataset.nodes.map((n) => n.id) }))).values;
    for (const [id, value] of Object.entries(expected)) expect(got[id]).toBeCloseTo(value, 12);
  });

  it('rejects bad options with a ZonelinkError naming itself', () => {
    const columns = readLinkageColumns('id,source,target,mode\nl1,a,b,产业链\n');
    for (const options of [{ merge: 'mean' }, { modeWeights: { 'cross-regional': -1 } }, { modes: ['bogus'] }, { year: 2020.5 }, { weight: 'w' }]) {
      expect(zonelinkErrorOf(() => columnsAdjacency(columns, options as never)).message).toContain('columnsAdjacency');
    }
    expect(zonelinkErrorOf(() => columnsAdjacency({} as never)).message).toContain('columnsAdjacency');
  });
});
