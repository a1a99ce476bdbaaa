import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { readCsvDataset } from '../../src/io/read-csv-dataset.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { readLinkageColumns } from '../../src/io/linkage-columns.js';
import { buildNetwork } from '../../src/network/zone-network.js';
import { project } from '../../src/network/project.js';
import { strength } from '../../src/measures/centrality/index.js';
import { smallDataset } from '../fixtures/network/small-dataset.js';

/**
 * Issue 15 items 2/7: a message echoes at most 200 characters of any cell,
 * id, header or JSON key from the input, and says how many it cut
 * ("… (998,800 more characters)"). Probed with a ~1 MB value in every column
 * of each CSV table (cell and header) and in every kind of JSON field.
 */
const here = dirname(fileURLToPath(import.meta.url));
const BIG = 'x'.repeat(999_000); // under maxFieldLength (1,000,000), so the cell is read whole
const CUT = '… (998,800 more characters)';
// the sweep over every column uses 50,000 characters (the same code path, 20× faster)
const WIDE = 'x'.repeat(50_000);
const LIMIT = 1_000;
const tables: Record<string, string> = Object.fromEntries(
  ['zones', 'cities', 'linkages'].map((t) => [t, readFileSync(join(here, `valid-${t}.csv`), 'utf8')]),
);

function messagesOf(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    if (!(error instanceof ZonelinkError)) throw error;
    return [error.message, ...error.issues.map((issue) => issue.message)];
  }
}

/** Every message is short, and one that echoes the long value says how much it cut. */
function expectClipped(messages: string[], what: string): void {
  for (const m of messages) {
    expect(m.length, `${what}: ${m.slice(0, 120)}`).toBeLessThan(LIMIT);
    if (/([xy])\1{199}/.test(m)) expect(m, what).toMatch(/[xy]… \([\d,]+ more characters\)/);
  }
}

describe('a 1 MB cell or header in a CSV table is echoed clipped', () => {
  for (const table of Object.keys(tables)) {
    const [head, first, ...rest] = tables[table].trim().split('\n');
    const columns = head.split(',');
    it(`${table}: every column`, () => {
      for (let c = 0; c < columns.length; c++) {
        const cells = first.split(',');
        cells[c] = WIDE;
        const withCell = [head, cells.join(','), ...rest].join('\n');
        const headers = [...columns];
        headers[c] = WIDE;
        const withHeader = [headers.join(','), first, ...rest].join('\n');
        for (const [what, content] of [[`cell ${columns[c]}`, withCell], [`header ${columns[c]}`, withHeader]]) {
          const messages = messagesOf(() => readCsvDataset({ ...tables, [table]: { file: `${table}.csv`, content } }));
          // a free-text cell (name, name_en) is valid data, not an error
          if (/^name/.test(what.split(' ')[1]) && what.startsWith('cell')) expect(messages).toEqual([]);
          else if (!/^cell (id|name)/.test(what)) expect(messages.length, `${table} ${what}: an error`).toBeGreaterThan(0);
          expectClipped(messages, `${table} ${what}`);
          if (table === 'linkages') {
            const streamed = messagesOf(() => readLinkageColumns(content, { file: 'l.csv', nodes: ['htz-gz', 'etdz-gz', 'qianhai'] }));
            expectClipped(streamed, `readLinkageColumns ${what}`);
          }
        }
      }
    });
  }

  it('the exact message for an unknown mode of 999,000 characters', () => {
    const [head, first] = tables.linkages.trim().split('\n');
    const cells = first.split(',');
    cells[3] = BIG;
    const messages = messagesOf(() => readLinkageColumns(`${head}\n${cells.join(',')}\n`, { file: 'l.csv' }));
    expect(messages).toContain(`l.csv, row 2, column "mode", id l1: mode: unknown mode "${'x'.repeat(200)}${CUT}"`);
  });
});

describe('a 1 MB id, key or value in a JSON dataset is echoed clipped', () => {
  const cases: [string, (d: Record<string, any>) => void][] = [
    ['node id (reserved-free but with an invisible character)', (d) => (d.nodes[0].id = `${BIG}\u200b`)],
    ['two nodes with one 1 MB id', (d) => (d.nodes[0].id = d.nodes[1].id = BIG)],
    ['linkage source', (d) => (d.linkages[0].source = BIG)],
    ['two linkages with one 1 MB id', (d) => (d.linkages[0].id = d.linkages[1].id = BIG)],
    ['mode', (d) => (d.linkages[0].mode = BIG)],
    ['category', (d) => (d.nodes[3].category = BIG)],
    ['subtype', (d) => (d.nodes[3].subtype = BIG)],
    ['level', (d) => (d.nodes[3].level = BIG)],
    ['approved', (d) => (d.nodes[3].approved = BIG)],
    ['hostCities', (d) => (d.nodes[3].hostCities = [BIG])],
    ['province', (d) => (d.nodes[0].province = BIG)],
    ['region', (d) => (d.nodes[0].region = BIG)],
    ['unknown node field', (d) => (d.nodes[0][BIG] = 1)],
    ['unknown top-level field', (d) => (d[BIG] = 1)],
    ['unknown metadata field', (d) => (d.metadata[BIG] = 1)],
    ['indicator year key', (d) => (d.nodes[0].indicators = { [BIG]: { gdp: 1 } })],
    ['indicator name key', (d) => (d.nodes[0].indicators = { 2020: { [BIG]: 'a' } })],
  ];
  for (const [what, mutate] of cases) {
    it(what, () => {
      const d = structuredClone(smallDataset) as Record<string, any>;
      mutate(d);
      expectClipped(messagesOf(() => parseDataset(d)), what);
      expectClipped(messagesOf(() => parseDataset(JSON.stringify(d))), `${what} (JSON text)`);
    });
  }

  it('a 1 MB node id that validates is clipped in a measure’s weight error too', () => {
    const d = structuredClone(smallDataset) as Record<string, any>;
    const long = `z${'y'.repeat(999_000)}`;
    for (const l of d.linkages) for (const end of ['source', 'target']) if (l[end] === 'htz-gz') l[end] = long;
    d.nodes[3].id = long;
    const net = buildNetwork(parseDataset(d));
    expectClipped(messagesOf(() => project(net, { weight: () => -1 })), 'project weight');
    const g = project(net);
    g.updateEachEdgeAttributes((_e, a) => ({ ...a, weight: -1 }));
    const messages = messagesOf(() => strength(g));
    expectClipped(messages, 'strength weight');
    expect(messages.some((m) => m.includes(`z${'y'.repeat(199)}… (998,801 more characters)`))).toBe(true);
  });
});
