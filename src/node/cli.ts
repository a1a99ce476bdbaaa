import { readFile } from 'node:fs/promises';
import { clipText } from '../error/clip-text.js';
import { ZonelinkError } from '../error/zonelink-error.js';
import { analyze } from '../report/analyze.js';
import type { ProgressEvent } from '../progress/progress-options.js';
import { summarizeDataset, type DatasetSummary } from '../report/dataset-summary.js';
import { renderHtml, type RenderHtmlOptions } from '../report/render/render-html.js';
import type { Report } from '../report/report-schema.js';
import { notoSansScFor } from './noto-sans-sc.js';
import { renderMarkdown } from '../report/render/render-markdown.js';
import type { BasemapFeatureCollection } from '../report/render/svg/network-map.js';
import type { Dataset } from '../schema/dataset.js';
import { formatProblems } from './format-problems.js';
import { loadDataset } from './load-dataset.js';
import { MEASURES_FORMATS, MEASURES_HELP, measuresTable } from './measures-command.js';
import { checkReportFile, writeReportFile } from './write-report-file.js';
import { largeLinkageFile, validateLargeLinkages } from './validate-large-linkages.js';
import { escapeControlCharacters as visible } from '../error/escape-control-characters.js';
import { argumentIssue } from './argument-problems.js';
import { throwProblems } from '../error/throw-problems.js';
import type { ZonelinkIssue } from '../error/zonelink-error.js';

/** Streams and the bundled dataset loader, injectable for tests. */
export interface CliContext {
  /** Writes to standard output (results: paths, summaries). */
  stdout: (text: string) => void;
  /** Writes to standard error (problems, progress). */
  stderr: (text: string) => void;
  /** Loads the bundled China dataset (used when no files are given). */
  bundled: () => Promise<Dataset>;
}

const HELP = `zonelink — zone linkage networks for regional economics

Usage:
  zonelink report [files…]     analyse a dataset and write a report (HTML, Markdown or JSON)
                               (no files: the bundled China dataset)
  zonelink validate <files…>   check a dataset; print every problem (exit 1 if any)
  zonelink summary [files…]    counts by category, mode, year, macro-region and the density
                               (no files: the bundled China dataset)
  zonelink measures [files…]   the node table: one row per node, one column per measure
                               (csv, Excel-safe csv or json; no files: the bundled dataset)
  zonelink <command> --help    help for one command

Files: one JSON dataset, or CSV files (UTF-8 or GBK) named for what they hold:
  zones.csv, cities.csv, nodes.csv (with a kind column), linkages.csv, metadata.json.

Exit codes: 0 success, 1 the input has problems, 2 wrong usage.`;

const COMMAND_HELP: Record<string, string> = {
  measures: MEASURES_HELP,
  report: `Usage: zonelink report [files…] [--year Y] [--undated keep|drop] [--out DIR]
                       [--format html|md|json] [--title TEXT] [--force] [--static]
                       [--seed N] [--top K] [--basemap provinces.geojson]

Analyses the dataset (the bundled China dataset when no files are given) and
writes DIR/report.html (default), report.md or report.json: summary, centrality
rankings, communities against provinces, "1+N" groups, inequality and
polarization by macro-region, platform overlay and multiplex participation.
  --year Y        the network as it stood in year Y (zones approved, linkages active)
  --undated P     with --year: keep (default) or drop zones without an approval date
                  and linkages without a start year; the report says how many it kept
  --out DIR       output folder (default: zonelink-report); an existing report there
                  is not overwritten without --force, and symbolic links are never followed
  --force         replace an existing report file
  --title TEXT    heading and title of the report (HTML and Markdown)
  --format F      html (self-contained, with SVG charts and an interactive network
                  explorer), md or json (default html)
  --static        HTML without the network explorer (no scripts, about 170 KB smaller)
  --seed N        seed of the randomised steps (Leiden; default 0)
  --top K         length of the rankings (default 10)
  --basemap FILE  GeoJSON polygons drawn under the linkage map (HTML only)
Progress goes to stderr; the path of the written file to stdout.`,
  validate: `Usage: zonelink validate <files…> [--allow-self-loops]

Reads the dataset and reports every problem in one pass, each with file, row,
column and what was expected, then how many rows of each file were valid.
Exit code 0 when the dataset is valid, 1 when it has problems.`,
  summary: `Usage: zonelink summary [files…] [--json]

Counts of zones by category, subtype and approval year, linkages by mode and
start year, nodes by macro-region, and the density of the undirected simple
projection. With no files, summarises the bundled China dataset.`,
};

