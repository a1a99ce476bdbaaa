import { ZonelinkError } from '../error/zonelink-error.js';
import { summarizeDataset, type DatasetSummary } from '../report/dataset-summary.js';
import type { Dataset } from '../schema/dataset.js';
import { formatProblems } from './format-problems.js';
import { loadDataset } from './load-dataset.js';

/** Streams and the bundled dataset loader, injectable for tests. */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Loads the bundled China dataset (used when no files are given). */
  bundled: () => Promise<Dataset>;
}

const HELP = `zonelink — zone linkage networks for regional economics

Usage:
  zonelink validate <files…>   check a dataset; print every problem (exit 1 if any)
  zonelink summary [files…]    counts by category, mode, year, macro-region and the density
                               (no files: the bundled China dataset)
  zonelink <command> --help    help for one command

Files: one JSON dataset, or CSV files (UTF-8 or GBK) named for what they hold:
  zones.csv, cities.csv, nodes.csv (with a kind column), linkages.csv, metadata.json.

Exit codes: 0 success, 1 the input has problems, 2 wrong usage.`;

const COMMAND_HELP: Record<string, string> = {
  validate: `Usage: zonelink validate <files…> [--allow-self-loops]

Reads the dataset and reports every problem in one pass, each with file, row,
column and what was expected, then how many rows of each file were valid.
Exit code 0 when the dataset is valid, 1 when it has problems.`,
  summary: `Usage: zonelink summary [files…] [--json]

Counts of zones by category, subtype and approval year, linkages by mode and
start year, nodes by macro-region, and the density of the undirected simple
projection. With no files, summarises the bundled China dataset.`,
};

/**
 * Runs the `zonelink` command line with `args` (without `node` and the script)
 * and returns the exit code: 0 success, 1 problems in the input, 2 wrong usage.
 */
export async function runCli(args: string[], context: CliContext): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    context.stdout(HELP + '\n');
    return command === undefined ? 2 : 0;
  }
  if (!(command in COMMAND_HELP)) {
    context.stderr(`zonelink: unknown command "${command}"\n\n${HELP}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    context.stdout(COMMAND_HELP[command] + '\n');
    return 0;
  }
  const flags = rest.filter((a) => a.startsWith('--'));
  const files = rest.filter((a) => !a.startsWith('--'));
  const known: Record<string, string[]> = { validate: ['--allow-self-loops'], summary: ['--json', '--allow-self-loops'] };
  const unknown = flags.filter((f) => !known[command].includes(f));
  if (unknown.length > 0) {
    context.stderr(`zonelink ${command}: unknown option ${unknown.join(', ')}\n\n${COMMAND_HELP[command]}\n`);
    return 2;
  }
  const options = { allowSelfLoops: flags.includes('--allow-self-loops') };
  try {
    if (command === 'validate') {
      if (files.length === 0) {
        context.stderr(`zonelink validate: give the files to check\n\n${COMMAND_HELP.validate}\n`);
        return 2;
      }
      const dataset = await loadDataset(files, options);
      const zones = dataset.nodes.filter((n) => n.kind === 'zone').length;
      context.stdout(`✓ valid: ${dataset.nodes.length} nodes (${zones} zones, ${dataset.nodes.length - zones} cities), ${dataset.linkages.length} linkages\n`);
      return 0;
    }
    const dataset = files.length === 0 ? await context.bundled() : await loadDataset(files, options);
    const summary = summarizeDataset(dataset);
    context.stdout(flags.includes('--json') ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary));
    return 0;
  } catch (error) {
    if (error instanceof ZonelinkError) {
      context.stderr(formatProblems(error) + '\n');
      return error.code === 'invalid-argument' && error.issues.some((i) => i.code === 'no-input') ? 2 : 1;
    }
    throw error;
  }
}

/** The summary as aligned text tables. */
export function formatSummary(summary: DatasetSummary): string {
  const section = (title: string, counts: Record<string, number>) => {
    const width = Math.max(...Object.keys(counts).map((k) => k.length), 4);
    return [`${title}:`, ...Object.entries(counts).map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
  };
  return [
    `${summary.name}${summary.asOf ? ` (as of ${summary.asOf})` : ''}`,
    `nodes ${summary.nodes} (zones ${summary.zones}, cities ${summary.cities}), linkages ${summary.linkages}, density ${summary.density.toFixed(6)}`,
    section('zones by category', summary.zonesByCategory),
    section('zones by subtype', summary.zonesBySubtype),
    section('zones by approval year', summary.zonesByApprovalYear),
    section('linkages by mode', summary.linkagesByMode),
    section('linkages by start year', summary.linkagesByStartYear),
    section('nodes by macro-region', summary.nodesByMacroRegion),
  ].join('\n') + '\n';
}
