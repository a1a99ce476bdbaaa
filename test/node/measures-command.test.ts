import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { parseCsv } from '../../src/io/parse-csv.js';
import { measuresTable } from '../../src/node/measures-command.js';

// A path of three cities a = 110000 – b = 120000 – c = 130100 (two undirected linkages of weight 1).
const PATH = parseDataset({
  metadata: { name: 'path' },
  nodes: [
    { kind: 'city', id: '110000', name: { zh: '甲', en: '=A' } },
    { kind: 'city', id: '120000', name: { zh: '乙' } },
    { kind: 'city', id: '130100', name: { zh: '丙' } },
  ],
  linkages: [
    { id: 'ab', source: '110000', target: '120000', mode: 'industrial-chain' },
    { id: 'bc', source: '120000', target: '130100', mode: 'industrial-chain' },
  ],
});

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), bundled: async () => PATH });
  return { code, stdout, stderr };
}

describe('zonelink measures', () => {
  it('csv: one row per node, one column per measure; degree and PageRank as computed by hand', async () => {
    const { code, stdout } = await run(['measures']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toBe('id,name_zh,name_en,kind,province,degree,betweenness,closeness,harmonic,pagerank');
    const byId = Object.fromEntries(rows.map((r) => r.split(',')).map((c) => [c[0], c]));
    const cells = { a: byId['110000'], b: byId['120000'], c: byId['130100'] };
    // degree: b has two neighbours, a and c one.
    expect([cells.a[5], cells.b[5], cells.c[5]]).toEqual(['1', '2', '1']);
    // PageRank (d = 0.85) on the path: by symmetry p_a = p_c = x, p_b = 1 − 2x, and
    // x = 0.05 + 0.85 · p_b / 2 → x = 0.05 + 0.425 (1 − 2x) → x = 0.475 / 1.85.
    expect(Number(cells.a[9])).toBeCloseTo(0.475 / 1.85, 9);
    expect(Number(cells.b[9])).toBeCloseTo(1 - 0.95 / 1.85, 9);
  });

  it('xlsx-csv and json', async () => {
    const excel = (await run(['measures', '--format', 'xlsx-csv'])).stdout;
    expect(excel.startsWith('\uFEFFid,')).toBe(true);
    expect(excel).toContain("\r\n110000,甲,'=A,city,");
    const json = JSON.parse((await run(['measures', '--format=json'])).stdout) as Record<string, unknown>[];
    expect(json.map((r) => [r.id, r.degree])).toEqual([['110000', 1], ['120000', 2], ['130100', 1]]);
    expect((await run(['measures', '--help'])).stdout).toMatch(/^Usage: zonelink measures/);
  });

  it('a wrong format is a usage error (exit 2)', async () => {
    const { code, stderr } = await run(['measures', '--format', 'xlsx']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format must be csv, xlsx-csv, json/);
  });
});

describe('zonelink measures: hostile ids and names (issue 15, output)', () => {
  // Valid data: ids that start like formulas, names with a line break, a tab and formulas
  // (a leading tab would be trimmed by validation; the formatNodeTable test covers one).
  const HOSTILE = parseDataset({
    metadata: { name: 'hostile' },
    nodes: [
      { kind: 'city', id: '110000', name: { zh: '甲\n乙', en: '=HYPERLINK("http://x","y")' } },
      { kind: 'zone', id: '=1+1', name: { zh: '丙\t戊', en: '+cmd|\' /C calc\'!A0' }, category: 'national-development-zone', level: 'national', hostCities: ['110000'] },
      { kind: 'zone', id: '@SUM(1)', name: { zh: '丁', en: '-2+3' }, category: 'national-development-zone', level: 'national', hostCities: ['110000'] },
    ],
    linkages: [
      { id: 'l1', source: '110000', target: '=1+1', mode: 'industrial-chain' },
      { id: 'l2', source: '=1+1', target: '@SUM(1)', mode: 'industrial-chain' },
    ],
  });
  async function runOn(args: string[]) {
    let stdout = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: () => {}, bundled: async () => HOSTILE });
    return { code, stdout };
  }

  it('csv and xlsx-csv: formula-leading ids and names get a leading quote; line breaks and tabs stay quoted and read back', async () => {
    for (const format of ['csv', 'xlsx-csv']) {
      const { code, stdout } = await runOn(['measures', '--format', format]);
      expect(code).toBe(0);
      const rows = parseCsv(stdout.replace(/^\uFEFF/, '')).rows.map((r) => r.cells.slice(0, 4));
      expect(rows).toEqual([
        ['110000', '甲\n乙', '\'=HYPERLINK("http://x","y")', 'city'],
        ["'=1+1", '丙\t戊', "'+cmd|' /C calc'!A0", 'zone'],
        ["'@SUM(1)", '丁', "'-2+3", 'zone'],
      ]);
    }
  });

  it('--keep-formulas writes them as they are', async () => {
    const rows = parseCsv((await runOn(['measures', '--keep-formulas'])).stdout).rows.map((r) => r.cells.slice(0, 3));
    expect(rows[1]).toEqual(['=1+1', '丙\t戊', "+cmd|' /C calc'!A0"]);
  });

  it('json: ids and names unchanged (JSON is not run by spreadsheets)', async () => {
    const json = JSON.parse((await runOn(['measures', '--format', 'json'])).stdout) as Record<string, unknown>[];
    expect(json.map((r) => [r.id, r.name_zh, r.degree])).toEqual([['110000', '甲\n乙', 1], ['=1+1', '丙\t戊', 2], ['@SUM(1)', '丁', 1]]);
  });

  it('ANSI/OSC escapes, C1 and bidi controls in a name (rejected by validation, but measuresTable takes any Dataset) never reach the output raw', () => {
    const name = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eabc';
    const dataset = structuredClone(HOSTILE);
    dataset.nodes[2].name.zh = name;
    // eslint-disable-next-line no-control-regex
    const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    for (const format of ['csv', 'xlsx-csv', 'json'] as const) expect(RAW.test(measuresTable(dataset, format))).toBe(false);
    expect(measuresTable(dataset, 'csv')).toContain('@SUM(1),\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202eabc,');
    // JSON writes \u escapes, which decode to the same name
    const json = JSON.parse(measuresTable(dataset, 'json')) as { name_zh: string }[];
    expect(json[2].name_zh).toBe(name);
    expect(measuresTable(dataset, 'json')).toContain('"name_zh": "\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202eabc"');
  });
});
