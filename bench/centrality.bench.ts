/**
 * Centrality benchmark: zonelink vs graphology-metrics (same process) vs NetworkX
 * and python-igraph (bench/peers.py, on the SAME graphs, read from files this
 * script writes). Driven by `bench/run.sh centrality`:
 *
 *   tsx bench/centrality.bench.ts run <dir>     generate graphs, time zonelink and graphology-metrics
 *   python3 bench/peers.py networkx <dir>        time NetworkX
 *   /usr/bin/python3 bench/peers.py igraph <dir> time igraph
 *   tsx bench/centrality.bench.ts report <dir>  write bench/results/centrality.md
 *
 * Workloads: weighted exact betweenness (weights = distances) on a 5,000-node,
 * ~29,000-edge undirected graph; PageRank on a directed 100,000-node,
 * ~1,000,000-edge graph. Every timed call starts from the library's own graph
 * object (graphology for zonelink and graphology-metrics), so zonelink's times
 * include building its compact adjacency.
 */
import Graph from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank.js';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { betweenness, pagerank } from '../src/measures/centrality/index.js';
import { compactAdjacency } from '../src/network/compact-adjacency.js';
import { parallelBetweenness } from '../src/node/parallel-betweenness.js';
import { seededRandom } from '../src/random/seeded-random.js';

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

async function time(runs: number, fn: () => unknown): Promise<{ runs: number[]; result: any }> {
  const seconds: number[] = [];
  let result: any;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await fn();
    seconds.push((performance.now() - t) / 1000);
  }
  return { runs: seconds, result };
}

/** Undirected weighted graph: each new node links to up to 6 earlier ones (half preferential, half uniform). */
function betweennessGraph(): { graph: Graph; lines: string[] } {
  const random = seededRandom(2026);
  const n = 5000;
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  const ends: number[] = [];
  const lines: string[] = [];
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < 6; k++) {
      const j = k % 2 === 0 || ends.length === 0 ? Math.floor(random() * i) : ends[Math.floor(random() * ends.length)];
      if (graph.hasEdge(String(i), String(j))) continue;
      const w = 1 + Math.round(random() * 9000) / 1000; // distance in [1, 10], 3 decimals
      graph.addEdge(String(i), String(j), { weight: w });
      ends.push(i, j);
      lines.push(`${i} ${j} ${w}`);
    }
  }
  return { graph, lines };
}

/** Directed graph, 100k nodes, 10 out-links per node to targets drawn half preferentially by in-degree. */
function pagerankGraph(): { graph: Graph; lines: string[] } {
  const random = seededRandom(1729);
  const n = 100_000;
  const graph = new Graph({ type: 'directed' });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  const targets: number[] = [];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 10; k++) {
      const j = k % 2 === 0 || targets.length === 0 ? Math.floor(random() * n) : targets[Math.floor(random() * targets.length)];
      if (j === i || graph.hasEdge(String(i), String(j))) continue;
      graph.addEdge(String(i), String(j));
      targets.push(j);
      lines.push(`${i} ${j}`);
    }
  }
  return { graph, lines };
}

const vector = (record: Record<string, number>, n: number) => Array.from({ length: n }, (_, i) => record[String(i)]);

