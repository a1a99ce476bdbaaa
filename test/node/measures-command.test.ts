import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli.js';
import { parseDataset } from '../../src/io/parse-dataset.js';

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
