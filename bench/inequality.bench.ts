/**
 * Benchmark of the inequality and polarization indices on 10^6 values.
 * Run: npx tsx bench/inequality.bench.ts [runs=5]
 * Prints the median wall time (ms) of each index over the runs; no assertions.
 * Values: log-normal-like (exp of a sum of uniforms) from seededRandom(2026); groups: 31
 * provinces in 3 regions, assigned at random.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/random/seeded-random.js';
import {
  lorenz,
  gini,
  generalizedEntropy,
  theilT,
  theilL,
  theilDecomposition,
  dagumGini,
  atkinson,
  coefficientOfVariation,
  williamson,
  hoover,
  hhi,
  rosenbluth,
  concentrationRatio,
  primacy,
} from '../src/measures/inequality/index.js';
import { estebanRay, estebanGradinRay, duclosEstebanRay, wolfson, zhangKanbur, wangTsui } from '../src/measures/polarization/index.js';

const N = 1_000_000;
const runs = Number(process.argv[2] ?? 5);
const random = seededRandom(2026);
const values = Array.from({ length: N }, () => Math.exp(2 * (random() + random() + random() - 1.5)) * 1000);
const weights = Array.from({ length: N }, () => 1 + Math.floor(random() * 100));
const province = Array.from({ length: N }, () => Math.floor(random() * 31));
const region = province.map((p) => (p < 11 ? 'east' : p < 19 ? 'central' : 'west'));
const nested = province.map((p, i) => [region[i], p] as [string, number]);

const cases: [string, () => unknown][] = [
  ['lorenz', () => lorenz(values)],
  ['gini', () => gini(values)],
  ['gini (weighted)', () => gini(values, { weights })],
  ['generalizedEntropy(2)', () => generalizedEntropy(values, 2)],
  ['theilT', () => theilT(values)],
  ['theilL', () => theilL(values)],
  ['theilDecomposition (3 regions)', () => theilDecomposition(values, region)],
  ['theilDecomposition (nested 3 ⊃ 31)', () => theilDecomposition(values, nested, { nested: true })],
  ['dagumGini (31 provinces)', () => dagumGini(values, province)],
  ['atkinson(0.5)', () => atkinson(values, 0.5)],
  ['coefficientOfVariation', () => coefficientOfVariation(values)],
  ['williamson', () => williamson(values, weights)],
  ['hoover', () => hoover(values, weights)],
  ['hhi', () => hhi(values)],
  ['rosenbluth', () => rosenbluth(values)],
  ['concentrationRatio(10)', () => concentrationRatio(values, 10)],
  ['primacy', () => primacy(values)],
  ['estebanRay (31 provinces)', () => estebanRay(values, province)],
  ['estebanGradinRay (31 provinces)', () => estebanGradinRay(values, province)],
  ['duclosEstebanRay (binned)', () => duclosEstebanRay(values)],
  ['wolfson', () => wolfson(values)],
  ['zhangKanbur (3 regions)', () => zhangKanbur(values, region)],
  ['wangTsui', () => wangTsui(values)],
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

const rows: { index: string; 'median ms': string; 'min ms': string }[] = [];
for (const [name, run] of cases) {
  run(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  rows.push({ index: name, 'median ms': median(times).toFixed(1), 'min ms': Math.min(...times).toFixed(1) });
}
const header = `n = ${N.toLocaleString('en')}, ${runs} runs after one warm-up, Node ${process.version}`;
console.log(header);
console.table(rows);
const markdown = [
  '# Inequality and polarization benchmark',
  '',
  `Produced by \`npx tsx bench/inequality.bench.ts\` on ${new Date().toISOString().slice(0, 10)}: every index on ${N.toLocaleString('en')} seeded values; ${header}.`,
  '',
  '| index | median ms | min ms |',
  '|---|---:|---:|',
  ...rows.map((r) => `| ${r.index} | ${r['median ms']} | ${r['min ms']} |`),
  '',
].join('\n');
mkdirSync(join(dirname(fileURLToPath(import.meta.url)), 'results'), { recursive: true });
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'results', 'inequality.md'), markdown);
