import { describe, expect, it } from 'vitest';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { parseDataset, safeParseDataset } from '../../src/io/parse-dataset.js';

const VALID = {
  metadata: { name: 'pearl river delta', version: '0.1', asOf: '2024', sources: [{ id: 's1', title: '国家级开发区名录' }] },
  nodes: [
    { kind: 'city', id: '440100', name: { zh: '广州市', en: 'Guangzhou' }, region: '东部', provincialCapital: true },
    { kind: 'city', id: '440300', name: { zh: '深圳市' }, strategies: ['大湾区'] },
    { kind: 'zone', id: 'htz-gz', name: { zh: '广州高新区' }, category: '国家级开发区', subtype: 'HTZ', level: '国家级', hostCities: ['440100'], approved: '1991-03' },
    { kind: 'zone', id: 'qianhai', name: { zh: '前海' }, category: 'pilot free trade zone', level: 'national', hostCities: ['440300'], province: 'Guangdong' },
  ],
  linkages: [
    { id: 'l1', source: 'htz-gz', target: 'qianhai', mode: '跨区域联动' },
    { id: 'l2', source: '440100', target: '440300', mode: 'Industrial Chain', directed: true, weight: 3, startYear: 2019, endYear: 2019, mechanism: '竞争' },
  ],
};