/** The problems of `runCli`'s own arguments (not of the command line they hold). */
function cliArgumentProblems(args: unknown, context: unknown): ZonelinkIssue[] {
  const problems: ZonelinkIssue[] = [];
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) {
    const first = Array.isArray(args) ? args.findIndex((a) => typeof a !== 'string') : -1;
    problems.push(argumentIssue('runCli', first >= 0 ? `args[${first}]` : 'args', first >= 0 ? 'a string (args is an array of strings)' : 'an array of strings', first >= 0 ? (args as unknown[])[first] : args));
  }
  if (typeof context !== 'object' || context === null || Array.isArray(context)) {
    problems.push(argumentIssue('runCli', 'context', 'an object { stdout, stderr, bundled } of functions', context));
  } else {
    for (const name of ['stdout', 'stderr', 'bundled'] as const) {
      const value = (context as Record<string, unknown>)[name];
      if (typeof value !== 'function') problems.push(argumentIssue('runCli', `context.${name}`, 'a function', value));
    }
  }
  return problems;
}

/**
 * Runs the `zonelink` command line with `args` (without `node` and the script)
 * and returns the exit code: 0 success, 1 problems in the input, 2 wrong usage.
 *
 * Problems of the command line are printed to `context.stderr` and answered with
 * an exit code; problems of the call itself — `args` not an array of strings, a
 * `context` without its three functions — reject the promise with one
 * ZonelinkError (`invalid-argument`, naming `runCli`) listing them all, before
 * anything is written.
 *
 * @example
 * const code = await runCli(['summary', 'zones.csv'], { stdout: console.log, stderr: console.error, bundled: async () => china });
 */
