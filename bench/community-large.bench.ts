/**
 * Large community benchmark (issue 14, "Scale"): zonelink's leiden() and
 * louvain() against igraph's community_multilevel and community_leiden on one
 * Barabási–Albert graph of 200,000 nodes and ≈1,000,000 edges, in the same run,
 * plus the memory per edge of the analysis kernels (the compact adjacency,
 * PageRank's and Leiden's working arrays).
 *
 * The graph: Barabási & Albert (1999) preferential attachment, m = 5, as
 * NetworkX's barabasi_albert_graph (a star on m + 1 nodes, then each new node
 * links to m distinct nodes drawn from the list of edge endpoints), drawn with
 * zonelink's seeded generator (seed 2019), so the same graph every run. It is
 * written to a file that the Python peer (bench/community_large_igraph.py, run
 * with /usr/bin/python3) reads.
 *
 * Times exclude building the graph; the compact adjacency (CSR) is built once
 * and timed on its own (igraph's times likewise exclude building its graph),
 * and louvain is also timed on the graphology graph (CSR built inside).
 * Memory: typed-array byte lengths of the CSR, and the peak growth of
 * process.memoryUsage() (ArrayBuffers and V8 heap) sampled at every progress
 * event of leiden and right after pagerank returns (after a forced GC when run
 * with --expose-gc).
 *
 * Until stable on a smaller graph of the same kind (BA 20,000 nodes, m = 5):
 * zonelink's leiden (its default) against igraph's community_leiden iterated by
 * hand from its own previous membership until an iteration changes nothing
 * (igraph's documented "until stable", which igraph 0.10's n_iterations=-1 does
 * not run), seeds 0–2: how many iterations Leiden itself needs on such graphs.
 *
 * Run: node --expose-gc --import tsx bench/community-large.bench.ts
 *      → writes bench/results/community-large.md (takes several minutes: igraph's
 *      multilevel and zonelink's until-stable Leiden each take minutes here)
 */
import Graph from 'graphology';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/random/seeded-random.js';
import { leiden } from '../src/measures/community/leiden.js';
import { louvain } from '../src/measures/community/louvain.js';
import { pagerank } from '../src/measures/centrality/pagerank.js';
import { compactAdjacency } from '../src/network/compact-adjacency.js';

const here = dirname(fileURLToPath(import.meta.url));
// COMMUNITY_LARGE_NODES shrinks the graph for a quick smoke run of the script (the committed results use 200,000)
const NODES = Number(process.env.COMMUNITY_LARGE_NODES ?? 200_000);
const M = 5;
const GRAPH_SEED = 2019;
const SEED = 0;
const SMALL_NODES = 20_000;
const SMALL_SEEDS = 3;

/** Barabási–Albert edges (see the module comment). */
function barabasiAlbert(n: number, m: number, seed: number): { src: Int32Array; dst: Int32Array } {
  const random = seededRandom(seed);
  const edges = m + (n - m - 1) * m;
  const src = new Int32Array(edges);
  const dst = new Int32Array(edges);
  const endpoints = new Int32Array(2 * edges);
  let r = 0;
  let e = 0;
  for (let i = 1; i <= m; i++) {
    src[e] = 0;
    dst[e++] = i;
    endpoints[r++] = 0;
    endpoints[r++] = i;
  }
  const chosen = new Int32Array(m);
  for (let v = m + 1; v < n; v++) {
    let k = 0;
    while (k < m) {
      const t = endpoints[Math.floor(random() * r)];
      if (!chosen.subarray(0, k).includes(t)) chosen[k++] = t;
    }
    for (let j = 0; j < m; j++) {
      src[e] = chosen[j];
      dst[e++] = v;
      endpoints[r++] = chosen[j];
      endpoints[r++] = v;
    }
  }
  return { src, dst };
}

