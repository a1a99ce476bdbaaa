import { describe, expect, it } from 'vitest';
import { duplicateJsonKeys } from '../../src/io/duplicate-json-keys.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { unknownFields } from '../../src/io/unknown-fields.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

describe('duplicateJsonKeys', () => {
  it('places each repeated key at its line and column, with its path', () => {
    expect(duplicateJsonKeys('{"a": 1,\n "a": 2}')).toEqual([{ path: 'a', line: 2, column: 2 }]);
    expect(duplicateJsonKeys('{"nodes": [{"id":"x"}, {"id": "a", "id": "b", "name": {"zh":"\\"]}","zh":1}}], "nodes": []}')).toEqual([
      { path: 'nodes[1].id', line: 1, column: 36 },
      { path: 'nodes[1].name.zh', line: 1, column: 68 },
      { path: 'nodes', line: 1, column: 79 },
    ]);
  });
  it('treats keys written with different escapes as the same key, and equal keys in sibling objects as distinct', () => {
    expect(duplicateJsonKeys('{"a": 1, "\\u0061": 2}').map((d) => d.path)).toEqual(['a']);
    expect(duplicateJsonKeys('[{"a": 1}, {"a": 2}]')).toEqual([]);
  });
});

describe('parseDataset: JSON shape problems', () => {
  it('reports "nodes": […], "nodes": [] instead of reading no nodes', () => {
    const error = zonelinkErrorOf(() => parseDataset('{"metadata":{"name":"x"},"nodes":[{"kind":"city","id":"110000","name":{"zh":"北京市"}}],"nodes":[]}'));
    expect(error.issues.map((i) => [i.code, i.field])).toEqual([['duplicate-key', 'nodes']]);
  });
  it('says "got null", not "got object"', () => {
    const error = zonelinkErrorOf(() => parseDataset('null'));
    expect(error.issues[0]!.message).toMatch(/got null$/);
  });
  it('finds unknown nested fields as dotted paths', () => {
    expect(unknownFields({ kind: 'city', id: 'x', name: { zh: 'a', english: 'b' }, coordinates: { lon: 1, lat: 2, presicion: 3 } }, 'city')).toEqual([
      'name.english',
      'coordinates.presicion',
    ]);
    expect(unknownFields({ name: 'x', sources: [{ id: 'a', title: 'b', titel: 'c' }] }, 'metadata')).toEqual(['sources[0].titel']);
  });
});
