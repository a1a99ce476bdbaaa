import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/report/report-schema.js';
import { runCli } from '../../src/node/cli.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { smallDataset } from '../fixtures/network/small-dataset.js';

const dir = 'test/fixtures/cli';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    bundled: async () => parseDataset(smallDataset),
  });
  return { code, stdout, stderr };
}

describe('zonelink CLI', () => {
  it('prints help and exits 0 with --help, 2 with no command', async () => {
    expect((await run(['--help'])).code).toBe(0);
    expect((await run(['--help'])).stdout).toMatch(/zonelink validate <files…>/);
    expect((await run([])).code).toBe(2);
    expect((await run(['validate', '--help'])).stdout).toMatch(/^Usage: zonelink validate/);
    expect((await run(['summary', '--help'])).stdout).toMatch(/^Usage: zonelink summary/);
  });
  it('rejects unknown commands and options with exit 2', async () => {
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    expect((await run(['summary', '--colour'])).code).toBe(2);
    expect((await run(['validate'])).code).toBe(2);
  });
  it('validate: exits 0 on a valid dataset', async () => {
    const r = await run(['validate', `${dir}/zones.csv`, `${dir}/linkages.csv`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✓ valid: 2 nodes (2 zones, 0 cities), 2 linkages\n');
  });
  it('validate: prints every problem with its position and the row account, exit 1', async () => {
    const r = await run(['validate', `${dir}/zones.csv`, `${dir}/bad-linkages.csv`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad-linkages.csv, row 2, column "weight": "1,5" uses a decimal comma');
    expect(r.stderr).toContain('bad-linkages.csv, row 2, column "start_year": "2019年" is not a plain year (write 2019)');
    expect(r.stderr).toContain('bad-linkages.csv, row 3, column "mode", id l2: mode: unknown mode "bogus"');
    expect(r.stderr).toMatch(/bad-linkages\.csv: 3 linkages, 1 valid, 2 with problems \(rows 2, 3\)/);
    expect(r.stderr).toMatch(/^3 problems:/);
  });
  it('validate: a missing file is a clear error', async () => {
    const r = await run(['validate', `${dir}/nope-zones.csv`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope-zones.csv: no such file');
  });
  it('summary: counts and density of the bundled dataset when no files are given', async () => {
    const r = await run(['summary', '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({
      nodes: 7,
      zones: 4,
      cities: 3,
      linkages: 5,
      linkagesByMode: { 'cross-regional': 2, 'industrial-chain': 1, 'resource-factor': 2 },
      zonesByApprovalYear: { '1991': 1, '1996': 1, '2014': 1, '2015': 1 },
      nodesByMacroRegion: { east: 5, west: 2 },
    });
    // 4 distinct linked pairs among 7 nodes: 2·4/(7·6).
    expect(summary.density).toBeCloseTo(8 / 42, 12);
  });
  it('summary: text output of files', async () => {
    const r = await run(['summary', `${dir}/zones.csv`, `${dir}/linkages.csv`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nodes 2 (zones 2, cities 0), linkages 2, density 1.000000');
    expect(r.stdout).toMatch(/linkages by mode:\n {2}industrial-chain +1\n {2}resource-factor +1/);
  });
  it('report: writes JSON, Markdown and HTML reports of the bundled dataset, with progress on stderr', async () => {
    const out = mkdtempSync(join(tmpdir(), 'zonelink-cli-'));
    const json = await run(['report', '--format', 'json', '--out', out, '--seed', '2']);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(`${join(out, 'report.json')}\n`);
    expect(json.stderr).toMatch(/zonelink report: communities/);
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(report.parameters.seed).toBe(2);
    expect(report.summary.linkages).toBe(5);
    expect((await run(['report', '--format=md', `--out=${out}`, '--year', '2016'])).code).toBe(0);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^# small test dataset/);
    expect((await run(['report', '--out', out])).code).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('<section id="explorer">');
  });
  it('report --static: the HTML without the network explorer and without scripts', async () => {
    const out = mkdtempSync(join(tmpdir(), 'zonelink-cli-'));
    expect((await run(['report', '--static', '--out', out])).code).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('id="explorer"');
  });
  it('report: usage errors exit 2 with a message', async () => {
    const badFormat = await run(['report', '--format', 'pdf']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be html, md or json');
    const badYear = await run(['report', '--year', '2019年']);
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toContain('--year must be a whole number');
    expect((await run(['report', '--year'])).stderr).toContain('--year needs a value');
    expect((await run(['report', '--help'])).stdout).toMatch(/^Usage: zonelink report/);
  });
  it('report: problems in the input files exit 1', async () => {
    const r = await run(['report', `${dir}/zones.csv`, `${dir}/bad-linkages.csv`, '--out', mkdtempSync(join(tmpdir(), 'zonelink-cli-'))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"1,5" uses a decimal comma');
  });
  describe('report: the output path', () => {
    const fresh = () => mkdtempSync(join(tmpdir(), 'zonelink-out-'));
    it('refuses to overwrite an existing report without --force (exit 2, one line), replaces it with --force', async () => {
      const out = fresh();
      expect((await run(['report', '--format', 'md', '--out', out])).code).toBe(0);
      const again = await run(['report', '--format', 'md', '--out', out]);
      expect(again.code).toBe(2);
      expect(again.stderr).toBe(`zonelink report: cannot write ${join(out, 'report.md')}: it already exists (add --force to overwrite it)\n`);
      const forced = await run(['report', '--format', 'md', '--out', out, '--force', '--title', 'Forced 强制']);
      expect(forced.code).toBe(0);
      expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^# Forced 强制\n/);
    });
    it('an existing file as --out: one line, exit 2, before any analysis', async () => {
      const file = join(fresh(), 'a-file');
      writeFileSync(file, 'x');
      const r = await run(['report', '--out', file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`zonelink report: cannot write ${file}: it exists and is not a directory\n`);
    });
    it('never writes through a symbolic link, neither the folder nor the file', async () => {
      const out = fresh();
      const target = fresh();
      const linkDir = join(out, 'link');
      symlinkSync(target, linkDir);
      const viaDir = await run(['report', '--out', linkDir]);
      expect(viaDir.code).toBe(2);
      expect(viaDir.stderr).toMatch(/is a symbolic link/);
      symlinkSync(join(target, 'victim.txt'), join(out, 'report.html'));
      const viaFile = await run(['report', '--out', out, '--force']);
      expect(viaFile.code).toBe(2);
      expect(viaFile.stderr).toMatch(/report\.html: it is a symbolic link/);
      expect(existsSync(join(target, 'victim.txt'))).toBe(false);
    });
    it('--out under /proc fails at once instead of hanging', async () => {
      const r = await run(['report', '--out', '/proc/zonelink-x/y']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^zonelink report: cannot write \/proc\/zonelink-x: /);
    }, 5_000);
  });
  it('report: a missing file and a directory are named as such, not as an unknown role', async () => {
    const r = await run(['report', `${dir}/zones.csv`, `${dir}/nope.csv`, dir, '--out', mkdtempSync(join(tmpdir(), 'zonelink-cli-'))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${dir}/nope.csv: no such file`);
    expect(r.stderr).toContain(`${dir}: is a directory`);
    expect(r.stderr).not.toContain('unknown-file-role');
  });
  it('report: --undated and --year say how many undated records were kept; progress names the steps inside centrality and communities', async () => {
    const out = mkdtempSync(join(tmpdir(), 'zonelink-cli-'));
    const keep = await run(['report', '--format', 'json', '--out', out, '--year', '2021']);
    expect(keep.stderr).toContain('zonelink report: --year 2021: kept 0 of 0 zones without an approval date and 1 of 1 linkages without a start year (--undated drop to leave them out)');
    expect(keep.stderr).toMatch(/centrality: betweenness on \d+ nodes and \d+ edges/);
    expect(keep.stderr).toMatch(/communities: leiden on \d+ nodes and \d+ edges/);
    const drop = await run(['report', '--format', 'json', '--out', out, '--year', '2021', '--undated', 'drop', '--force']);
    expect(drop.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).parameters.undated).toMatchObject({ policy: 'drop', keptLinkages: 0 });
    expect((await run(['report', '--undated', 'maybe'])).code).toBe(2);
  });
  it('the installed command exits 2 on a bad --out, with one line and no stack trace', () => {
    const result = spawnSync(resolve('node_modules/.bin/tsx'), ['src/node/bin.ts', 'report', '--out', '/proc/zonelink-x'], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(['zonelink report: cannot write /proc/zonelink-x: no such file or directory (the file system does not allow it here)']);
  }, 25_000);
});