function failure(input: unknown, options = {}): ZonelinkError {
  const result = safeParseDataset(input, options);
  if (result.success) throw new Error('expected a failure');
  return result.error;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('parseDataset', () => {
  it('parses an object, normalising enumerations and filling defaults and provinces from codes', () => {
    const dataset = parseDataset(VALID);
    expect(dataset.metadata).toEqual({ ...VALID.metadata, coverage: [] });
    expect(dataset.nodes[0]).toEqual({
      kind: 'city',
      id: '440100',
      name: { zh: '广州市', en: 'Guangzhou' },
      region: 'east',
      province: 'guangdong',
      strategies: [],
      cityClusters: [],
      nationalCentralCity: false,
      provincialCapital: true,
    });
    expect(dataset.nodes[1]).toMatchObject({ strategies: ['greater-bay-area'], province: 'guangdong', region: 'east' });
    expect(dataset.nodes[2]).toEqual({
      kind: 'zone',
      id: 'htz-gz',
      name: { zh: '广州高新区' },
      category: 'national-development-zone',
      subtype: 'htz',
      level: 'national',
      hostCities: ['440100'],
      approved: '1991-03',
      province: 'guangdong',
    });
    expect(dataset.nodes[3]).toMatchObject({ category: 'customs-area-or-ftz', province: 'guangdong' });
    expect(dataset.linkages).toEqual([
      { id: 'l1', source: 'htz-gz', target: 'qianhai', mode: 'cross-regional', directed: false, weight: 1, enclave: false },
      { id: 'l2', source: '440100', target: '440300', mode: 'industrial-chain', directed: true, weight: 3, startYear: 2019, endYear: 2019, mechanism: 'competition', enclave: false },
    ]);
  });

  it('parses JSON text, UTF-8 bytes, GBK bytes and an ArrayBuffer to the same dataset', () => {
    const expected = parseDataset(VALID);
    const text = JSON.stringify(VALID);
    expect(parseDataset(text)).toEqual(expected);
    const utf8 = new TextEncoder().encode(text);
    expect(parseDataset(utf8)).toEqual(expected);
    expect(parseDataset(utf8.slice().buffer)).toEqual(expected);
    expect(parseDataset('\ufeff' + text)).toEqual(expected);
    // GBK bytes of a tiny dataset, from Python: '{"metadata":{"name":"广州"},"nodes":[]}'.encode('gbk')
    const gbk = new Uint8Array([...new TextEncoder().encode('{"metadata":{"name":"'), 0xb9, 0xe3, 0xd6, 0xdd, ...new TextEncoder().encode('"},"nodes":[]}')]);
    expect(parseDataset(gbk).metadata.name).toBe('广州');
  });

  it('does not modify its input', () => {
    const input = deepFreeze(structuredClone(VALID));
    const copy = structuredClone(input);
    parseDataset(input);
    expect(input).toEqual(copy);
  });

  it('accepts an empty dataset and omitted linkages', () => {
    expect(parseDataset({ metadata: { name: 'empty' }, nodes: [] })).toEqual({ metadata: { name: 'empty', sources: [], coverage: [] }, nodes: [], linkages: [] });
  });

  it('lists every problem with its index, id, field, value and expected, and accounts for every record', () => {
    const input = structuredClone(VALID) as { nodes: Record<string, unknown>[]; linkages: Record<string, unknown>[] };
    input.nodes[2].category = 'bogus';
    input.nodes.push({ kind: 'city', id: '440100', name: { zh: '重复' } });
    input.linkages[0].weight = Number.NaN;
    input.linkages[1].target = 'nowhere';
    input.linkages.push({ id: 'l3', source: '440100', target: '440300', mode: 'resource-factor', weight: -1, startYear: 2019.5 });
    const error = failure(input, { file: 'd.json' });
    expect(error.code).toBe('invalid-dataset');
    const got = error.issues.map((i) => ({ code: i.code, index: i.index, id: i.id, field: i.field, file: i.file }));
    expect(got).toEqual(
      expect.arrayContaining([
        { code: 'unknown-category', index: 2, id: 'htz-gz', field: 'category', file: 'd.json' },
        { code: 'duplicate-id', index: 4, id: '440100', field: 'id', file: 'd.json' },
        { code: 'non-finite-number', index: 0, id: 'l1', field: 'weight', file: 'd.json' },
        { code: 'unknown-node', index: 1, id: 'l2', field: 'target', file: 'd.json' },
        { code: 'out-of-range', index: 2, id: 'l3', field: 'weight', file: 'd.json' },
        { code: 'invalid-type', index: 2, id: 'l3', field: 'startYear', file: 'd.json' },
      ]),
    );
    expect(got).toHaveLength(6);
    const category = error.issues.find((i) => i.code === 'unknown-category')!;
    expect(category.value).toBe('bogus');
    expect(category.expected).toContain('national-development-zone (国家级开发区)');
    expect(category.message).toContain('d.json, item 2, id htz-gz: category');
    const unknown = error.issues.find((i) => i.code === 'unknown-node')!;
    expect(unknown).toMatchObject({ value: 'nowhere', expected: 'the id of a node of the dataset' });
    expect(error.records).toEqual([
      { file: 'd.json', table: 'nodes', by: 'index', total: 5, valid: [0, 1, 3], invalid: [2, 4] },
      { file: 'd.json', table: 'linkages', by: 'index', total: 3, valid: [], invalid: [0, 1, 2] },
    ]);
  });

  it('reports a duplicated id at the later record, also when one of the two failed on its own', () => {
    const zone = (id: string, category = 'SEZ') => ({ kind: 'zone', id, name: { zh: id }, category, level: 'national', hostCities: ['440100'] });
    const error = failure({ metadata: { name: 'x' }, nodes: [zone('z1'), zone('z1', 'bogus'), zone('z2', 'bogus'), zone('z2'), zone('z3'), zone('z3')] });
    expect(error.issues.map((i) => [i.code, i.index, i.id])).toEqual([
      ['unknown-category', 1, 'z1'],
      ['unknown-category', 2, 'z2'],
      ['duplicate-id', 1, 'z1'],
      ['duplicate-id', 3, 'z2'],
      ['duplicate-id', 5, 'z3'],
    ]);
    expect(error.issues.filter((i) => i.code === 'duplicate-id').map((i) => i.message)).toEqual([
      'node id "z1" is used again (first at index 0)',
      'node id "z2" is used again (first at index 2)',
      'node id "z3" is used again (first at index 4)',
    ]);
    expect(error.records?.[0]).toMatchObject({ valid: [0, 4], invalid: [1, 2, 3, 5] });
  });

  it('reports a misspelt field instead of dropping it (wieght would otherwise default to 1)', () => {
    const input = structuredClone(VALID) as { metadata: Record<string, unknown>; linkages: Record<string, unknown>[] };
    input.linkages[0].wieght = 5;
    input.metadata.licence = 'CC-BY';
    const error = failure(input);
    expect(error.issues.map((i) => [i.code, i.index, i.field])).toEqual([
      ['unknown-field', undefined, 'metadata.licence'],
      ['unknown-field', 0, 'wieght'],
    ]);
  });

  it('reports an unknown or missing node kind by value', () => {
    const error = failure({ metadata: { name: 'x' }, nodes: [{ kind: 'park', id: 'p' }, { id: 'q' }] });
    expect(error.issues.map((i) => [i.code, i.index, i.field, i.value])).toEqual([
      ['invalid-value', 0, 'kind', 'park'],
      ['missing-field', 1, 'kind', undefined],
    ]);
    expect(error.issues[0].expected).toBe('zone | city | province');
  });

  it('places JSON syntax errors at their line and column', () => {
    const error = failure('{\n  "metadata": {"name": "x"},\n  "nodes": [1, 2,]\n}', { file: 'd.json' });
    expect(error.code).toBe('invalid-json');
    expect(error.issues).toEqual([expect.objectContaining({ code: 'invalid-json', file: 'd.json', row: 3, column: '18' })]);
    expect(error.message).toMatch(/^d\.json line 3 column 18: malformed JSON/);
    expect(failure('{"metadata": {"name": "x"}, "nodes": [] } extra').issues[0]).toMatchObject({ row: 1, column: '43' });
    expect(failure('').issues).toEqual([expect.objectContaining({ code: 'empty-input', row: 1 })]);
  });

  it('rejects inputs that are not dataset objects, and nodes that are not arrays', () => {
    for (const input of [null, 42, 'null', '[]', [], true]) {
      const error = failure(input);
      expect(error.code).toBe('invalid-dataset');
      expect(error.issues).toEqual([expect.objectContaining({ code: 'invalid-type', expected: 'object' })]);
    }
    expect(failure({ metadata: { name: 'x' } }).issues).toEqual([expect.objectContaining({ code: 'missing-field', field: 'nodes' })]);
    expect(failure({ metadata: { name: 'x' }, nodes: {} }).issues).toEqual([expect.objectContaining({ code: 'invalid-type', field: 'nodes' })]);
    expect(failure({ metadata: { name: 'x' }, nodes: [], linkages: 'none' }).issues).toEqual([expect.objectContaining({ code: 'invalid-type', field: 'linkages' })]);
    expect(failure({ nodes: [] }).issues).toEqual([expect.objectContaining({ code: 'missing-field', field: 'metadata' })]);
    expect(failure({ nodes: [] }).issues[0].message).toContain('metadata');
  });

  it('reports metadata problems with their field path', () => {
    const error = failure({ metadata: { name: 'x', sources: [{ id: 's1' }], coverage: [{ scope: 'zones', complete: 'yes', note: '' }] }, nodes: [] });
    expect(error.issues.map((i) => [i.code, i.field])).toEqual([
      ['missing-field', 'metadata.sources.0.title'],
      ['invalid-type', 'metadata.coverage.0.complete'],
    ]);
  });

  it('accepts self-loops only with allowSelfLoops', () => {
    const input = { metadata: { name: 'x' }, nodes: [VALID.nodes[0]], linkages: [{ id: 'l', source: '440100', target: '440100', mode: 'resource-factor' }] };
    expect(failure(input).issues).toEqual([expect.objectContaining({ code: 'self-loop', index: 0, id: 'l' })]);
    expect(parseDataset(input, { allowSelfLoops: true }).linkages).toHaveLength(1);
  });
});

describe('safeParseDataset', () => {
  it('returns the data or the ZonelinkError instead of throwing', () => {
    const ok = safeParseDataset(VALID);
    expect(ok.success).toBe(true);
    if (ok.success) expect(ok.data).toEqual(parseDataset(VALID));
    const bad = safeParseDataset('{');
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(ZonelinkError);
      expect(bad.error.code).toBe('invalid-json');
    }
    expect(safeParseDataset(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toMatchObject({ success: false, error: { code: 'invalid-encoding' } });
  });

  it('still throws errors that are not about the input', () => {
    const hostile = { metadata: { name: 'x' } } as Record<string, unknown>;
    Object.defineProperty(hostile, 'nodes', { enumerable: true, get: () => { throw new RangeError('boom'); } });
    expect(() => safeParseDataset(hostile)).toThrow(RangeError);
  });
});
