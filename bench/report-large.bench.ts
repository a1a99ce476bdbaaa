/**
 * `zonelink report` on a large dataset, end to end through the real CLI (issue: 1M linkages
 * within 5 minutes, with progress).
 *
 * Generates (seeded) 50,000 nodes — 10,000 cities with 6-digit codes, provinces, coordinates
 * and a population indicator; 40,000 zones (`etdz-…`, `htz-…`, `ftz-area-…`, `zone-…`) with
 * category, level, approval year, host city, province and coordinates — and 1,000,000 linkages
 * with modes, weights and start years (bench/large-dataset.ts), then runs
 * `node --import tsx src/node/bin.ts report zones.csv cities.csv linkages.csv` under
 * `/usr/bin/time -v` (peak RSS), timestamps every progress line the CLI prints on stderr,
 * and writes the time spent in each step to bench/results/report-large.md. A run that has not
 * finished after `--timeout` seconds (default 360) is killed and recorded as such.
 *
 * Run: npx tsx bench/report-large.bench.ts [--linkages N] [--format html|md|json] [--timeout S]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODES, writeLinkages, writeNodes } from './large-dataset.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

interface Line {
  at: number;
  /** CPU seconds (user + system) the CLI process had used when the line arrived, from /proc (null elsewhere). */
  cpu: number | null;
  text: string;
}

/** CPU seconds (user + system) of `pid` and its descendants, from /proc/<pid>/stat; null without /proc. */
function cpuSeconds(pid: number): number | null {
  try {
    const stats = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((name) => {
        try {
          // Fields after the command name (which may hold spaces) start at state: ppid is 2nd, utime 12th, stime 13th.
          const text = readFileSync(`/proc/${name}/stat`, 'utf8');
          const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
          return { pid: Number(name), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
        } catch {
          return undefined;
        }
      })
      .filter((s) => s !== undefined);
    const tree = new Set([pid]);
    let total = 0;
    for (let grew = true; grew; ) {
      grew = false;
      for (const s of stats) if (!tree.has(s.pid) && tree.has(s.ppid)) (tree.add(s.pid), (grew = true));
    }
    for (const s of stats) if (tree.has(s.pid)) total += s.ticks;
    return total / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

interface Run {
  lines: Line[];
  seconds: number;
  finished: boolean;
  exitCode: number | null;
  killed: boolean;
  maxRssMiB: number | null;
  /** User + system CPU time of the CLI: steadier than wall time on a shared machine. */
  cpuSeconds: number | null;
}

/** Runs the CLI, timestamping each stderr line as it arrives; kills the process group after `timeout` s. */
function runReport(args: string[], timeout: number): Promise<Run> {
  const useTime = existsSync('/usr/bin/time');
  // `timeout` kills the CLI (not /usr/bin/time), so a run cut short still reports its peak RSS and CPU time.
  const node = ['timeout', '-k', '10', String(timeout), process.execPath, '--import', 'tsx', join(root, 'src/node/bin.ts'), 'report', ...args];
  const [command, ...rest] = useTime ? ['/usr/bin/time', '-v', ...node] : node;
  const started = performance.now();
  const child = spawn(command, rest, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Line[] = [];
  let pending = '';
  let timeReport = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    const at = (performance.now() - started) / 1000;
    pending += chunk;
    // Progress lines may end in \r (rewritten in place on a terminal) or \n.
    const parts = pending.split(/\r|\n/);
    pending = parts.pop() ?? '';
    for (const text of parts) {
      if (text.trim() === '') continue;
      if (/^\s*(Command being timed|Command terminated|Command exited|User time|System time|Percent of CPU|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)/.test(text)) timeReport += `${text}\n`;
      else {
        const cpu = cpuSeconds(child.pid!);
        lines.push({ at, cpu, text });
        process.stderr.write(`[${at.toFixed(1)} s, ${cpu?.toFixed(1) ?? '?'} s CPU] ${text}\n`);
      }
    }
  });
  child.stdout.resume();
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport);
      const user = /User time \(seconds\): ([\d.]+)/.exec(timeReport);
      const system = /System time \(seconds\): ([\d.]+)/.exec(timeReport);
      const seconds = (performance.now() - started) / 1000;
      resolve({
        lines,
        seconds,
        finished: code === 0,
        exitCode: code,
        killed: code !== 0 && seconds >= timeout,
        maxRssMiB: rss ? Number(rss[1]) / 1024 : null,
        cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : null,
      });
    });
  });
}

