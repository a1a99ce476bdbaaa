/**
 * CSV ingestion benchmark: readCsvDataset on a 1,000,000-linkage CSV file with a
 * node file of 10,000 zones (and 341 cities), as loadDataset would read them
 * (bytes → encoding detection → CSV parse → per-row schema validation →
 * whole-dataset checks).
 *
 * The files are generated with a seeded RNG in a temporary folder. Each timed
 * parse runs in a fresh child process, so that its peak RSS
 * (process.resourceUsage().maxRSS) is the parse's own, not the generator's;
 * a child that only loads the modules gives the baseline. A further child times
 * the stages separately (decode, parseCsv, the whole readCsvDataset) to show
 * where the time goes.
 *
 * Run: npx tsx bench/parse-csv.bench.ts   → writes bench/results/parse-csv.md
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { decodeText } from '../src/io/decode-text.js';
import { parseCsv } from '../src/io/parse-csv.js';
import { readCsvDataset } from '../src/io/read-csv-dataset.js';
import { LinkageSchema } from '../src/schema/linkage.js';
import { seededRandom, randomInteger } from '../src/random/seeded-random.js';

const here = dirname(fileURLToPath(import.meta.url));
const LINKAGES = 1_000_000;
const ZONES = 10_000;
const RUNS = 3;
const SEED = 2024;

const PROVINCE_CODES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'];
const MODES = ['industrial-chain', '产业链联动', 'resource-factor', '资源要素联动', 'cross-regional', '跨区域联动'];
const CATEGORIES = ['national-development-zone', '国家级开发区', 'provincial-zone', '省级开发区', 'customs-area-or-ftz'];

interface ChildResult {
  seconds: number;
  cpuSeconds: number;
  gcSeconds: number;
  maxRssMiB: number;
  heapUsedMiB: number;
  nodes: number;
  linkages: number;
}

function generate(dir: string): { cities: number } {
  const random = seededRandom(SEED);
  const cityCodes: string[] = [];
  const cityLines = ['id,name,province'];
  for (const p of PROVINCE_CODES) {
    for (let k = 1; k <= 11; k++) {
      const code = `${p}${String(k).padStart(2, '0')}00`;
      cityCodes.push(code);
      cityLines.push(`${code},城市${code},${p}`);
    }
  }
  const zoneLines = ['id,name,name_en,category,level,approved,host_cities,area_km2,gdp@2020'];
  for (let z = 0; z < ZONES; z++) {
    const host = cityCodes[randomInteger(random, cityCodes.length)];
    const year = 1984 + randomInteger(random, 40);
    zoneLines.push(`z${z},开发区${z},Zone ${z},${CATEGORIES[z % CATEGORIES.length]},${z % 3 === 0 ? '省级' : 'national'},${year},${host},${(1 + random() * 100).toFixed(2)},${(random() * 1e4).toFixed(1)}`);
  }
  const nodeIds = [...Array.from({ length: ZONES }, (_, z) => `z${z}`), ...cityCodes];
  const linkageLines = ['id,source,target,mode,directed,weight,start_year'];
  for (let l = 0; l < LINKAGES; l++) {
    const s = randomInteger(random, nodeIds.length);
    let t = randomInteger(random, nodeIds.length - 1);
    if (t >= s) t++;
    linkageLines.push(`l${l},${nodeIds[s]},${nodeIds[t]},${MODES[l % MODES.length]},${l % 4 === 0 ? 'true' : 'false'},${(0.1 + random() * 9.9).toFixed(3)},${2000 + randomInteger(random, 25)}`);
  }
  writeFileSync(join(dir, 'cities.csv'), cityLines.join('\n') + '\n');
  writeFileSync(join(dir, 'zones.csv'), zoneLines.join('\n') + '\n');
  writeFileSync(join(dir, 'linkages.csv'), linkageLines.join('\n') + '\n');
  return { cities: cityCodes.length };
}

const mib = (bytes: number) => bytes / 1024 / 1024;

/** In a child: read the three files and parse them once; print the result as JSON. */
async function child(dir: string, mode: string): Promise<void> {
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  if (mode === 'baseline') {
    console.log(JSON.stringify({ seconds: 0, cpuSeconds: 0, gcSeconds: 0, maxRssMiB: process.resourceUsage().maxRSS / 1024, heapUsedMiB: mib(process.memoryUsage().heapUsed), nodes: 0, linkages: 0 }));
    return;
  }
  const input = {
    cities: { file: 'cities.csv', content: bytes('cities.csv') },
    zones: { file: 'zones.csv', content: bytes('zones.csv') },
    linkages: { file: 'linkages.csv', content: bytes('linkages.csv') },
  };
  if (mode === 'stages') {
    const t0 = performance.now();
    const text = decodeText(input.linkages.content).text;
    const t1 = performance.now();
    const table = parseCsv(text);
    const t2 = performance.now();
    // Schema validation alone: the linkage rows as plain objects, each through LinkageSchema.
    const raws = table.rows.map(({ cells }) => ({ id: cells[0], source: cells[1], target: cells[2], mode: cells[3], directed: cells[4] === 'true', weight: Number(cells[5]), startYear: Number(cells[6]) }));
    const t3 = performance.now();
    for (const raw of raws) LinkageSchema.safeParse(raw, { reportInput: true });
    const t4 = performance.now();
    const dataset = readCsvDataset(input);
    const t5 = performance.now();
    console.log(JSON.stringify({ decode: (t1 - t0) / 1000, parseCsv: (t2 - t1) / 1000, rows: table.rows.length, zod: (t4 - t3) / 1000, readCsvDataset: (t5 - t4) / 1000, linkages: dataset.linkages.length }));
    return;
  }
  const start = performance.now();
  const cpu = process.cpuUsage();
  const dataset = readCsvDataset(input);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the GC entries arrive
  observer.disconnect();
  const result: ChildResult = {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    gcSeconds: gcMs / 1000,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    heapUsedMiB: mib(process.memoryUsage().heapUsed),
    nodes: dataset.nodes.length,
    linkages: dataset.linkages.length,
  };
  console.log(JSON.stringify(result));
}