async function run(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const timings: Timing[] = [];
  const b = betweennessGraph();
  writeFileSync(join(dir, 'betweenness-graph.txt'), `${b.graph.order} ${b.lines.length}\n${b.lines.join('\n')}\n`);
  console.log(`betweenness graph: ${b.graph.order} nodes, ${b.graph.size} edges`);
  const zb = await time(5, () => betweenness(b.graph, { normalized: false }));
  timings.push({ library: 'zonelink', task: 'betweenness', runs: zb.runs, median: median(zb.runs) });
  const adjacency = compactAdjacency(b.graph);
  const zk = await time(5, () => betweenness(adjacency, { normalized: false }));
  timings.push({ library: 'zonelink, compact adjacency built once', task: 'betweenness', runs: zk.runs, median: median(zk.runs) });
  const workers = availableParallelism();
  const zp = await time(5, () => parallelBetweenness(b.graph, { normalized: false, workers }));
  timings.push({ library: `zonelink parallelBetweenness (${workers} workers)`, task: 'betweenness', runs: zp.runs, median: median(zp.runs) });
  const gb = await time(3, () => graphologyBetweenness(b.graph, { getEdgeWeight: 'weight', normalized: false }));
  timings.push({ library: 'graphology-metrics', task: 'betweenness', runs: gb.runs, median: median(gb.runs) });
  console.log('betweenness done');

  const p = pagerankGraph();
  writeFileSync(join(dir, 'pagerank-graph.txt'), `${p.graph.order} ${p.lines.length}\n${p.lines.join('\n')}\n`);
  console.log(`pagerank graph: ${p.graph.order} nodes, ${p.graph.size} edges`);
  const zr = await time(5, () => pagerank(p.graph, { weight: null }));
  timings.push({
    library: 'zonelink',
    task: 'pagerank',
    runs: zr.runs,
    median: median(zr.runs),
    note: `${zr.result.iterations} iterations, L1 change < 1e-10`,
  });
  const zc = await time(5, () => compactAdjacency(p.graph, { weight: null }));
  timings.push({ library: 'zonelink compactAdjacency only (graphology → CSR)', task: 'pagerank', runs: zc.runs, median: median(zc.runs) });
  const csr = zc.result;
  const zpk = await time(5, () => pagerank(csr));
  timings.push({ library: 'zonelink, compact adjacency built once', task: 'pagerank', runs: zpk.runs, median: median(zpk.runs) });
  const gr = await time(3, () => graphologyPagerank(p.graph, { getEdgeWeight: null }));
  timings.push({ library: 'graphology-metrics', task: 'pagerank', runs: gr.runs, median: median(gr.runs), note: 'stops at total change < N·1e-6' });
  console.log('pagerank done');

  const parallelSame = vector(zp.result, b.graph.order).every((x, i) => x === vector(zb.result, b.graph.order)[i]);
  writeFileSync(
    join(dir, 'zonelink.json'),
    JSON.stringify({
      machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), node: process.version },
      graphs: {
        betweenness: { nodes: b.graph.order, edges: b.graph.size },
        pagerank: { nodes: p.graph.order, edges: p.graph.size },
      },
      timings,
      parallelIdentical: parallelSame,
      values: {
        betweenness: vector(zb.result, b.graph.order),
        graphologyBetweenness: vector(gb.result, b.graph.order),
        pagerank: vector(zr.result.values, p.graph.order),
        graphologyPagerank: vector(gr.result, p.graph.order),
      },
    }),
  );
}

function maxRelativeDifference(a: number[], b: number[], floor: number): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(floor, Math.abs(b[i])));
  return worst;
}

