import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ZonelinkError, type RecordAccount, type ZonelinkIssue } from '../../src/error/zonelink-error.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { readCsvDataset, type CsvDatasetInput } from '../../src/io/read-csv-dataset.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

/**
 * The bad-input corpus (issue 2): every file in this folder is read as
 * `expected.json` says, and must produce exactly the problems listed there,
 * at exactly the positions listed there; for files with some bad rows, every
 * row must be accounted for as valid or invalid (nothing silently dropped).
 */

type Table = 'zones' | 'cities' | 'nodes' | 'linkages';
interface ExpectedIssue {
  code: string;
  file?: string;
  row?: number;
  column?: string;
  index?: number;
  id?: string;
}
interface Case {
  file: string;
  read: Table | 'json';
  with?: Partial<Record<Table, string>>;
  options?: Record<string, unknown>;
  what: string;
  error?: string;
  issues?: ExpectedIssue[];
  records?: Partial<Record<Table, { rows: number[]; valid: number[] }>>;
  unread?: Table[];
  ok?: boolean;
  expect?: {
    counts: { nodes: number; linkages: number };
    nodes?: Record<string, object>;
    linkages?: Record<string, object>;
  };
}

const here = dirname(fileURLToPath(import.meta.url));
const corpus = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8')) as { cases: Case[] };
const bytes = (name: string) => new Uint8Array(readFileSync(join(here, name)));

function read(c: Case): Dataset {
  if (c.read === 'json') return parseDataset(bytes(c.file), { file: c.file, ...c.options });
  const input: CsvDatasetInput = {};
  for (const [table, name] of Object.entries(c.with ?? {}) as [Table, string][]) input[table] = { file: name, content: bytes(name) };
  input[c.read] = { file: c.file, content: bytes(c.file) };
  return readCsvDataset(input, c.options);
}

/** The position of an issue, as the corpus states it: only the keys that are set. */
function position(issue: ZonelinkIssue, mainFile: string): ExpectedIssue {
  const out: ExpectedIssue = { code: issue.code };
  if (issue.file !== undefined && issue.file !== mainFile) out.file = issue.file;
  if (issue.row !== undefined) out.row = issue.row;
  if (issue.column !== undefined) out.column = issue.column;
  if (issue.index !== undefined) out.index = issue.index;
  if (issue.id !== undefined) out.id = issue.id;
  return out;
}

const key = (i: ExpectedIssue) => JSON.stringify([i.code, i.file ?? '', i.row ?? -1, i.column ?? '', i.index ?? -1, i.id ?? '']);
const sorted = (issues: ExpectedIssue[]) => [...issues].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

function caught(c: Case): ZonelinkError {
  return zonelinkErrorOf(() => read(c), `${c.file} was accepted; expected ${c.error}`);
}

describe('bad-input corpus', () => {
  it('has at least 30 malformed files, and every file in the folder is used', () => {
    const malformed = corpus.cases.filter((c) => !c.ok);
    expect(malformed.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.cases.map((c) => c.file)).size).toBe(corpus.cases.length);
    const used = new Set(corpus.cases.flatMap((c) => [c.file, ...Object.values(c.with ?? {})]));
    const present = readdirSync(here).filter((f) => /\.(csv|json)$/.test(f) && f !== 'expected.json');
    expect(present.filter((f) => !used.has(f))).toEqual([]);
    expect([...used].filter((f) => !present.includes(f))).toEqual([]);
  });

  describe.each(corpus.cases.filter((c) => !c.ok))('$file ($what)', (c) => {
    it(`throws ${c.error} with exactly the listed problems and positions`, () => {
      const error = caught(c);
      expect(error.code).toBe(c.error);
      const files = new Set([c.file, ...Object.values(c.with ?? {})]);
      for (const issue of error.issues) {
        expect(typeof issue.message).toBe('string');
        expect(issue.message.length).toBeGreaterThan(0);
        if (issue.file !== undefined) expect(files.has(issue.file)).toBe(true);
      }
      expect(sorted(error.issues.map((i) => position(i, c.file)))).toEqual(sorted(c.issues ?? []));
    });

    if (c.records || c.unread) {
      it('accounts for every row: valid ∪ invalid = all rows, and the valid rows are exactly the expected ones', () => {
        const error = caught(c);
        const accounts = error.records ?? [];
        const mine = (table: Table): RecordAccount | undefined => accounts.find((a) => a.table === table && a.file === c.file);
        for (const table of c.unread ?? []) expect(mine(table)).toBeUndefined();
        for (const [table, want] of Object.entries(c.records ?? {}) as [Table, { rows: number[]; valid: number[] }][]) {
          const account = mine(table);
          expect(account, `no record account for ${table}`).toBeDefined();
          expect(account!.by).toBe(c.read === 'json' ? 'index' : 'row');
          expect(account!.total).toBe(want.rows.length);
          expect([...account!.valid, ...account!.invalid].sort((a, b) => a - b)).toEqual(want.rows);
          expect(account!.valid.filter((r) => account!.invalid.includes(r))).toEqual([]);
          expect(account!.valid).toEqual(want.valid);
          // Every invalid row has at least one problem located on it, and no valid row has one.
          // (JSON indices are shared by nodes and linkages, so this holds for CSV rows only.)
          if (c.read !== 'json') {
            const located = new Set(error.issues.filter((i) => i.file === c.file).map((i) => i.row));
            for (const r of account!.invalid) expect(located.has(r), `row ${r} is invalid but no problem names it`).toBe(true);
            for (const r of account!.valid) expect(located.has(r), `row ${r} is valid but a problem names it`).toBe(false);
          }
        }
      });
    }
  });

  describe.each(corpus.cases.filter((c) => c.ok))('$file ($what)', (c) => {
    it('is accepted, with normalised values', () => {
      const dataset = read(c);
      const want = c.expect!;
      expect(dataset.nodes).toHaveLength(want.counts.nodes);
      expect(dataset.linkages).toHaveLength(want.counts.linkages);
      const nodes = Object.fromEntries(dataset.nodes.map((n) => [n.id, n]));
      const linkages = Object.fromEntries(dataset.linkages.map((l) => [l.id, l]));
      for (const [id, fields] of Object.entries(want.nodes ?? {})) expect(nodes[id], id).toMatchObject(fields);
      for (const [id, fields] of Object.entries(want.linkages ?? {})) expect(linkages[id], id).toMatchObject(fields);
    });
  });
});
