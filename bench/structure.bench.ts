/**
 * Whole-network structure benchmark: zonelink vs python-igraph and NetworkX
 * (bench/structure_peers.py, run by this script in the same run on the SAME
 * graphs, written to files). `bench/run.sh structure`, or directly:
 *
 *   npx tsx bench/structure.bench.ts [dir]
 *
 * Workloads, on a seeded undirected graph of 2,000 nodes (each new node links
 * to up to 5 earlier ones, half preferentially) and a seeded directed graph of
 * 50,000 nodes and ~200,000 edges:
 * - components: connected components (undirected) + strongly connected components (directed);
 * - clustering: transitivity + average clustering (undirected);
 * - pathLengthSummary: average path length, diameter and radius by hop counts (undirected).
 * Every timed call starts from the library's own graph object, so zonelink's
 * times include building its compact adjacency. Writes bench/results/structure.md.
 */
import Graph from 'graphology';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectedComponents, stronglyConnectedComponents, pathLengthSummary } from '../src/measures/paths/index.js';
import { averageClustering, transitivity } from '../src/measures/clustering/index.js';
import { seededRandom } from '../src/random/seeded-random.js';
import { compactAdjacency } from '../src/network/compact-adjacency.js';

interface Timing {
  library: string;
  task: string;
  runs: number[];
  median: number;
  note?: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function time<T>(runs: number, fn: () => T): { runs: number[]; result: T } {
  const seconds: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    seconds.push((performance.now() - t) / 1000);
  }
  return { runs: seconds, result };
}

function undirectedGraph(): { graph: Graph; lines: string[] } {
  const random = seededRandom(20261203);
  const n = 2000;
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  const ends: number[] = [];
  const lines: string[] = [];
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < 5; k++) {
      const j = k % 2 === 0 || ends.length === 0 ? Math.floor(random() * i) : ends[Math.floor(random() * ends.length)];
      if (graph.hasEdge(String(i), String(j))) continue;
      graph.addEdge(String(i), String(j));
      ends.push(i, j);
      lines.push(`${i} ${j}`);
    }
  }
  return { graph, lines };
}

function directedGraph(): { graph: Graph; lines: string[] } {
  const random = seededRandom(1203);
  const n = 50_000;
  const graph = new Graph({ type: 'directed' });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 4; k++) {
      // mostly forward links (a DAG-like bulk) with some backward ones, so strong components of many sizes
      const j = random() < 0.8 ? Math.min(n - 1, i + 1 + Math.floor(random() * 50)) : Math.floor(random() * n);
      if (j === i || graph.hasEdge(String(i), String(j))) continue;
      graph.addEdge(String(i), String(j));
      lines.push(`${i} ${j}`);
    }
  }
  return { graph, lines };
}

