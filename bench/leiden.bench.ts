/**
 * Leiden benchmark: zonelink's leiden() and louvain() against igraph's
 * community_leiden(objective_function='modularity') on a seeded planted-partition
 * graph of 50,000 nodes (500 blocks of 100, p_in = 0.1, p_out = 2.2e-5,
 * ≈ 274,000 edges). The graph is written to a file that the Python peer
 * (bench/leiden_igraph.py, run with /usr/bin/python3) reads.
 *
 * Run: npx tsx bench/leiden.bench.ts   → writes bench/results/leiden.md
 */
import Graph from 'graphology';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/random/seeded-random.js';
import { leiden } from '../src/measures/community/leiden.js';
import { louvain } from '../src/measures/community/louvain.js';
import { compactAdjacency } from '../src/network/compact-adjacency.js';

const here = dirname(fileURLToPath(import.meta.url));
const BLOCKS = 500;
const SIZE = 100;
const P_IN = 0.1;
const P_OUT = 2.2e-5;
const SEEDS = 5;

function plantedPartition(seed: number): { n: number; edges: [number, number][] } {
  const random = seededRandom(seed);
  const n = BLOCKS * SIZE;
  const edges: [number, number][] = [];
  for (let block = 0; block < BLOCKS; block++) {
    const base = block * SIZE;
    for (let i = 0; i < SIZE; i++) for (let j = i + 1; j < SIZE; j++) if (random() < P_IN) edges.push([base + i, base + j]);
  }
  const interPairs = (n * (n - 1)) / 2 - BLOCKS * ((SIZE * (SIZE - 1)) / 2);
  const target = Math.round(interPairs * P_OUT);
  const seen = new Set<number>();
  while (seen.size < target) {
    const u = Math.floor(random() * n);
    const v = Math.floor(random() * n);
    if (Math.floor(u / SIZE) === Math.floor(v / SIZE)) continue;
    const key = Math.min(u, v) * n + Math.max(u, v);
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push([Math.min(u, v), Math.max(u, v)]);
  }
  return { n, edges };
}

function time<T>(run: () => T): { value: T; seconds: number; cpuSeconds: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = run();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  return { value, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const { n, edges } = plantedPartition(2019);
const file = join(tmpdir(), 'zonelink-leiden-bench-planted-50k.tsv');
writeFileSync(file, `${n}\n${edges.map(([u, v]) => `${u}\t${v}`).join('\n')}\n`);
const graph = new Graph({ type: 'undirected' });
for (let i = 0; i < n; i++) graph.addNode(String(i));
for (const [u, v] of edges) graph.addEdge(String(u), String(v));
console.log(`graph: ${n} nodes, ${edges.length} edges → ${file}`);

leiden(graph, { seed: 99, maxIterations: 1 }); // warm-up (JIT)
const zl1 = [];
const zl2 = [];
const zlStable = [];
for (let seed = 0; seed < SEEDS; seed++) {
  zl1.push(time(() => leiden(graph, { seed, maxIterations: 1 })));
  zl2.push(time(() => leiden(graph, { seed, maxIterations: 2 })));
  zlStable.push(time(() => leiden(graph, { seed })));
}
const lv = [];
for (let seed = 0; seed < SEEDS; seed++) lv.push(time(() => louvain(graph, { seed })));
const csrTimes = [];
for (let i = 0; i < SEEDS; i++) csrTimes.push(time(() => compactAdjacency(graph)));

const peer = JSON.parse(
  execFileSync('/usr/bin/python3', [join(here, 'leiden_igraph.py'), file, String(SEEDS)], { encoding: 'utf8' }),
) as {
  igraph: string;
  runs: { nIterations?: number; seconds: number; cpuSeconds: number; modularity: number; multilevel?: boolean }[];
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);
type Run = { seconds: number; cpuSeconds: number; modularity: number };
const rows: [string, number, number, number, number][] = [];
const add = (label: string, runs: Run[]) =>
  rows.push([
    label,
    median(runs.map((r) => r.seconds)),
    median(runs.map((r) => r.cpuSeconds)),
    median(runs.map((r) => r.modularity)),
    max(runs.map((r) => r.modularity)),
  ]);
const ours = (runs: { seconds: number; cpuSeconds: number; value: { modularity: number } }[]): Run[] =>
  runs.map((r) => ({ seconds: r.seconds, cpuSeconds: r.cpuSeconds, modularity: r.value.modularity }));
add('zonelink leiden (1 iteration)', ours(zl1));
add('zonelink leiden (2 iterations)', ours(zl2));
add('zonelink leiden (until stable)', ours(zlStable));
add('zonelink louvain (graphology-communities-louvain)', ours(lv));
add('igraph community_leiden (n_iterations=1)', peer.runs.filter((r) => r.nIterations === 1));
add('igraph community_leiden (n_iterations=2)', peer.runs.filter((r) => r.nIterations === 2));
add('igraph community_leiden (n_iterations=-1)', peer.runs.filter((r) => r.nIterations === -1));
add('igraph community_multilevel (Louvain)', peer.runs.filter((r) => r.multilevel));

const row = (label: string) => rows.find((r) => r[0] === label)!;
const compare = (mine: string, theirs: string) => {
  const a = row(mine);
  const b = row(theirs);
  return (
    `${mine} vs ${theirs}: wall-time ratio ${(a[1] / b[1]).toFixed(2)}, CPU-time ratio ${(a[2] / b[2]).toFixed(2)}, ` +
    `median modularity difference ${(a[3] - b[3]).toFixed(5)}`
  );
};
const lines = [
  '# Leiden benchmark',
  '',
  `Produced by \`npx tsx bench/leiden.bench.ts\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, python-igraph ${peer.igraph}).`,
  `Planted-partition graph: ${n} nodes, ${edges.length} edges (${BLOCKS} blocks of ${SIZE}, p_in = ${P_IN}, p_out = ${P_OUT}, seed 2019), unweighted.`,
  `Seeds 0…${SEEDS - 1} for each method; medians of wall-clock and process CPU time, graph construction excluded.`,
  'zonelink times include building the compact adjacency (CSR) from the graphology graph: ' +
    `${median(csrTimes.map((r) => r.seconds)).toFixed(3)} s wall of each run.`,
  'The machine is shared (2 cores, other jobs running), so wall times are noisy: compare CPU times.',
  '',
  '| method | wall time (s) | CPU time (s) | median modularity | best modularity |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(
    ([label, s, c, q, best]) => `| ${label} | ${s.toFixed(3)} | ${c.toFixed(3)} | ${q.toFixed(5)} | ${best.toFixed(5)} |`,
  ),
  '',
  'Target: reach igraph’s modularity within 0.001 in no more time.',
  '',
  `- ${compare('zonelink leiden (1 iteration)', 'igraph community_leiden (n_iterations=1)')}`,
  `- ${compare('zonelink leiden (2 iterations)', 'igraph community_leiden (n_iterations=2)')}`,
  `- ${compare('zonelink leiden (until stable)', 'igraph community_leiden (n_iterations=-1)')}`,
  `- ${compare('zonelink leiden (1 iteration)', 'igraph community_leiden (n_iterations=2)')}`,
  '',
];
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'leiden.md'), lines.join('\n'));
console.log(lines.join('\n'));
