import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { LINKAGE_MODE_CODES, LinkageColumnsReader, readLinkageColumns } from '../../src/io/linkage-columns.js';
import { readCsvDataset } from '../../src/io/read-csv-dataset.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'bad-input');

interface CorpusCase {
  file: string;
  read: string;
  with?: Record<string, string>;
  issues?: { code: string; row?: number; column?: string }[];
  ok?: boolean;
}

describe('readLinkageColumns', () => {
  it('reads linkages into typed columns, interning node ids', () => {
    const c = readLinkageColumns('id,起点,终点,联动模式,权重,开始年份,directed\nl1,a,b,产业链,2,2019,yes\nl2,b,c,跨区域,,,\n');
    expect(c.length).toBe(2);
    expect(c.nodes).toEqual(['a', 'b', 'c']);
    expect(Array.from(c.source)).toEqual([0, 1]);
    expect(Array.from(c.target)).toEqual([1, 2]);
    expect(Array.from(c.weight)).toEqual([2, 1]);
    expect(Array.from(c.mode, (k) => LINKAGE_MODE_CODES[k])).toEqual(['industrial-chain', 'cross-regional']);
    expect(Array.from(c.directed)).toEqual([1, 0]);
    expect(Array.from(c.startYear)).toEqual([2019, 0]);
    expect(Array.from(c.line)).toEqual([2, 3]);
    expect(c.omittedColumns).toEqual([]);
  });

  it('says which recognised columns it validates but does not keep', () => {
    const c = readLinkageColumns('id,source,target,mode,description,citation\nl1,a,b,产业链,x,y\n');
    expect(c.omittedColumns).toEqual(['description', 'citation']);
  });

  it('reports the problems of every linkage file of the bad-input corpus that readCsvDataset reports, at the same rows', () => {
    const cases = (JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as { cases: CorpusCase[] }).cases;
    const linkageCases = cases.filter((c) => c.read === 'linkages' && c.issues && !/gbk|gb18030|undecodable/i.test(c.file)) // the large-file reader is UTF-8 or GB18030 by choice, not by detection;
    expect(linkageCases.length).toBeGreaterThan(8);
    for (const c of linkageCases) {
      const bytes = readFileSync(join(corpus, c.file));
      let nodes: string[] | undefined;
      if (c.with) {
        const tables = Object.fromEntries(Object.entries(c.with).map(([table, file]) => [table, { file, content: readFileSync(join(corpus, file)) }]));
        nodes = readCsvDataset(tables).nodes.map((n) => n.id);
      }
      const error = zonelinkErrorOf(() => readLinkageColumns(bytes, { file: c.file, nodes }));
      const got = new Set(error.issues.map((i) => `${i.code}@${i.row ?? ''}`));
      for (const want of c.issues ?? []) {
        if (['unknown-node'].includes(want.code) && !nodes) continue;
        expect(got, `${c.file}: ${want.code} at row ${want.row}`).toContain(`${want.code}@${want.row ?? ''}`);
      }
    }
  });

  it('counts every problem and lists the first maxIssues', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `l${i},a,b,bogus`).join('\n');
    const error = zonelinkErrorOf(() => readLinkageColumns(`id,source,target,mode\n${rows}\n`, { maxIssues: 10 }));
    expect(error.code).toBe('invalid-dataset');
    expect(error.issues).toHaveLength(10);
    expect(error.message).toContain('50 problems (the first 10 listed, 40 more counted)');
  });

  it('checks endpoints against the given nodes, duplicate ids, self-loops and years in one pass', () => {
    const text = 'id,source,target,mode,start_year,end_year\nl1,a,b,产业链,2019,2010\nl1,a,a,产业链,,\nl3,a,zz,产业链,1900,\n';
    const error = zonelinkErrorOf(() => readLinkageColumns(text, { nodes: ['a', 'b'] }));
    expect(error.issues.map((i) => `${i.code}@${i.row}`)).toEqual([
      'end-before-start@2',
      'duplicate-id@3',
      'self-loop@3',
      'impossible-year@4',
      'unknown-node@4',
    ]);
  });

  it('decodes UTF-8 split inside a character across chunks, and rejects non-UTF-8 bytes naming the file', () => {
    const bytes = new TextEncoder().encode('id,source,target,mode\nl1,甲,乙,产业链\n');
    const reader = new LinkageColumnsReader();
    for (let i = 0; i < bytes.length; i += 3) reader.push(bytes.subarray(i, Math.min(bytes.length, i + 3)));
    expect(reader.end().nodes).toEqual(['甲', '乙']);
    const gbk = new Uint8Array([0x69, 0x64, 0x0a, 0xd6, 0xd0]);
    const error = zonelinkErrorOf(() => readLinkageColumns(gbk, { file: 'gbk.csv' }));
    expect(error.code).toBe('invalid-encoding');
    expect(error.message).toContain('gbk.csv');
  });

  it('throws a ZonelinkError naming itself on a wrong input type', () => {
    for (const bad of [null, 42, {}]) {
      const error = zonelinkErrorOf(() => readLinkageColumns(bad as never));
      expect(error).toBeInstanceOf(ZonelinkError);
      expect(error.message).toContain('readLinkageColumns');
    }
  });

  it('keeps exactly the linkages readCsvDataset keeps, with the same values (property)', () => {
    const modes = ['产业链', 'resource-factor', '跨区域联动'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(7), fc.nat(7), fc.nat(2), fc.option(fc.integer({ min: 1, max: 1000 })), fc.option(fc.integer({ min: 1990, max: 2020 })), fc.boolean()), { maxLength: 30 }),
        (rows) => {
          const lines = ['id,source,target,mode,weight,start_year,directed'];
          rows.forEach(([s, t, m, w, y, d], k) => {
            if (s === t) return;
            lines.push(`l${k},1101${s}0,1101${t}0,${modes[m]},${w === null ? '' : w / 10},${y ?? ''},${d ? '是' : '否'}`);
          });
          const text = lines.join('\n') + '\n';
          const columns = readLinkageColumns(text);
          const cities = ['id,name', ...Array.from({ length: 8 }, (_, i) => `1101${i}0,城市${i}`)].join('\n');
          const dataset = readCsvDataset({ cities, linkages: text });
          expect(columns.length).toBe(dataset.linkages.length);
          dataset.linkages.forEach((l, k) => {
            expect(columns.nodes[columns.source[k]]).toBe(l.source);
            expect(columns.nodes[columns.target[k]]).toBe(l.target);
            expect(columns.weight[k]).toBe(l.weight);
            expect(LINKAGE_MODE_CODES[columns.mode[k]]).toBe(l.mode);
            expect(columns.directed[k] === 1).toBe(l.directed);
            expect(columns.startYear[k]).toBe(l.startYear ?? 0);
          });
        },
      ),
      { numRuns: 100, seed: 3 },
    );
  });
});

describe('readLinkageColumns with GB18030', () => {
  it('reads GBK bytes when told, split anywhere', () => {
    const bytes = readFileSync(join(corpus, 'linkages-gbk-errors.csv'));
    const reader = new LinkageColumnsReader({ encoding: 'gb18030', file: 'gbk.csv' });
    for (let i = 0; i < bytes.length; i += 5) reader.push(bytes.subarray(i, Math.min(bytes.length, i + 5)));
    const error = zonelinkErrorOf(() => reader.end());
    expect(error.code).toBe('invalid-dataset'); // the file's own row problems, read through GBK
    expect(error.issues.every((i) => i.file === 'gbk.csv')).toBe(true);
  });
});