function main(): void {
  const dir = process.argv[2] ?? join(tmpdir(), 'zonelink-bench-structure');
  mkdirSync(dir, { recursive: true });
  const u = undirectedGraph();
  const d = directedGraph();
  writeFileSync(join(dir, 'structure-undirected.txt'), `${u.graph.order} ${u.lines.length}\n${u.lines.join('\n')}\n`);
  writeFileSync(join(dir, 'structure-directed.txt'), `${d.graph.order} ${d.lines.length}\n${d.lines.join('\n')}\n`);
  console.log(`undirected: ${u.graph.order} nodes, ${u.graph.size} edges; directed: ${d.graph.order} nodes, ${d.graph.size} edges`);

  const timings: Timing[] = [];
  const values: Record<string, any> = {};
  const c = time(5, () => [connectedComponents(u.graph).count, stronglyConnectedComponents(d.graph).count]);
  timings.push({ library: 'zonelink', task: 'components', runs: c.runs, median: median(c.runs) });
  values.components = c.result;
  const k = time(5, () => [transitivity(u.graph), averageClustering(u.graph)]);
  timings.push({ library: 'zonelink', task: 'clustering', runs: k.runs, median: median(k.runs) });
  [values.transitivity, values.averageClustering] = k.result;
  const p = time(3, () => pathLengthSummary(u.graph, { distance: null }));
  timings.push({ library: 'zonelink', task: 'pathLengthSummary', runs: p.runs, median: median(p.runs), note: 'one all-pairs pass gives all five statistics' });
  values.averagePathLength = p.result.averagePathLength;
  values.diameter = p.result.diameter;
  values.radius = p.result.radius;
  // the same calls on compact adjacencies built once (what a caller running several measures pays)
  const built = 'zonelink, compact adjacency built once';
  const uc = compactAdjacency(u.graph, { weight: null });
  const dc = compactAdjacency(d.graph, { weight: null });
  const c2 = time(5, () => [connectedComponents(uc).count, stronglyConnectedComponents(dc).count]);
  timings.push({ library: built, task: 'components', runs: c2.runs, median: median(c2.runs) });
  const k2 = time(5, () => [transitivity(uc), averageClustering(uc)]);
  timings.push({ library: built, task: 'clustering', runs: k2.runs, median: median(k2.runs) });
  const p2 = time(3, () => pathLengthSummary(uc, { distance: null }));
  timings.push({ library: built, task: 'pathLengthSummary', runs: p2.runs, median: median(p2.runs) });
  console.log('zonelink done');

  const peers: Record<string, any> = {};
  for (const library of ['igraph', 'networkx']) {
    execFileSync(process.env.PEER_PYTHON ?? '/usr/bin/python3', ['bench/structure_peers.py', library, dir], { stdio: 'inherit' });
    peers[library] = JSON.parse(readFileSync(join(dir, `structure-${library}.json`), 'utf8'));
  }

  const all: Timing[] = [...timings];
  for (const [library, data] of Object.entries(peers)) for (const t of data.timings as Timing[]) all.push({ ...t, library: `${library} ${data.version}` });
  const rows: string[] = [];
  for (const task of ['components', 'clustering', 'pathLengthSummary']) {
    const base = all.find((t) => t.task === task && t.library === 'zonelink')!;
    for (const t of all.filter((x) => x.task === task)) {
      rows.push(`| ${task} | ${t.library} | ${t.median.toFixed(4)} | ${t.runs.map((r) => r.toFixed(3)).join(', ')} | ${(t.median / base.median).toFixed(2)} | ${t.note ?? ''} |`);
    }
  }
  const fmt = (x: unknown) => (Array.isArray(x) ? x.join(' / ') : typeof x === 'number' ? String(Number(x.toPrecision(12))) : x === undefined ? '—' : String(x));
  const checks = ['components', 'transitivity', 'averageClustering', 'averagePathLength', 'diameter', 'radius'].map(
    (key) => `| ${key} | ${fmt(values[key])} | ${fmt(peers.igraph.values[key])} | ${fmt(peers.networkx.values[key])} |`,
  );
  const md = `# Whole-network structure benchmark

Generated by \`bench/run.sh structure\` (${new Date().toISOString().slice(0, 10)}).
Machine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores, Node ${process.version}.
Peers (same run, same graphs): python-igraph ${peers.igraph.version}, NetworkX ${peers.networkx.version} (Python ${peers.igraph.python}).

Workloads (graphs written to files by \`bench/structure.bench.ts\` and read by \`bench/structure_peers.py\`):
- **components**: connected components of an undirected graph of ${u.graph.order} nodes and ${u.graph.size} edges,
  plus strongly connected components of a directed graph of ${d.graph.order} nodes and ${d.graph.size} edges;
- **clustering**: transitivity + average local clustering (zeros counted) of the undirected graph;
- **pathLengthSummary**: average path length, diameter and radius (hop counts) of the undirected graph.

Times are wall-clock seconds of one call from each library's own graph object (zonelink: a graphology
graph, so its times include building the compact adjacency). Ratio = median / zonelink's median
(> 1: slower than zonelink). The machine is shared, so single timings are noisy.

| task | library | median (s) | runs (s) | ratio | note |
|---|---|---|---|---|---|
${rows.join('\n')}

Values (a check that the libraries computed the same thing):

| value | zonelink | igraph | NetworkX |
|---|---|---|---|
${checks.join('\n')}
`;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/structure.md', md);
  console.log(md);
}

main();