export async function runCli(args: string[], context: CliContext): Promise<number> {
  throwProblems('runCli', 'arguments', cliArgumentProblems(args, context));
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    context.stdout(HELP + '\n');
    return command === undefined ? 2 : 0;
  }
  if (!(command in COMMAND_HELP)) {
    context.stderr(`zonelink: unknown command "${visible(command)}"\n\n${HELP}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    context.stdout(COMMAND_HELP[command] + '\n');
    return 0;
  }
  const parsed = parseArguments(rest, VALUED[command] ?? []);
  const flags = parsed.flags;
  const files = parsed.files;
  const known: Record<string, string[]> = {
    validate: ['--allow-self-loops'],
    summary: ['--json', '--allow-self-loops'],
    report: ['--allow-self-loops', '--force', '--static', ...VALUED.report],
    measures: ['--allow-self-loops', '--keep-formulas', ...VALUED.measures],
  };
  const unknown = [...flags, ...Object.keys(parsed.values)].filter((f) => !known[command].includes(f));
  const problems = [...parsed.problems, ...unknown.map((f) => `unknown option ${f}`)];
  if (problems.length > 0) {
    context.stderr(`zonelink ${command}: ${problems.join('; ')}\n\n${COMMAND_HELP[command]}\n`);
    return 2;
  }
  const options = { allowSelfLoops: flags.includes('--allow-self-loops') };
  try {
    if (command === 'validate') {
      if (files.length === 0) {
        context.stderr(`zonelink validate: give the files to check\n\n${COMMAND_HELP.validate}\n`);
        return 2;
      }
      const large = largeLinkageFile(files);
      if (large) {
        context.stdout(await validateLargeLinkages(files, large, options, context.stderr));
        return 0;
      }
      const dataset = await loadDataset(files, options);
      const zones = dataset.nodes.filter((n) => n.kind === 'zone').length;
      context.stdout(`✓ valid: ${dataset.nodes.length} nodes (${zones} zones, ${dataset.nodes.length - zones} cities), ${dataset.linkages.length} linkages\n`);
      return 0;
    }
    if (command === 'report') return await report(files, parsed.values, { ...options, force: flags.includes('--force'), static: flags.includes('--static') }, context);
    if (command === 'measures') {
      const format = parsed.values['--format'] ?? 'csv';
      if (!(MEASURES_FORMATS as readonly string[]).includes(format)) {
        context.stderr(`zonelink measures: --format must be ${MEASURES_FORMATS.join(', ')}\n\n${MEASURES_HELP}\n`);
        return 2;
      }
      context.stdout(measuresTable(files.length === 0 ? await context.bundled() : await loadDataset(files, options), format as (typeof MEASURES_FORMATS)[number], { formulas: flags.includes('--keep-formulas') ? 'keep' : 'neutralise' }));
      return 0;
    }
    const loading = Date.now();
  const loadProgress = progressLines((line) => context.stderr(`zonelink report: ${line} (${((Date.now() - loading) / 1000).toFixed(1)} s)\n`));
  const dataset = files.length === 0 ? await context.bundled() : await loadDataset(files, { allowSelfLoops: options.allowSelfLoops, onProgress: loadProgress });
    const summary = summarizeDataset(dataset);
    context.stdout(flags.includes('--json') ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary));
    return 0;
  } catch (error) {
    if (error instanceof ZonelinkError && error.issues.some((i) => i.code === 'unwritable-output')) {
      // A bad --out is wrong usage: one line, exit 2.
      context.stderr(`zonelink ${command}: ${visible(error.issues[0].message)}\n`);
      return 2;
    }
    if (error instanceof ZonelinkError) {
      context.stderr(formatProblems(error) + '\n');
      return error.code === 'invalid-argument' && error.issues.some((i) => i.code === 'no-input') ? 2 : 1;
    }
    throw error;
  }
}

/** Options that take a value, per command. */
const VALUED: Record<string, string[]> = { report: ['--year', '--undated', '--out', '--format', '--seed', '--top', '--basemap', '--title'], measures: ['--format'] };

/** Splits arguments into files, flags and `--option value` pairs (also `--option=value`). */
function parseArguments(args: string[], valued: string[]) {
  const files: string[] = [];
  const flags: string[] = [];
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!valued.includes(name)) {
      flags.push(arg);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') problems.push(`${name} needs a value`);
    else values[name] = value;
  }
  return { files, flags, values, problems };
}

function integerOption(values: Record<string, string>, name: string, min: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw) || Number(raw) < min) {
    throw new ZonelinkError('invalid-argument', `zonelink report: ${name} must be a whole number ≥ ${min}, got "${raw}"`, [
      { code: 'usage', message: `${name} must be a whole number ≥ ${min}, got "${clipText(raw)}"`, field: name, value: raw },
    ]);
  }
  return Number(raw);
}

async function report(
  files: string[],
  values: Record<string, string>,
  options: { allowSelfLoops: boolean; force: boolean; static: boolean },
  context: CliContext,
): Promise<number> {
  const format = values['--format'] ?? 'html';
  if (!['html', 'md', 'json'].includes(format)) {
    context.stderr(`zonelink report: --format must be html, md or json, got "${format}"\n`);
    return 2;
  }
  const undated = values['--undated'] ?? 'keep';
  if (undated !== 'keep' && undated !== 'drop') {
    context.stderr(`zonelink report: --undated must be keep or drop, got "${undated}"\n`);
    return 2;
  }
  let year: number | undefined;
  let seed: number | undefined;
  let topK: number | undefined;
  try {
    year = integerOption(values, '--year', 1949);
    seed = integerOption(values, '--seed', 0);
    topK = integerOption(values, '--top', 1);
  } catch (error) {
    context.stderr(`${visible((error as Error).message)}\n`);
    return 2;
  }
  const out = values['--out'] ?? 'zonelink-report';
  const title = values['--title'];
  // Fail on a bad --out before the analysis, not after it.
  await checkReportFile(out, `report.${format}`, { force: options.force });
  context.stderr(`zonelink report: reading ${files.length === 0 ? 'the bundled China dataset' : files.join(', ')}\n`);
  const loading = Date.now();
  const loadProgress = progressLines((line) => context.stderr(`zonelink report: ${line} (${((Date.now() - loading) / 1000).toFixed(1)} s)\n`));
  const dataset = files.length === 0 ? await context.bundled() : await loadDataset(files, { allowSelfLoops: options.allowSelfLoops, onProgress: loadProgress });
  let basemap: BasemapFeatureCollection | undefined;
  if (values['--basemap']) {
    const path = values['--basemap'];
    try {
      basemap = JSON.parse(await readFile(path, 'utf8')) as BasemapFeatureCollection;
    } catch (error) {
      throw new ZonelinkError('invalid-argument', `zonelink report: cannot read the basemap ${path}`, [
        { code: 'unreadable-file', message: `${path}: ${(error as Error).message}`, file: path },
      ]);
    }
  }
  const started = Date.now();
  const result = analyze(dataset, {
    year,
    undated,
    seed,
    topK,
    onStep: (step) => context.stderr(`zonelink report: ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`),
    onProgress: progressLines((line) => context.stderr(`zonelink report: ${line} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)),
  });
  const u = result.parameters.undated;
  if (u) {
    context.stderr(
      `zonelink report: --year ${year}: ${u.policy === 'keep' ? 'kept' : 'dropped'} ${u.policy === 'keep' ? u.keptZones : u.zones} of ${u.zones} zones without an approval date and ${u.policy === 'keep' ? u.keptLinkages : u.linkages} of ${u.linkages} linkages without a start year (--undated ${u.policy === 'keep' ? 'drop' : 'keep'} to ${u.policy === 'keep' ? 'leave them out' : 'keep them'})\n`,
    );
  }
  const text =
    format === 'json' ? JSON.stringify(result, null, 2) + '\n' : format === 'md' ? renderMarkdown(result, { title }) : await htmlWithFont(result, { basemap, title, explorer: !options.static }, context);
  const path = await writeReportFile(out, `report.${format}`, text, { force: options.force });
  context.stderr(`zonelink report: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  context.stdout(`${path}\n`);
  return 0;
}

/**
 * Percentage lines for the progress events of the long steps, throttled: one at
 * most every {@link PROGRESS_LINE_MS} per task, and the last (100 %) only for a task
 * that printed before — a small dataset's report prints no percentages at all.
 */
function progressLines(print: (line: string) => void, now: () => number = Date.now): (event: ProgressEvent) => void {
  let task = '';
  let last = 0;
  let printed = false;
  return (event) => {
    const key = `${event.task}/${event.unit}`;
    if (key !== task) {
      task = key;
      last = now();
      printed = false;
    }
    const finished = event.done >= event.total;
    if (finished ? !printed : now() - last < PROGRESS_LINE_MS) return;
    last = now();
    printed = true;
    // Tasks that repeat until stable (Leiden, Louvain) do not know their total: count instead.
    if (!Number.isFinite(event.total)) {
      print(`${event.task} ${Number.isFinite(event.done) ? `${event.done.toLocaleString('en-US')} ${event.unit}` : `done (${event.unit})`}`);
      return;
    }
    const percent = event.total === 0 ? 100 : Math.floor((100 * event.done) / event.total);
    print(`${event.task} ${percent}% of ${event.total.toLocaleString('en-US')} ${event.unit}`);
  };
}

/** Least time between two percentage lines of one task. */
const PROGRESS_LINE_MS = 2000;

/** Renders the HTML twice: once to learn the characters used, then with Noto Sans SC subset to them. */
async function htmlWithFont(result: Report, options: RenderHtmlOptions, context: CliContext): Promise<string> {
  const plain = renderHtml(result, options);
  const font = await notoSansScFor(`${plain} 字体`);
  if (!font) {
    context.stderr('zonelink report: Noto Sans SC not embedded (package missing or over the size budget); the report uses the system fonts\n');
    return plain;
  }
  context.stderr(`zonelink report: ${font.credit}\n`);
  return renderHtml(result, { ...options, font });
}

const SUMMARY_COUNTS = ['nodes', 'zones', 'cities', 'provinces', 'linkages', 'density'] as const;
const SUMMARY_TABLES = ['zonesByCategory', 'zonesBySubtype', 'zonesByApprovalYear', 'linkagesByMode', 'linkagesByStartYear', 'nodesByMacroRegion'] as const;

/** Every way `summary` is not a {@link DatasetSummary} (as `summarizeDataset` returns). */
function summaryProblems(summary: unknown): ZonelinkIssue[] {
  const FN = 'formatSummary';
  if (typeof summary !== 'object' || summary === null || Array.isArray(summary)) return [argumentIssue(FN, 'summary', 'a dataset summary (from summarizeDataset)', summary)];
  const s = summary as Record<string, unknown>;
  const problems: ZonelinkIssue[] = [];
  if (typeof s.name !== 'string') problems.push(argumentIssue(FN, 'summary.name', 'a string', s.name));
  if (s.asOf !== undefined && typeof s.asOf !== 'string') problems.push(argumentIssue(FN, 'summary.asOf', 'a string or undefined', s.asOf));
  for (const key of SUMMARY_COUNTS) if (typeof s[key] !== 'number') problems.push(argumentIssue(FN, `summary.${key}`, 'a number', s[key]));
  for (const key of SUMMARY_TABLES) {
    const table = s[key];
    const ok = typeof table === 'object' && table !== null && !Array.isArray(table) && Object.values(table).every((v) => typeof v === 'number');
    if (!ok) problems.push(argumentIssue(FN, `summary.${key}`, 'an object of counts (numbers)', table));
  }
  return problems;
}

/**
 * The summary as aligned text tables.
 *
 * @throws ZonelinkError (`invalid-argument`, naming `formatSummary`) when `summary`
 *   is not a summary: every missing or mistyped field listed.
 * @example
 * process.stdout.write(formatSummary(summarizeDataset(dataset)));
 */
export function formatSummary(summary: DatasetSummary): string {
  throwProblems('formatSummary', 'arguments', summaryProblems(summary));
  const section = (title: string, counts: Record<string, number>) => {
    // Keys come from the data (subtypes, years): control characters are shown, not sent to the terminal.
    const rows = Object.entries(counts).map(([k, v]) => [visible(k), v] as const);
    const width = Math.max(...rows.map(([k]) => k.length), 4);
    return [`${title}:`, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
  };
  return [
    `${visible(summary.name)}${summary.asOf ? ` (as of ${visible(summary.asOf)})` : ''}`,
    `nodes ${summary.nodes} (zones ${summary.zones}, cities ${summary.cities}${summary.provinces > 0 ? `, provinces ${summary.provinces}` : ''}), linkages ${summary.linkages}, density ${summary.density.toFixed(6)}`,
    section('zones by category', summary.zonesByCategory),
    section('zones by subtype', summary.zonesBySubtype),
    section('zones by approval year', summary.zonesByApprovalYear),
    section('linkages by mode', summary.linkagesByMode),
    section('linkages by start year', summary.linkagesByStartYear),
    section('nodes by macro-region', summary.nodesByMacroRegion),
  ].join('\n') + '\n';
}
