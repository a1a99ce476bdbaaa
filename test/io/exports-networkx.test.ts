import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { buildNetwork } from '../../src/network/zone-network.js';
import { project } from '../../src/network/project.js';
import { DATASET_SEEDS, exportsOf, randomDataset } from '../fixtures/exports/random-datasets.js';

/**
 * Issue 15, tests: the GEXF, GraphML, Pajek and edge-list exports of random
 * datasets with hostile-but-valid ids and names, as NetworkX 2.8.8 read them
 * (test/fixtures/exports/generate.py → networkx.json). The exports are
 * regenerated here and must be the very bytes NetworkX read (SHA-256); what
 * NetworkX saw must be the dataset: every node id, every linkage (an undirected
 * one in a mixed network as two opposite arcs) or projected edge, every weight
 * exactly.
 */
const here = dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(readFileSync(join(here, '..', 'fixtures', 'exports', 'networkx.json'), 'utf8')) as {
  networkx: string;
  files: Record<string, { sha256: string; directed: boolean; order: number; nodes: string[]; size: number; edges: [string, string, number][] }>;
};

/** Code-point order (as Python sorts), not UTF-16 order. */
const byCodePoint = (a: string, b: string) => {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
};
/** Edges as a sorted multiset; an undirected edge's ends in code-point order. */
function canonical(edges: [string, string, number][], directed: boolean): string[] {
  return edges.map(([s, t, w]) => JSON.stringify(directed || byCodePoint(s, t) <= 0 ? [s, t, w] : [t, s, w])).sort();
}

describe('exports of random datasets re-read by NetworkX', () => {
  it(`the fixture was written by NetworkX ${fixture.networkx} from 16 files`, () => {
    expect(fixture.networkx).toBe('2.8.8');
    expect(Object.keys(fixture.files)).toHaveLength(DATASET_SEEDS.length * 4);
  });

  for (const seed of DATASET_SEEDS) {
    it(`random dataset ${seed}: GEXF, GraphML, Pajek and edge list read back as the dataset`, () => {
      const files = exportsOf(seed);
      const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
      const read = (name: string, text: string) => {
        const entry = fixture.files[`random-${seed}.${name}`];
        expect(sha(text), `random-${seed}.${name} changed: regenerate with generate.py`).toBe(entry.sha256);
        return entry;
      };
      const dataset = randomDataset(seed) as { nodes: { id: string }[]; linkages: { source: string; target: string; weight: number; directed: boolean }[] };
      const ids = dataset.nodes.map((n) => n.id).sort(byCodePoint);
      const mixed = dataset.linkages.some((l) => l.directed);
      // the network: one edge per linkage, plus the reverse arc of an undirected one in a directed file
      const arcs: [string, string, number][] = dataset.linkages.flatMap((l) =>
        !mixed || l.directed ? [[l.source, l.target, l.weight] as [string, string, number]] : [[l.source, l.target, l.weight], [l.target, l.source, l.weight]] as [string, string, number][],
      );
      for (const [name, text] of [['gexf', files.gexf], ['graphml', files.graphml]] as const) {
        const seen = read(name, text);
        expect(seen.directed).toBe(mixed);
        expect(seen.nodes).toEqual(ids);
        expect(seen.size).toBe(arcs.length);
        expect(canonical(seen.edges, mixed)).toEqual(canonical(arcs, mixed));
      }
      // the projection: parallel linkages summed, undirected
      const g = project(buildNetwork(parseDataset(randomDataset(seed))));
      const edges = g.mapEdges((_e, a, s, t) => [s, t, a.weight] as [string, string, number]);
      const pajek = read('net', files.pajek);
      expect(pajek.nodes).toEqual(ids);
      expect(canonical(pajek.edges, false)).toEqual(canonical(edges, false));
      const list = read('csv', files.edgelist);
      expect(list.nodes).toEqual([...new Set(edges.flatMap(([s, t]) => [s, t]))].sort(byCodePoint));
      expect(canonical(list.edges, false)).toEqual(canonical(edges, false));
    });
  }
});