function runChild(dir: string, mode: string): string {
  return execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', dir, mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'zonelink-bench-csv-'));
  try {
    const t0 = performance.now();
    const { cities } = generate(dir);
    const generation = (performance.now() - t0) / 1000;
    const size = (name: string) => statSync(join(dir, name)).size;
    console.log(`generated in ${generation.toFixed(1)} s: linkages.csv ${mib(size('linkages.csv')).toFixed(1)} MiB`);
    const baseline = JSON.parse(runChild(dir, 'baseline')) as ChildResult;
    const runs: ChildResult[] = [];
    for (let r = 0; r < RUNS; r++) {
      const result = JSON.parse(runChild(dir, 'parse')) as ChildResult;
      console.log(`run ${r + 1}: ${result.seconds.toFixed(2)} s (CPU ${result.cpuSeconds.toFixed(2)} s, GC ${result.gcSeconds.toFixed(2)} s), peak RSS ${result.maxRssMiB.toFixed(0)} MiB`);
      runs.push(result);
    }
    const stages = JSON.parse(runChild(dir, 'stages')) as { decode: number; parseCsv: number; rows: number; zod: number; readCsvDataset: number };
    const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
    const median = sorted[Math.floor(RUNS / 2)];
    const peak = Math.max(...runs.map((r) => r.maxRssMiB));
    const cpu = cpus();
    const lines = [
      '# CSV ingestion benchmark',
      '',
      `Produced by \`npx tsx bench/parse-csv.bench.ts\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}).`,
      `Input (seed ${SEED}): linkages.csv with ${LINKAGES.toLocaleString('en')} linkages (${mib(size('linkages.csv')).toFixed(1)} MiB; id, source, target, mode in Chinese and English, directed, weight, start year),`,
      `zones.csv with ${ZONES.toLocaleString('en')} zones (${mib(size('zones.csv')).toFixed(2)} MiB; bilingual categories and levels, an indicator column) and cities.csv with ${cities} cities.`,
      'Each parse runs in a fresh child process that reads the three files as bytes and calls `readCsvDataset` once',
      '(encoding detection, CSV parsing, schema validation of every row, whole-dataset checks); time is wall-clock for that call only.',
      '',
      '| measure | value |',
      '|---|---:|',
      `| readCsvDataset, median of ${RUNS} runs | ${median.seconds.toFixed(2)} s |`,
      `| runs | ${runs.map((r) => r.seconds.toFixed(2)).join(' s, ')} s |`,
      `| CPU time of the call (user + system, all threads), median run | ${median.cpuSeconds.toFixed(2)} s |`,
      `| garbage collection pauses during the call, median run | ${median.gcSeconds.toFixed(2)} s |`,
      `| throughput (median) | ${Math.round(LINKAGES / median.seconds).toLocaleString('en')} linkages/s |`,
      `| peak RSS of a parse (maxRSS, whole child process) | ${peak.toFixed(0)} MiB |`,
      `| peak RSS of a child that only loads the modules | ${baseline.maxRssMiB.toFixed(0)} MiB |`,
      `| JS heap used right after the call (garbage not yet collected) | ${median.heapUsedMiB.toFixed(0)} MiB |`,
      `| nodes / linkages read | ${median.nodes.toLocaleString('en')} / ${median.linkages.toLocaleString('en')} |`,
      '',
      'Where the time goes (one further run, linkage file only for the first two stages):',
      '',
      '| stage | seconds |',
      '|---|---:|',
      `| decodeText (UTF-8 detection and decoding) | ${stages.decode.toFixed(2)} |`,
      `| parseCsv (${stages.rows.toLocaleString('en')} rows) | ${stages.parseCsv.toFixed(2)} |`,
      `| LinkageSchema.safeParse of the ${stages.rows.toLocaleString('en')} rows as plain objects (zod alone) | ${stages.zod.toFixed(2)} |`,
      `| readCsvDataset, all three files (includes decoding, CSV parsing, schema validation and checks) | ${stages.readCsvDataset.toFixed(2)} |`,
      '',
      'The machine is shared (other jobs may run at the same time), so times are indicative.',
      '',
    ];
    mkdirSync(join(here, 'results'), { recursive: true });
    writeFileSync(join(here, 'results', 'parse-csv.md'), lines.join('\n'));
    console.log(lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else main();
