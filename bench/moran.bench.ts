/**
 * Benchmark: Moran's I with 9,999 permutations on the 344 bundled Chinese cities
 * (data/china/cities.json, WGS84 centres, 6-nearest-neighbour row-standardised
 * weights) against R spdep's `moran.mc` in the same run; also the weights, the
 * analytic test (`moran.test`) and the local Moran (`localmoran`).
 * Run: npx tsx bench/moran.bench.ts [runs=5]   (needs Rscript with spdep; bench/run.sh moran)
 * Writes bench/results/moran.md: median wall times (ms) and ratios R / zonelink.
 * Values: seeded log-normal draws (timing does not depend on them).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/random/seeded-random.js';
import { spatialWeights, moranI, localMoran } from '../src/measures/spatial/index.js';

const runs = Number(process.argv[2] ?? 5);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cities = JSON.parse(readFileSync(join(root, 'data/china/cities.json'), 'utf8')) as Array<{ id: string; coordinates: { lon: number; lat: number } }>;
const random = seededRandom(2026);
const values = cities.map(() => Math.exp(random() + random() + random()));
const coordinates = Object.fromEntries(cities.map((c) => [c.id, c.coordinates]));
const nodes = cities.map((c) => c.id);
const K = 6;
const PERMUTATIONS = 9_999;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};
const timeOf = (run: () => unknown) => {
  run();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
};

const build = () => spatialWeights({ method: 'knn', coordinates, k: K, nodes, distance: 'ellipsoidal' });
const w = build();
const ours = {
  weights: timeOf(build),
  moranTest: timeOf(() => moranI(values, w, { permutations: 0 })),
  moranMc: timeOf(() => moranI(values, w, { permutations: PERMUTATIONS, seed: 1 })),
  localmoran: timeOf(() => localMoran(values, w)),
};
const I = moranI(values, w, { permutations: 0 }).I;

const dir = join(tmpdir(), 'zonelink-bench-moran');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'moran-input.json'), JSON.stringify({ runs, k: K, permutations: PERMUTATIONS, lon: cities.map((c) => c.coordinates.lon), lat: cities.map((c) => c.coordinates.lat), values }));
execFileSync('Rscript', [join(root, 'bench/moran_spdep.R'), dir], { stdio: 'inherit' });
const peer = JSON.parse(readFileSync(join(dir, 'moran-spdep.json'), 'utf8')) as Record<string, number> & { tools: { R: string; spdep: string } };
if (Math.abs(peer.I - I) > 1e-10) throw new Error(`Moran's I differs: zonelink ${I}, spdep ${peer.I}`);

const rows: Array<[string, string, number, number]> = [
  ['6-nearest weights, row-standardised', 'knn2nb(knearneigh(longlat = TRUE)) + nb2listw', ours.weights, peer.weights],
  ["Moran's I, analytic (both assumptions)", 'moran.test', ours.moranTest, peer.moranTest],
  [`Moran's I, ${PERMUTATIONS.toLocaleString('en')} permutations`, `moran.mc(nsim = ${PERMUTATIONS})`, ours.moranMc, peer.moranMc],
  ['local Moran (conditional variance)', 'localmoran', ours.localmoran, peer.localmoran],
];
const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const lines = [
  '# Moran benchmark',
  '',
  `${cities.length} bundled Chinese cities (data/china/cities.json), ${K}-nearest-neighbour weights (ellipsoidal distance, as spdep's longlat), row-standardised; median of ${runs} runs after a warm-up, wall time in ms, in one run of \`bench/moran.bench.ts\`. Both give I = ${I.toFixed(12)}.`,
  '',
  `Node ${process.version}; ${peer.tools.R}, spdep ${peer.tools.spdep}. Generated ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| task | zonelink | R spdep | spdep ms | zonelink ms | spdep / zonelink |',
  '|---|---|---|---:|---:|---:|',
  ...rows.map(([task, r, z, p]) => `| ${task} | \`${task.startsWith('6-') ? 'spatialWeights' : task.startsWith('local') ? 'localMoran' : 'moranI'}\` | \`${r}\` | ${fmt(p)} | ${fmt(z)} | ${(p / z).toFixed(1)}× |`),
  '',
  'R times include R-level interpretation (moran.mc evaluates `moran()` in an R loop); zonelink runs the permutations in one typed-array kernel through the shared seeded permutation test.',
  '',
];
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/moran.md'), lines.join('\n'));
console.log(lines.join('\n'));
