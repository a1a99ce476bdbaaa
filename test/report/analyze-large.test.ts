import { describe, expect, it } from 'vitest';
import { analyze, MAP_EDGE_LIMIT, MAP_NODE_LIMIT } from '../../src/report/analyze.js';
import { renderMarkdown } from '../../src/report/render/render-markdown.js';
import type { ProgressEvent } from '../../src/progress/progress-options.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

/**
 * 60 cities with coordinates and MAP_EDGE_LIMIT + 1,000 linkages among them, weight
 * 1 + (k mod 1000) / 10: more linkages than the map draws.
 */
function manyLinkages(): Dataset {
  const n = 60;
  const code = (k: number) => String(110000 + 100 * k);
  const m = MAP_EDGE_LIMIT + 1000;
  return {
    metadata: { name: 'many linkages', sources: [], coverage: [] },
    nodes: Array.from({ length: n }, (_, k) => ({ kind: 'city', id: code(k), name: { zh: `城${k}` }, coordinates: { lon: 100 + k / 10, lat: 30 + (k % 7) } })),
    linkages: Array.from({ length: m }, (_, k) => {
      const s = k % n;
      const t = (s + 1 + (Math.floor(k / n) % (n - 1))) % n;
      return { id: `l${k}`, source: code(s), target: code(t), mode: k % 2 === 0 ? 'industrial-chain' : 'resource-factor', directed: false, weight: 1 + (k % 1000) / 10, enclave: false };
    }),
  } as unknown as Dataset;
}

describe('analyze on more linkages than the map draws', () => {
  const dataset = manyLinkages();
  const events: ProgressEvent[] = [];
  const report = analyze(dataset, { seed: 1, onProgress: (e) => events.push(e) });

  it('draws the MAP_EDGE_LIMIT strongest linkages and says so in the gaps', () => {
    expect(report.map.edges).toHaveLength(MAP_EDGE_LIMIT);
    const all = dataset.linkages.map((l) => l.weight).sort((a, b) => b - a);
    const weakestDrawn = Math.min(...report.map.edges.map((e) => e.weight));
    // every linkage left out is no stronger than the weakest drawn one
    expect(weakestDrawn).toBe(all[MAP_EDGE_LIMIT - 1]);
    const gap = report.gaps.find((g) => g.section === 'map');
    expect(gap?.reason).toContain(`draw the 5,000 strongest of ${dataset.linkages.length.toLocaleString('en-US')} linkages (weight ≥ ${weakestDrawn})`);
    expect(renderMarkdown(report)).toContain('5,000 strongest of 6,000 linkages');
    // the measures still see every linkage
    expect(report.summary.linkages).toBe(dataset.linkages.length);
    expect(MAP_NODE_LIMIT).toBeGreaterThan(60);
    expect(report.map.nodes).toHaveLength(60);
  });

  it('passes the progress of buildNetwork and project to onProgress, each reaching its total', () => {
    const last = (task: string, unit: string) => events.filter((e) => e.task === task && e.unit === unit).at(-1);
    expect(last('buildNetwork', 'linkages')).toEqual({ task: 'buildNetwork', done: 6000, total: 6000, unit: 'linkages' });
    expect(last('project', 'linkages')).toEqual({ task: 'project', done: 6000, total: 6000, unit: 'linkages' });
    expect(last('project', 'edges')?.done).toBe(report.network.edges);
  });

  it('passes the progress of the long measures too (betweenness per source, PageRank per iteration, Leiden per iteration), each ending at its total', () => {
    for (const [task, unit] of [['betweenness', 'sources'], ['closeness', 'sources'], ['pagerank', 'iterations'], ['leiden', 'iterations']] as const) {
      const last = events.filter((e) => e.task === task).at(-1);
      expect(last, task).toBeDefined();
      expect(last!.unit).toBe(unit);
      expect(last!.done).toBe(last!.total);
    }
  });

  it('an aborted signal throws ZonelinkError code aborted', () => {
    const controller = new AbortController();
    controller.abort();
    const error = zonelinkErrorOf(() => analyze(dataset, { signal: controller.signal }));
    expect(error.code).toBe('aborted');
    expect(error.message).toMatch(/^analyze: aborted/);
  });
});