function report(dir: string): void {
  const zl = JSON.parse(readFileSync(join(dir, 'zonelink.json'), 'utf8'));
  const peers: Record<string, any> = {};
  for (const lib of ['networkx', 'igraph']) {
    const file = join(dir, `${lib}.json`);
    if (existsSync(file)) peers[lib] = JSON.parse(readFileSync(file, 'utf8'));
  }
  const all: Timing[] = [...zl.timings];
  for (const [lib, data] of Object.entries(peers)) for (const t of data.timings as Timing[]) all.push({ ...t, library: `${lib} ${data.version}` });
  const rows: string[] = [];
  for (const task of ['betweenness', 'pagerank']) {
    const zonelink = all.find((t) => t.task === task && t.library === 'zonelink')!;
    for (const t of all.filter((x) => x.task === task)) {
      rows.push(
        `| ${task} | ${t.library} | ${t.median.toFixed(3)} | ${t.runs.map((r) => r.toFixed(2)).join(', ')} | ${(t.median / zonelink.median).toFixed(2)} | ${t.note ?? ''} |`,
      );
    }
  }
  const summary: string[] = [];
  const igraphTimings = peers.igraph?.timings as Timing[] | undefined;
  for (const task of ['betweenness', 'pagerank']) {
    const ig = igraphTimings?.find((t) => t.task === task);
    if (!ig) continue;
    const whole = all.find((t) => t.task === task && t.library === 'zonelink')!;
    const kernel = all.find((t) => t.task === task && t.library === 'zonelink, compact adjacency built once')!;
    summary.push(
      `| ${task} | ${(whole.median / ig.median).toFixed(2)} | ${(kernel.median / ig.median).toFixed(2)} |`,
    );
  }
  const accuracy: string[] = [];
  const zb: number[] = zl.values.betweenness;
  const zr: number[] = zl.values.pagerank;
  accuracy.push(`| betweenness | graphology-metrics | ${maxRelativeDifference(zl.values.graphologyBetweenness, zb, 1).toExponential(2)} |`);
  accuracy.push(`| pagerank | graphology-metrics | ${maxRelativeDifference(zl.values.graphologyPagerank, zr, 0).toExponential(2)} |`);
  for (const [lib, data] of Object.entries(peers)) {
    if (data.values?.betweenness) accuracy.push(`| betweenness | ${lib} | ${maxRelativeDifference(data.values.betweenness, zb, 1).toExponential(2)} |`);
    if (data.values?.pagerank) accuracy.push(`| pagerank | ${lib} | ${maxRelativeDifference(data.values.pagerank, zr, 0).toExponential(2)} |`);
  }
  const md = `# Centrality benchmark

Generated by \`bench/run.sh centrality\` (${new Date().toISOString().slice(0, 10)}).
Machine: ${zl.machine.cpu}, ${zl.machine.cores} cores, Node ${zl.machine.node}.
Peers: ${Object.entries(peers).map(([lib, d]) => `${lib} ${d.version} (Python ${d.python})`).join(', ') || 'none'}.

Workloads (the same graphs for every library, written to files by \`bench/centrality.bench.ts\`):
- **betweenness**: exact, weighted (weights are distances in [1, 10]), raw values, on an undirected
  graph of ${zl.graphs.betweenness.nodes} nodes and ${zl.graphs.betweenness.edges} edges.
- **pagerank**: α = 0.85, unweighted, directed graph of ${zl.graphs.pagerank.nodes} nodes and ${zl.graphs.pagerank.edges} edges,
  each library with its default stopping rule.

Times are wall-clock seconds of one call starting from each library's own graph object (zonelink and
graphology-metrics: a graphology graph, so zonelink's time includes building its compact adjacency;
NetworkX: nx.Graph/DiGraph; igraph: igraph.Graph). Ratio = median / zonelink's median (> 1: slower than zonelink).

| task | library | median (s) | runs (s) | ratio | note |
|---|---|---|---|---|---|
${rows.join('\n')}

parallelBetweenness result identical to betweenness bit for bit: ${zl.parallelIdentical}.

zonelink time / igraph time (< 1: zonelink faster). "whole call" starts from the graphology graph;
"kernel" starts from zonelink's compact adjacency, igraph's equivalent of its own graph structure.

| task | whole call | kernel |
|---|---|---|
${summary.join('\n')}

## Agreement with zonelink

Largest difference over all nodes, |x − zonelink| / max(1, |zonelink|) for betweenness (raw counts),
|x − zonelink| / zonelink for PageRank.

| task | library | max relative difference |
|---|---|---|
${accuracy.join('\n')}

Why they differ: graphology-metrics' betweenness stores path counts in 32-bit integers (wrong by
orders of magnitude here), and its PageRank, like NetworkX's, stops when the *total* change is below
N × 1e-6, i.e. early on a 100,000-node graph (both ~15% off on single nodes). zonelink stops when the
total (L1) change is below 1e-10 and agrees with igraph's PRPACK solve to ~1e-10. For betweenness
zonelink compares path lengths exactly, as NetworkX does (they agree to rounding), while igraph
treats lengths within a relative 1e-10 as ties; with 3-decimal weights some sums that differ only
in the last bits are ties for igraph and not for NetworkX/zonelink, hence igraph's small difference
(checked: zonelink on the same weights × 1000, integers with exact sums, matches igraph to 2e-16).

The load of the machine (other jobs were running) makes single runs noisy; the
graphology → CSR conversion time is bimodal because of garbage collection.
`;
  const out = new URL('./results/centrality.md', import.meta.url);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(out, md);
  console.log(md);
}

const [command, dir] = process.argv.slice(2);
if (command === 'run' && dir) await run(dir);
else if (command === 'report' && dir) report(dir);
else {
  console.error('usage: tsx bench/centrality.bench.ts run|report <dir>');
  process.exit(2);
}
