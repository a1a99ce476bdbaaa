import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { readCsvDataset } from '../../src/io/read-csv-dataset.js';
import { pagerank } from '../../src/measures/centrality/index.js';
import { compactAdjacency } from '../../src/network/compact-adjacency.js';
import { project } from '../../src/network/project.js';
import { buildNetwork } from '../../src/network/zone-network.js';
import { summarizeDataset } from '../../src/report/dataset-summary.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

/**
 * Ids and keys that are `Object.prototype` names (issue: they passed validation
 * and then crashed `summary` with graphology's "edge already exists", or
 * vanished from node-keyed results): every id and key works or gets a clear error.
 */

const PROTOTYPE_NAMES = ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', '__defineGetter__', 'toLocaleString'];

const city = { kind: 'city', id: '440100', name: { zh: '广州市' }, province: '广东' };
const zone = (id: string) => ({ kind: 'zone', id, name: { zh: `区${id}` }, category: 'national-development-zone', level: 'national', approved: '2000', hostCities: ['440100'], province: 'guangdong' });
/** A chain of zones with these ids, each linked to the next, as JSON text would give it. */
function chain(ids: string[]): unknown {
  const linkages = ids.slice(1).map((id, i) => ({ id: `l${i}`, source: ids[i], target: id, mode: 'industrial-chain', weight: 1, startYear: 2015 }));
  return JSON.parse(JSON.stringify({ metadata: { name: 't' }, nodes: [city, ...ids.map(zone)], linkages }));
}

describe('Object.prototype names as ids and keys', () => {
  it('a node id that is a prototype name is a reserved-id error at its index', () => {
    const error = zonelinkErrorOf(() => parseDataset(chain(['a', ...PROTOTYPE_NAMES])));
    expect(error.code).toBe('invalid-dataset');
    const reserved = error.issues.filter((i) => i.code === 'reserved-id' && i.field === 'id');
    expect(reserved.map((i) => [i.index, i.id])).toEqual(PROTOTYPE_NAMES.map((id, k) => [k + 2, id]));
  });

  it('a JSON indicator named __proto__ is a reserved-key error, not silently dropped', () => {
    const text = '{"metadata":{"name":"t"},"nodes":[{"kind":"city","id":"440100","name":{"zh":"x"},"indicators":{"2020":{"__proto__":5,"gdp":1}}}]}';
    const error = zonelinkErrorOf(() => parseDataset(text));
    expect(error.issues.map((i) => [i.code, i.index, i.field])).toEqual([['reserved-key', 0, 'indicators.2020.__proto__']]);
  });

  it('a CSV column __proto__@2020 is a reserved-key error on its row, not silently dropped', () => {
    const content = 'id,name,province,__proto__@2020,gdp@2020\n440100,广州市,广东,5,6\n';
    const error = zonelinkErrorOf(() => readCsvDataset({ cities: { file: 'c.csv', content } }));
    expect(error.issues.map((i) => [i.code, i.file, i.row, i.field])).toEqual([['reserved-key', 'c.csv', 2, 'indicators.2020.__proto__']]);
  });

  it('a graphology graph with a prototype-name node is an invalid-graph error naming the measure', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('a');
    g.addNode('__proto__');
    const error = zonelinkErrorOf(() => pagerank(g));
    expect(error.code).toBe('invalid-graph');
    expect(error.message).toMatch(/^pagerank: /);
    expect(error.issues).toEqual([expect.objectContaining({ code: 'reserved-id', id: '__proto__' })]);
    expect(() => compactAdjacency(g)).toThrow(ZonelinkError);
  });

  // Ids drawn from prototype names, control characters and look-alikes: the
  // dataset is either rejected with a ZonelinkError, or every id survives into
  // the summary and into PageRank, which still sums to 1.
  const awkward = fc.oneof(
    fc.constantFrom(...PROTOTYPE_NAMES),
    fc.constantFrom('z1', 'z1\u200b', 'Ｚ１', 'Z1', 'a\u202eb', 'a\u0001', 'a\uffff', 'a\ud800', '\ud83d\ude00', 'a b', ' a', 'é', 'e\u0301', '0', '1e3', '-'),
    fc.string({ minLength: 1, maxLength: 4 }),
  );
  it('property: random awkward ids are rejected with a ZonelinkError or survive every step', () => {
    fc.assert(
      fc.property(fc.uniqueArray(awkward, { minLength: 2, maxLength: 6 }), (ids) => {
        let dataset;
        try {
          dataset = parseDataset(chain(ids));
        } catch (error) {
          expect(error).toBeInstanceOf(ZonelinkError);
          return;
        }
        expect(summarizeDataset(dataset).nodes).toBe(ids.length + 1);
        const { values } = pagerank(project(buildNetwork(dataset)));
        expect(Object.keys(values).sort()).toEqual(['440100', ...ids].sort());
        expect(Object.values(values).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});