function time<T>(run: () => T): { value: T; seconds: number; cpuSeconds: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = run();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  return { value, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const gc = (globalThis as { gc?: () => void }).gc;
/** Peak growth of ArrayBuffer and heap bytes while `run` executes, sampled at each progress event. */
function peakMemory<T>(run: (sample: () => void) => T): { value: T; arrayBuffers: number; heap: number } {
  gc?.();
  const before = process.memoryUsage();
  let arrayBuffers = 0;
  let heap = 0;
  const sample = () => {
    const now = process.memoryUsage();
    arrayBuffers = Math.max(arrayBuffers, now.arrayBuffers - before.arrayBuffers);
    heap = Math.max(heap, now.heapUsed - before.heapUsed);
  };
  const value = run(sample);
  return { value, arrayBuffers, heap };
}

const { src, dst } = barabasiAlbert(NODES, M, GRAPH_SEED);
const m = src.length;
const file = join(tmpdir(), 'zonelink-community-large-ba.tsv');
{
  const lines: string[] = [String(NODES)];
  for (let e = 0; e < m; e++) lines.push(`${src[e]}\t${dst[e]}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
}
const graph = new Graph({ type: 'undirected' });
for (let i = 0; i < NODES; i++) graph.addNode(String(i));
for (let e = 0; e < m; e++) graph.addEdge(String(src[e]), String(dst[e]));
console.log(`graph: ${NODES} nodes, ${m} edges → ${file}`);

const loadBefore = loadavg();
// warm-up (JIT) on a small graph of the same kind, not timed
{
  const small = barabasiAlbert(5000, M, 1);
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < 5000; i++) g.addNode(String(i));
  for (let e = 0; e < small.src.length; e++) g.addEdge(String(small.src[e]), String(small.dst[e]));
  leiden(g, { seed: 1 });
  louvain(g, { seed: 1 });
}

gc?.();
const csrHeapBefore = process.memoryUsage();
const built = time(() => compactAdjacency(graph));
const csr = built.value;
const csrHeapAfter = process.memoryUsage();
const csrBytes = csr.outOffsets.byteLength + csr.outTargets.byteLength + csr.outWeights.byteLength; // undirected: in* are the same arrays
const csrKeysBytes = csrHeapAfter.heapUsed - csrHeapBefore.heapUsed; // node keys array and key → index map (V8 heap)

// pagerank has no progress hook to sample from: its growth is read right after it returns (its arrays are not yet collected)
const pr = peakMemory((sample) => {
  const value = pagerank(csr);
  sample();
  return value;
});

type Row = { label: string; seconds: number; cpuSeconds: number; modularity: number; communities: number; iterations?: number };
const rows: Row[] = [];
let leidenMemory = { arrayBuffers: 0, heap: 0 };
{
  const run = peakMemory((sample) => time(() => leiden(csr, { seed: SEED, onProgress: sample })));
  leidenMemory = run;
  const r = run.value;
  rows.push({ label: 'zonelink leiden, until stable (the default), CSR built once', seconds: r.seconds, cpuSeconds: r.cpuSeconds, modularity: r.value.modularity, communities: r.value.communities, iterations: r.value.iterations });
  console.log(rows.at(-1));
}
for (const maxIterations of [1, 2]) {
  const r = time(() => leiden(csr, { seed: SEED, maxIterations }));
  rows.push({ label: `zonelink leiden, maxIterations ${maxIterations}, CSR built once`, seconds: r.seconds, cpuSeconds: r.cpuSeconds, modularity: r.value.modularity, communities: r.value.communities, iterations: r.value.iterations });
  console.log(rows.at(-1));
}
for (const [label, input] of [
  ['zonelink louvain, CSR built once', csr],
  ['zonelink louvain, graphology graph (CSR built inside)', graph],
] as const) {
  const r = time(() => louvain(input, { seed: SEED }));
  rows.push({ label, seconds: r.seconds, cpuSeconds: r.cpuSeconds, modularity: r.value.modularity, communities: r.value.communities });
  console.log(rows.at(-1));
}
// Leiden's working memory with non-integer weights (aggregated levels then keep Float64
// weights: 12 bytes per entry instead of 4): the same graph, weights drawn in [0.5, 1.5).
// Three iterations: the level buffers are allocated in the first and reused after.
let weightedMemory = { arrayBuffers: 0, heap: 0 };
{
  const random = seededRandom(GRAPH_SEED + 1);
  const weighted = new Graph({ type: 'undirected' });
  for (let i = 0; i < NODES; i++) weighted.addNode(String(i));
  for (let e = 0; e < m; e++) weighted.addEdge(String(src[e]), String(dst[e]), { weight: 0.5 + random() });
  const weightedCsr = compactAdjacency(weighted, { weight: 'weight' });
  const run = peakMemory((sample) => leiden(weightedCsr, { seed: SEED, maxIterations: 3, onProgress: sample }));
  weightedMemory = run;
}
// until stable on the smaller graph, seeds 0 … SMALL_SEEDS − 1
const small = barabasiAlbert(SMALL_NODES, M, GRAPH_SEED);
const smallFile = join(tmpdir(), 'zonelink-community-large-ba-small.tsv');
{
  const lines: string[] = [String(SMALL_NODES)];
  for (let e = 0; e < small.src.length; e++) lines.push(`${small.src[e]}\t${small.dst[e]}`);
  writeFileSync(smallFile, `${lines.join('\n')}\n`);
}
const smallGraph = new Graph({ type: 'undirected' });
for (let i = 0; i < SMALL_NODES; i++) smallGraph.addNode(String(i));
for (let e = 0; e < small.src.length; e++) smallGraph.addEdge(String(small.src[e]), String(small.dst[e]));
const smallCsr = compactAdjacency(smallGraph);
const smallRuns = Array.from({ length: SMALL_SEEDS }, (_, seed) => {
  const r = time(() => leiden(smallCsr, { seed }));
  return { seed, iterations: r.value.iterations, cpuSeconds: r.cpuSeconds, modularity: r.value.modularity, communities: r.value.communities };
});
console.log(smallRuns);
const loadAfterZonelink = loadavg();

const peer = JSON.parse(
  execFileSync('/usr/bin/python3', [join(here, 'community_large_igraph.py'), file, String(SEED), smallFile, String(SMALL_SEEDS), 'large'], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] }),
) as {
  igraph: string;
  edges: number;
  maxRssBytes: number;
  runs: { method: string; seconds: number; cpuSeconds: number; modularity: number; communities: number; sameAsOneIteration?: boolean }[];
  untilStable: { nodes: number; edges: number; runs: { seed: number; iterations: number; cpuSeconds: number; modularity: number; communities: number }[] };
  untilStableLarge: { seed: number; iterations: number; cpuSeconds: number; seconds: number; modularity: number; communities: number };
};
const loadAfter = loadavg();
for (const r of peer.runs) {
  const label = r.method === 'multilevel' ? 'igraph community_multilevel (Louvain)' : `igraph community_leiden, ${r.method}`;
  rows.push({ label, seconds: r.seconds, cpuSeconds: r.cpuSeconds, modularity: r.modularity, communities: r.communities, iterations: r.method.endsWith('=1') || r.method.endsWith('-1') ? 1 : r.method.endsWith('=2') ? 2 : undefined });
}
{
  const u = peer.untilStableLarge;
  rows.push({ label: 'igraph community_leiden, repeated from its own partition until unchanged (the documented until stable)', seconds: u.seconds, cpuSeconds: u.cpuSeconds, modularity: u.modularity, communities: u.communities, iterations: u.iterations });
}
if (peer.edges !== m) throw new Error(`igraph read ${peer.edges} edges, expected ${m}`);

const row = (prefix: string) => rows.find((r) => r.label.startsWith(prefix))!;
const ratio = (a: Row, b: Row) =>
  `${a.label} vs ${b.label}: CPU-time ratio ${(a.cpuSeconds / b.cpuSeconds).toFixed(2)}, wall-time ratio ${(a.seconds / b.seconds).toFixed(2)}, modularity ${a.modularity.toFixed(4)} vs ${b.modularity.toFixed(4)} (difference ${(a.modularity - b.modularity).toFixed(4)})`;
const perEdge = (bytes: number) => (bytes / m).toFixed(1);
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
const minusOne = peer.runs.find((r) => r.method === 'leiden n_iterations=-1');
const lines = [
  '# Large community benchmark (Barabási–Albert, 200,000 nodes / 1,000,000 edges)',
  '',
  `Produced by \`node --expose-gc --import tsx bench/community-large.bench.ts\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, python-igraph ${peer.igraph}, ${cpus().length} cores${gc ? '' : ', run without --expose-gc'}).`,
  `Graph: Barabási–Albert preferential attachment, ${NODES} nodes, m = ${M}, ${m} edges, unweighted, drawn with zonelink's seeded generator (seed ${GRAPH_SEED}); the same edge list is read by igraph.`,
  `One run per method, seed ${SEED} (igraph: Python's \`random\` seeded with ${SEED}); wall-clock and process CPU time, graph construction excluded.`,
  `Building the CSR from the graphology graph: ${built.seconds.toFixed(2)} s wall.`,
  `Load average (1/5/15 min) before the zonelink runs ${load(loadBefore)}, after them ${load(loadAfterZonelink)}, after igraph ${load(loadAfter)} — the machine (${cpus().length} cores) was shared with other jobs, so wall times are inflated; compare CPU times.`,
  '',
  '| method | wall time (s) | CPU time (s) | modularity | communities | iterations |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.label} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.modularity.toFixed(5)} | ${r.communities} | ${r.iterations ?? ''} |`),
  '',
  'Target (issue 14): Leiden until stable no slower than igraph\'s multilevel on the same graph in the same run, at no loss of quality.',
  '',
  `- ${ratio(row('zonelink leiden, until stable'), row('igraph community_multilevel'))}`,
  `- ${ratio(row('zonelink leiden, until stable'), row('igraph community_leiden, repeated'))}`,
  `- ${ratio(row('igraph community_leiden, repeated'), row('igraph community_multilevel'))}`,
  `- ${ratio(row('zonelink leiden, maxIterations 2'), row('igraph community_leiden, leiden n_iterations=2'))}`,
  `- ${ratio(row('zonelink leiden, maxIterations 1'), row('igraph community_leiden, leiden n_iterations=1'))}`,
  `- ${ratio(row('zonelink louvain, CSR'), row('igraph community_multilevel'))}`,
  '',
  `igraph's n_iterations=-1 is documented as "until a stable iteration"; igraph 0.10.x stops after the first iteration that changes the partition (igraph/igraph#2798): here it returned ${minusOne?.sameAsOneIteration ? 'exactly' : 'NOT'} the n_iterations=1 partition. zonelink's until-stable default runs the documented rule (until an iteration moves no node).`,
  '',
  `## Until stable on a smaller graph of the same kind (Barabási–Albert, ${SMALL_NODES} nodes, m = ${M}, ${small.src.length} edges)`,
  '',
  "igraph: \`community_leiden(objective_function=\"modularity\", n_iterations=1, initial_membership=previous)\` repeated until it returns the same partition — the documented \"until stable\" run by hand. zonelink: \`leiden\` with its default (until an iteration moves no node).",
  '',
  '| seed | zonelink iterations | zonelink CPU (s) | zonelink modularity | igraph iterations | igraph CPU (s) | igraph modularity |',
  '|---:|---:|---:|---:|---:|---:|---:|',
  ...smallRuns.map((z, i) => {
    const p = peer.untilStable.runs[i];
    return `| ${z.seed} | ${z.iterations} | ${z.cpuSeconds.toFixed(2)} | ${z.modularity.toFixed(5)} | ${p.iterations} | ${p.cpuSeconds.toFixed(2)} | ${p.modularity.toFixed(5)} |`;
  }),
  '',
  '## Memory per edge (1,000,000 edges)',
  '',
  '| kernel | bytes | bytes per edge |',
  '|---|---:|---:|',
  `| CSR typed arrays (offsets Int32, targets Int32, weights Float64; both directions of each undirected edge, \`in*\` shared with \`out*\`) | ${csrBytes} | ${perEdge(csrBytes)} |`,
  `| CSR node keys and key → index map (V8 heap growth while building) | ${csrKeysBytes} | ${perEdge(csrKeysBytes)} |`,
  `| PageRank working arrays (ArrayBuffer growth across pagerank on the CSR) | ${pr.arrayBuffers} | ${perEdge(pr.arrayBuffers)} |`,
  `| PageRank V8 heap growth (the result record of 200,000 keys) | ${pr.heap} | ${perEdge(pr.heap)} |`,
  `| Leiden working arrays (peak ArrayBuffer growth during leiden on the CSR, until stable) | ${leidenMemory.arrayBuffers} | ${perEdge(leidenMemory.arrayBuffers)} |`,
  `| Leiden V8 heap growth (peak, sampled) | ${leidenMemory.heap} | ${perEdge(leidenMemory.heap)} |`,
  `| Leiden working arrays, same graph with non-integer weights (peak ArrayBuffer growth, 3 iterations) | ${weightedMemory.arrayBuffers} | ${perEdge(weightedMemory.arrayBuffers)} |`,
  `| igraph process peak RSS (Python, graph and all runs) | ${peer.maxRssBytes} | ${perEdge(peer.maxRssBytes)} |`,
  '',
];
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'community-large.md'), lines.join('\n'));
console.log(lines.join('\n'));
