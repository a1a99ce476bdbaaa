import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { loadDataset, loadDatasetOptions, MAX_LOAD_FILE_BYTES } from '../../src/node/load-dataset.js';
import { zonelinkErrorOfPromise } from '../zonelink-error-of.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'io');

const ZONES = 'id,name,category,level,host_cities\nhtz-gz,广州高新区,national-development-zone,national,440100\nqianhai,前海,FTZ,national,440300\n';
const CITIES = 'id,name\n440100,广州市\n440300,深圳市\n';
const LINKAGES = 'id,source,target,mode\nl1,htz-gz,qianhai,产业链联动\nl2,440100,440300,cross-regional\n';
const NODES = 'kind,id,name,category,level,host_cities\ncity,440100,广州市,,,\ncity,440300,深圳市,,,\nzone,htz-gz,广州高新区,开发区,国家级,440100\nzone,qianhai,前海,FTZ,national,440300\n';

let dir: string;
const path = (name: string) => join(dir, name);

const failure = zonelinkErrorOfPromise;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zonelink-load-'));
  writeFileSync(path('zones.csv'), ZONES);
  writeFileSync(path('cities.csv'), CITIES);
  writeFileSync(path('linkages.csv'), LINKAGES);
  writeFileSync(path('nodes.csv'), NODES);
  writeFileSync(path('metadata.json'), JSON.stringify({ name: 'prd', version: '2' }));
  mkdirSync(path('中文'));
  writeFileSync(path('中文/园区.csv'), ZONES);
  writeFileSync(path('中文/城市.csv'), CITIES);
  writeFileSync(path('中文/联动.csv'), LINKAGES);
  writeFileSync(path('my-parks.csv'), ZONES);
  writeFileSync(path('edges-2020.csv'), LINKAGES);
  writeFileSync(path('data.csv'), CITIES);
  writeFileSync(path('bad-links.csv'), 'id,source,target,mode,weight\nl1,htz-gz,qianhai,产业链,NaN\nl2,htz-gz,nowhere,产业链,1\n');
  writeFileSync(path('dataset.json'), JSON.stringify({ metadata: { name: 'json' }, nodes: [{ kind: 'city', id: '440100', name: { zh: '广州市' } }] }));
  writeFileSync(path('broken.json'), '{"metadata": {"name": "x"},\n "nodes": [,]}');
  for (const name of ['zones-gbk.csv', 'cities-gbk.csv', 'linkages-gbk.csv']) copyFileSync(join(fixtures, name), path(name));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadDataset', () => {
  it('loads CSV files from a list, telling their roles from their names', async () => {
    const dataset = await loadDataset([path('linkages.csv'), path('zones.csv'), path('cities.csv'), path('metadata.json')]);
    expect(dataset.nodes.map((n) => n.id)).toEqual(['htz-gz', 'qianhai', '440100', '440300']);
    expect(dataset.linkages.map((l) => [l.id, l.mode])).toEqual([
      ['l1', 'industrial-chain'],
      ['l2', 'cross-regional'],
    ]);
    expect(dataset.metadata).toEqual({ name: 'prd', version: '2', sources: [], coverage: [] });
  });

  it('tells roles from Chinese file names and from names that contain the role', async () => {
    const chinese = await loadDataset([path('中文/联动.csv'), path('中文/园区.csv'), path('中文/城市.csv')]);
    expect(chinese.nodes).toHaveLength(4);
    expect(chinese.linkages).toHaveLength(2);
    const loose = await loadDataset([path('my-parks.csv'), path('edges-2020.csv'), path('cities.csv')]);
    expect(loose.linkages).toHaveLength(2);
    // Without metadata, the dataset is named after the first file read.
    expect(loose.metadata.name).toBe(path('my-parks.csv'));
  });

  it('loads a node file with a kind column', async () => {
    const dataset = await loadDataset([path('nodes.csv'), path('linkages.csv')]);
    expect(dataset.nodes.map((n) => n.kind)).toEqual(['city', 'city', 'zone', 'zone']);
  });

  it('loads the GBK fixtures', async () => {
    const dataset = await loadDataset([path('zones-gbk.csv'), path('cities-gbk.csv'), path('linkages-gbk.csv')]);
    expect(dataset.nodes.find((n) => n.id === 'htz-gz')?.name.zh).toBe('广州高新技术产业开发区');
    expect(dataset.nodes.find((n) => n.id === '440300')?.name.zh).toBe('深圳市');
    expect(dataset.linkages.map((l) => l.mode)).toEqual(['industrial-chain', 'cross-regional']);
  });

  it('loads by named paths, whatever the file names', async () => {
    const dataset = await loadDataset({ zones: path('my-parks.csv'), cities: path('data.csv'), linkages: path('edges-2020.csv'), metadata: path('metadata.json') });
    expect(dataset.nodes).toHaveLength(4);
    expect(dataset.linkages).toHaveLength(2);
    expect(dataset.metadata.name).toBe('prd');
    expect((await loadDataset({ nodes: path('nodes.csv') })).nodes).toHaveLength(4);
  });

  it('loads one JSON dataset, given as a path or a one-element list', async () => {
    for (const input of [path('dataset.json'), [path('dataset.json')]]) {
      const dataset = await loadDataset(input);
      expect(dataset.metadata.name).toBe('json');
      expect(dataset.nodes[0]).toMatchObject({ id: '440100', province: 'guangdong', region: 'east' });
    }
  });

  it('reports every problem with the path of its file, row and column', async () => {
    const error = await failure(loadDataset([path('zones.csv'), path('cities.csv'), path('bad-links.csv')]));
    expect(error.code).toBe('invalid-dataset');
    expect(error.issues.map((i) => [i.code, i.file, i.row, i.column, i.id])).toEqual([
      ['invalid-number', path('bad-links.csv'), 2, 'weight', 'l1'],
      ['unknown-node', path('bad-links.csv'), 3, 'target', 'l2'],
    ]);
    const json = await failure(loadDataset(path('broken.json')));
    expect(json.code).toBe('invalid-json');
    expect(json.issues).toEqual([expect.objectContaining({ code: 'invalid-json', file: path('broken.json'), row: 2, column: '12' })]);
  });

  it('passes options on (allowSelfLoops)', async () => {
    writeFileSync(path('loop-links.csv'), 'id,source,target,mode\nl1,440100,440100,产业链\n');
    await expect(loadDataset([path('cities.csv'), path('loop-links.csv')])).rejects.toThrow(ZonelinkError);
    expect((await loadDataset([path('cities.csv'), path('loop-links.csv')], { allowSelfLoops: true })).linkages).toHaveLength(1);
  });

  it('reports files it cannot read, naming the function and the path', async () => {
    const missing = await failure(loadDataset([path('zones.csv'), path('no-such-cities.csv')]));
    expect(missing.code).toBe('invalid-argument');
    expect(missing.message).toBe(`loadDataset: ${path('no-such-cities.csv')}: no such file`);
    expect(missing.issues).toEqual([expect.objectContaining({ code: 'unreadable-file', file: path('no-such-cities.csv') })]);
    const json = await failure(loadDataset(path('nothing.json')));
    expect(json.issues).toEqual([expect.objectContaining({ code: 'unreadable-file', file: path('nothing.json') })]);
    // A directory where a file should be.
    const directory = await failure(loadDataset({ zones: path('中文') }));
    expect(directory.issues).toEqual([expect.objectContaining({ code: 'unreadable-file', file: path('中文') })]);
    expect(directory.message.startsWith('loadDataset: ')).toBe(true);
  });

  it('reports files whose role it cannot tell, two files for one role, and an empty list', async () => {
    const unknown = await failure(loadDataset([path('zones.csv'), path('data.csv')]));
    expect(unknown.code).toBe('invalid-argument');
    expect(unknown.issues).toEqual([expect.objectContaining({ code: 'unknown-file-role', file: path('data.csv') })]);
    const twice = await failure(loadDataset([path('zones.csv'), path('my-parks.csv'), path('data.csv')]));
    expect(twice.issues.map((i) => [i.code, i.file])).toEqual([
      ['duplicate-file-role', path('my-parks.csv')],
      ['unknown-file-role', path('data.csv')],
    ]);
    const none = await failure(loadDataset([]));
    expect(none.issues).toEqual([expect.objectContaining({ code: 'no-input' })]);
  });

  describe('declared options', () => {
    it('reports an unknown option, suggesting the declared one, before reading any file', async () => {
      const e = await failure(loadDataset(path('no-such.json'), { maxFileByte: 10 } as never));
      expect(e.issues).toEqual([expect.objectContaining({ code: 'unknown-option', field: 'maxFileByte' })]);
      expect(e.message).toMatch(/^loadDataset: unknown option maxFileByte \(did you mean maxFileBytes\?\)/);
      // File names come from the paths: a file option was ignored before, and is refused now.
      expect((await failure(loadDataset([path('zones.csv')], { file: 'x.csv' } as never))).issues[0]).toMatchObject({ code: 'unknown-option', field: 'file' });
    });

    it('reports every invalid option in one error', async () => {
      const e = await failure(loadDataset([path('zones.csv')], { maxFileBytes: 0, encoding: 'latin1' as never, allowSelfLoops: 'yes' as never }));
      expect(e.issues.map((i) => [i.code, i.field])).toEqual([['invalid-argument', 'allowSelfLoops'], ['invalid-argument', 'encoding'], ['invalid-argument', 'maxFileBytes']]);
      expect(e.issues[2].message).toBe('loadDataset: option maxFileBytes must be an integer ≥ 1 or Infinity, got 0');
    });

    it('keeps its defaults: 512 MiB files, the CSV bounds of parseCsv, encoding detected', () => {
      const specs = loadDatasetOptions.specs;
      expect([specs.maxFileBytes.default, MAX_LOAD_FILE_BYTES, specs.maxFieldLength.default, specs.maxColumns.default, specs.encoding.default, specs.allowSelfLoops.default]).toEqual([
        512 * 1024 * 1024,
        512 * 1024 * 1024,
        1_000_000,
        1_000,
        'auto',
        false,
      ]);
    });
  });
});