/** The step a progress line names: the text after `zonelink report: `, without its timing and percentage. */
function stepOf(text: string): string {
  return text
    .replace(/^zonelink report: /, '')
    .replace(/\s*\(\d+(\.\d+)? s\)$/, '')
    .replace(/\s+\d+(\.\d+)?%.*$/, '')
    .trim();
}

/** Consecutive lines of the same step merge; each step lasts until the next step's first line. */
interface Step {
  step: string;
  start: number;
  seconds: number;
  startCpu: number | null;
  cpu: number | null;
  percentages: number;
}

function steps(run: Run): Step[] {
  const out: Step[] = [];
  for (const line of run.lines) {
    // A percentage line ("buildNetwork 40% of 1,000,000 linkages") belongs to the step it reports on.
    if (/ \d+% of /.test(line.text)) {
      if (out.length > 0) out[out.length - 1].percentages++;
      continue;
    }
    const step = stepOf(line.text);
    if (out.length > 0 && out[out.length - 1].step === step) continue;
    out.push({ step, start: line.at, seconds: 0, startCpu: line.cpu, cpu: null, percentages: 0 });
  }
  out.forEach((s, i) => {
    s.seconds = (i + 1 < out.length ? out[i + 1].start : run.seconds) - s.start;
    const endCpu = i + 1 < out.length ? out[i + 1].startCpu : run.cpuSeconds;
    s.cpu = endCpu !== null && s.startCpu !== null ? endCpu - s.startCpu : null;
  });
  return out;
}

async function main(): Promise<void> {
  const linkages = Number(option('--linkages', '1000000'));
  const format = option('--format', 'html');
  const timeout = Number(option('--timeout', '360'));
  const resultName = option('--result', 'report-large.md');
  const dir = mkdtempSync(join(tmpdir(), 'zonelink-report-large-'));
  try {
    const zones = join(dir, 'zones.csv');
    const cities = join(dir, 'cities.csv');
    const links = join(dir, 'linkages.csv');
    writeNodes(zones, cities, 2026);
    writeLinkages(links, linkages, 2024);
    const out = join(dir, 'out');
    const load = loadavg().map((l) => l.toFixed(1)).join(', ');
    const run = await runReport([zones, cities, links, '--out', out, '--format', format], timeout);
    const reportFile = join(out, `report.${format}`);
    const mb = (p: string) => (statSync(p).size / 1e6).toFixed(1);
    const table = steps(run);
    const rss = run.maxRssMiB === null ? 'not measured' : `${run.maxRssMiB.toFixed(0)} MiB`;
    const cpu = run.cpuSeconds === null ? 'unmeasured' : run.cpuSeconds.toFixed(1);
    const lines = [
      '# `zonelink report` on a large dataset',
      '',
      `Generated by \`npx tsx bench/report-large.bench.ts${linkages === 1_000_000 ? '' : ` --linkages ${linkages}`}${format === 'html' ? '' : ` --format ${format}`}\` on ${new Date().toISOString().slice(0, 10)}; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; Node ${process.version}.`,
      `Input (seeded, bench/large-dataset.ts): ${NODES.toLocaleString('en-US')} nodes (zones.csv ${mb(zones)} MB, cities.csv ${mb(cities)} MB) and ${linkages.toLocaleString('en-US')} linkages (linkages.csv ${mb(links)} MB). The real CLI (\`node --import tsx src/node/bin.ts report … --format ${format}\`), one run; each step lasts from its first progress line on stderr to the next step's; CPU s is the CLI's user + system time over the step (from /proc), which a busy machine inflates less than wall time.`,
      '',
      run.finished
        ? `**Total: ${run.seconds.toFixed(1)} s wall** (target ≤ 300 s), ${cpu} s CPU (user + system), peak RSS ${rss}, report.${format} ${existsSync(reportFile) ? `${mb(reportFile)} MB` : 'missing'}. Load average at the start: ${load}.`
        : `**Did not finish**: ${run.killed ? `killed after ${timeout} s` : `exit code ${run.exitCode}`}, in step "${table[table.length - 1]?.step ?? 'start'}"; ${cpu} s CPU, peak RSS ${rss}. Load average at the start: ${load}.`,
      '',
      '| step (CLI progress line) | starts at s | wall s | CPU s | percentage lines |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...table.map((s) => `| ${s.step.replace(/\|/g, '\\|').replaceAll(dir, '…')} | ${s.start.toFixed(1)} | ${s.seconds.toFixed(1)} | ${s.cpu === null ? '' : s.cpu.toFixed(1)} | ${s.percentages} |`),
      '',
    ];
    writeFileSync(resolve(here, 'results', resultName), lines.join('\n'));
    process.stdout.write(lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
