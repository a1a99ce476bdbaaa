/**
 * Large linkage files, end to end (issue: 1M–10M linkages at the speed of the parse floor).
 *
 * Generates (seeded) a linkage CSV of 1,000,000 linkages among 50,000 nodes whose ids look
 * like real ones (`etdz-…`, `htz-…`, 6-digit city codes), and a 5,000,000-linkage file, then
 * times in fresh child processes (so each peak RSS is the stage's own):
 * - the floor: d3-dsv `csvParse` of the same text (an object per row, no validation);
 * - `readLinkageColumnsFile` (streamed, every row validated, typed columns);
 * - load → `columnsAdjacency` → `pagerank` (the library's large-data path);
 * - the 5M file validated under Node's default heap;
 * - a 10,000,000-linkage file through the whole path (load → adjacency → PageRank),
 *   also under the default heap: the top of the 10⁶–10⁷ range the docs promise;
 * and, in the same run, pandas.read_csv + igraph Graph build + PageRank (Debian's python3).
 *
 * Run: npx tsx bench/large-linkages.bench.ts   → bench/results/large-linkages.md
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { columnsAdjacency } from '../src/network/columns-adjacency.js';
import { pagerank } from '../src/measures/centrality/pagerank.js';
import { readLinkageColumnsFile } from '../src/node/read-linkage-columns-file.js';
import { writeLinkages } from './large-dataset.js';

const here = dirname(fileURLToPath(import.meta.url));

function generate(path: string, linkages: number, seed: number): void {
  writeLinkages(path, linkages, seed);
}

interface Stage {
  seconds: number;
  maxRssMiB: number;
  detail?: Record<string, number>;
}

function child(mode: string, path: string): void {
  const t0 = performance.now();
  const detail: Record<string, number> = {};
  if (mode === 'dsv') {
    const rows = csvParse(readFileSync(path, 'utf8'));
    detail.rows = rows.length;
  } else if (mode === 'validate') {
    const columns = readLinkageColumnsFile(path);
    detail.rows = columns.length;
    detail.nodes = columns.nodes.length;
  } else if (mode === 'pipeline') {
    const columns = readLinkageColumnsFile(path);
    const t1 = performance.now();
    const csr = columnsAdjacency(columns);
    const t2 = performance.now();
    const pr = pagerank(csr);
    const t3 = performance.now();
    detail.loadSeconds = (t1 - t0) / 1000;
    detail.adjacencySeconds = (t2 - t1) / 1000;
    detail.pagerankSeconds = (t3 - t2) / 1000;
    detail.edges = csr.edgeCount;
    detail.iterations = pr.iterations;
  }
  const stage: Stage = { seconds: (performance.now() - t0) / 1000, maxRssMiB: process.resourceUsage().maxRSS / 1024, detail };
  process.stdout.write(JSON.stringify(stage));
}

function run(mode: string, path: string, nodeOptions: string[] = []): Stage {
  const out = execFileSync(process.execPath, [...nodeOptions, ...process.execArgv, fileURLToPath(import.meta.url), '--child', mode, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as Stage;
}

const PEER = String.raw`
import sys, time, json, resource
import pandas as pd, igraph as ig
t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1], dtype={'source': str, 'target': str})
t1 = time.perf_counter()
codes, uniques = pd.factorize(pd.concat([df['source'], df['target']], ignore_index=True))
m = len(df)
g = ig.Graph(n=len(uniques), edges=list(zip(codes[:m].tolist(), codes[m:].tolist())), directed=False)
g.es['weight'] = df['weight'].tolist()
g.simplify(combine_edges='sum')
t2 = time.perf_counter()
pr = g.pagerank(weights='weight')
t3 = time.perf_counter()
print(json.dumps({'read': t1 - t0, 'build': t2 - t1, 'pagerank': t3 - t2, 'total': t3 - t0, 'maxRssMiB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'edges': g.ecount(), 'pandas': pd.__version__, 'igraph': ig.__version__}))
`;

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'zonelink-large-'));
  try {
    const million = join(dir, 'linkages-1m.csv');
    const five = join(dir, 'linkages-5m.csv');
    const ten = join(dir, 'linkages-10m.csv');
    generate(million, 1_000_000, 2024);
    generate(five, 5_000_000, 2025);
    generate(ten, 10_000_000, 2026);
    const repeat = (mode: string, path: string, runs = 3) => {
      // The median run, whole (its stage times add up to its total); peak RSS is the largest of the runs.
      const stages = Array.from({ length: runs }, () => run(mode, path)).sort((a, b) => a.seconds - b.seconds);
      return { ...stages[Math.floor(runs / 2)], maxRssMiB: Math.max(...stages.map((s) => s.maxRssMiB)) };
    };
    const dsv = repeat('dsv', million);
    const validate = repeat('validate', million);
    const pipeline = repeat('pipeline', million);
    const validate5 = run('validate', five);
    const pipeline10 = run('pipeline', ten);
    const peerRuns = Array.from({ length: 3 }, () => JSON.parse(execFileSync('/usr/bin/python3', ['-c', PEER, million], { encoding: 'utf8' })) as Record<string, number | string>);
    const peer = peerRuns.sort((a, b) => (a.total as number) - (b.total as number))[1];
    const heapLimitMiB = Number(execFileSync(process.execPath, ['-e', 'console.log(require("v8").getHeapStatistics().heap_size_limit / 1048576)'], { encoding: 'utf8' }));
    const mb = (p: string) => (statSync(p).size / 1e6).toFixed(0);
    const d = pipeline.detail ?? {};
    const lines = [
      '# Large linkage files: validate, load → compact adjacency → PageRank',
      '',
      `Generated by \`npx tsx bench/large-linkages.bench.ts\` on ${new Date().toISOString().slice(0, 10)}; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; Node ${process.version}; pandas ${peer.pandas}, igraph ${peer.igraph} (Debian python3).`,
      `Files: 1,000,000 linkages (${mb(million)} MB), 5,000,000 (${mb(five)} MB) and 10,000,000 (${mb(ten)} MB) among 50,000 nodes with ids like \`etdz-000123\`, \`htz-…\`, \`110005\`, \`ftz-area-…\`; seeded. Every zonelink and d3-dsv stage runs in a fresh process (median of 3; peak RSS = the process's maxRSS). The peer is the median of 3 runs.`,
      '',
      '| stage (1M linkages) | seconds | peak RSS MiB | ratio |',
      '| --- | ---: | ---: | ---: |',
      `| d3-dsv csvParse of the text (the parse floor: objects, no validation) | ${dsv.seconds.toFixed(2)} | ${dsv.maxRssMiB.toFixed(0)} | 1.00 |`,
      `| zonelink readLinkageColumnsFile (streamed, every row validated) | ${validate.seconds.toFixed(2)} | ${validate.maxRssMiB.toFixed(0)} | ${(validate.seconds / dsv.seconds).toFixed(2)} × the floor |`,
      `| zonelink load → columnsAdjacency → pagerank | ${pipeline.seconds.toFixed(2)} (load ${d.loadSeconds?.toFixed(2)}, adjacency ${d.adjacencySeconds?.toFixed(2)}, PageRank ${d.pagerankSeconds?.toFixed(2)}) | ${pipeline.maxRssMiB.toFixed(0)} | ${(pipeline.seconds / (peer.total as number)).toFixed(2)} × the peer |`,
      `| pandas.read_csv + igraph Graph + simplify + pagerank | ${(peer.total as number).toFixed(2)} (read ${(peer.read as number).toFixed(2)}, build ${(peer.build as number).toFixed(2)}, PageRank ${(peer.pagerank as number).toFixed(2)}) | ${(peer.maxRssMiB as number).toFixed(0)} | 1.00 |`,
      '',
      `5,000,000 linkages validated under Node's default heap (limit ${heapLimitMiB.toFixed(0)} MiB): ${validate5.seconds.toFixed(1)} s, peak RSS ${validate5.maxRssMiB.toFixed(0)} MiB, ${validate5.detail?.rows} linkages kept.`,
      '',
      `10,000,000 linkages, load → columnsAdjacency → pagerank under the same default heap (one run): ${pipeline10.seconds.toFixed(1)} s (load ${pipeline10.detail?.loadSeconds?.toFixed(1)}, adjacency ${pipeline10.detail?.adjacencySeconds?.toFixed(2)}, PageRank ${pipeline10.detail?.pagerankSeconds?.toFixed(2)} s, ${pipeline10.detail?.iterations} iterations), peak RSS ${pipeline10.maxRssMiB.toFixed(0)} MiB; ${pipeline10.detail?.edges} undirected edges after merging parallel linkages.`,
      '',
      `The compact adjacency of the 1M file has ${d.edges} undirected edges (parallel linkages merged); PageRank took ${d.iterations} iterations. Targets (issue): validate ≤ 3 × the d3-dsv parse and ≤ 1 GB; the pipeline ≤ 2 × pandas + igraph; 5M under the default heap.`,
      '',
    ];
    writeFileSync(join(here, 'results', 'large-linkages.md'), lines.join('\n'));
    process.stdout.write(lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') child(process.argv[3], process.argv[4]);
else main();
