import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { readCsvDataset } from '../../src/io/read-csv-dataset.js';
import { writeCsvDataset } from '../../src/io/write-csv-dataset.js';
import { serializeDataset } from '../../src/io/serialize-dataset.js';
import { toGexf } from '../../src/io/to-gexf.js';
import { toGraphML } from '../../src/io/to-graphml.js';
import { toPajek } from '../../src/io/to-pajek.js';
import { readPajek } from '../../src/io/read-pajek.js';
import { toEdgeListCsv } from '../../src/io/to-edge-list-csv.js';
import { betweenness, closeness, degree, eigenvector, harmonic, hits, pagerank, strength } from '../../src/measures/centrality/index.js';
import { labelPropagation, leiden, louvain } from '../../src/measures/community/index.js';
import { compactAdjacency } from '../../src/network/compact-adjacency.js';
import { project } from '../../src/network/project.js';
import { buildNetwork } from '../../src/network/zone-network.js';
import { summarizeDataset } from '../../src/report/dataset-summary.js';
import { formatSummary } from '../../src/node/cli.js';
import { measuresTable } from '../../src/node/measures-command.js';

/**
 * Issue 15, tests: random node ids (and names) drawn from Object.prototype
 * names, control characters, bidi controls, look-alikes (full-width,
 * zero-width), CJK, formula-leading text and long strings. Each dataset either
 * fails validation with one of the documented id codes, or validates and then
 * every measure's record has exactly the node ids as keys (none vanishes; sums
 * right), and the summary and every export work and read back.
 */

/** The codes an unusable id (or name) is documented to give (src/schema/fields.ts IdSchema, NameSchema; check-dataset). */
// (a name that trims to nothing, such as U+FEFF alone, is out-of-range: names are non-empty)
const ID_CODES = new Set(['out-of-range', 'reserved-id', 'empty-id', 'untrimmed-id', 'invalid-id', 'bidi-control', 'invisible-character', 'control-character', 'lookalike-id', 'duplicate-id']);

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__'];
// weighted so that about half the datasets validate and go through every step
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...PROTOTYPE_NAMES), weight: 3 },
  // control characters, ANSI/OSC escapes, bidi controls
  { arbitrary: fc.constantFrom('\u0001', '\u001b[31m', '\u001b]0;t\u0007', '\u007f', '\u009b', '\u202e', '\u2066', '\u200e', '\t', '\n'), weight: 1 },
  // look-alikes: full-width, zero-width, combining, compatibility forms
  { arbitrary: fc.constantFrom('Ｚ１', 'Z1', 'z1\u200b', '\u200d', '\ufeff', 'e\u0301', 'é', 'ﬁ', 'fi', 'Ⅸ', 'IX'), weight: 2 },
  // CJK, formula-leading text, XML and CSV metacharacters, an astral character, a lone surrogate
  { arbitrary: fc.constantFrom('广州', '開發區', '=1+1', '+cmd', '@SUM(1)', '-2', '<a&"b\'>', 'a,b', '"', ']]>', '\ud83d\ude00', '\ud800'), weight: 6 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 3 }), weight: 2 },
  { arbitrary: fc.integer({ min: 250, max: 2000 }).map((n) => 'x'.repeat(n)), weight: 1 },
);
const text = fc.array(piece, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));

const city = { kind: 'city', id: '440100', name: { zh: '广州市' }, province: '广东' };
function dataset(ids: string[], names: string[]): unknown {
  const nodes = [city, ...ids.map((id, i) => ({ kind: 'zone', id, name: { zh: names[i % names.length] }, category: 'national-development-zone', level: 'national', approved: '2000', hostCities: ['440100'], province: 'guangdong' }))];
  // a chain through every zone, closed back to the city, weights 1, 2, 3, …
  const ends = ['440100', ...ids, '440100'];
  const linkages = ends.slice(1).map((target, i) => ({ id: `l${i}`, source: ends[i], target, mode: 'industrial-chain', weight: i + 1, startYear: 2015 }));
  return JSON.parse(JSON.stringify({ metadata: { name: 't' }, nodes, linkages }));
}

function keysOf(record: Record<string, unknown>): string[] {
  return Object.keys(record).sort();
}

describe('property: hostile node ids and names', () => {
  it('validate with a documented code, or survive every measure, the summary and every export', () => {
    fc.assert(
      fc.property(fc.uniqueArray(text, { minLength: 1, maxLength: 5 }), fc.array(text, { minLength: 1, maxLength: 3 }), (ids, names) => {
        let parsed;
        try {
          parsed = parseDataset(dataset(ids, names));
        } catch (error) {
          expect(error).toBeInstanceOf(ZonelinkError);
          const codes = (error as ZonelinkError).issues.map((i) => i.code);
          expect((error as ZonelinkError).code).toBe('invalid-dataset');
          for (const code of codes) expect(ID_CODES.has(code), `undocumented code ${code}`).toBe(true);
          return;
        }
        const all = ['440100', ...ids].sort();
        const net = buildNetwork(parsed);
        const g = project(net);
        const csr = compactAdjacency(g);
        const m = g.size;
        const deg = degree(csr);
        expect(keysOf(deg)).toEqual(all);
        expect(Object.values(deg).reduce((a, b) => a + b, 0)).toBe(2 * m);
        const str = strength(csr);
        expect(keysOf(str)).toEqual(all);
        // Σ strength = 2 Σ w (a self-loop counts twice) = 2 · (1 + 2 + … + (ids + 1))
        const n = ids.length + 1;
        expect(Object.values(str).reduce((a, b) => a + b, 0)).toBe(n * (n + 1));
        for (const record of [betweenness(csr), closeness(csr), harmonic(csr), eigenvector(csr).values, hits(csr).hubs, louvain(csr, { seed: 1 }).partition, leiden(csr, { seed: 1 }).partition, labelPropagation(csr, { seed: 1 }).partition]) {
          expect(keysOf(record as Record<string, unknown>)).toEqual(all);
          for (const v of Object.values(record as Record<string, number>)) expect(Number.isFinite(v)).toBe(true);
        }
        const pr = pagerank(csr).values;
        expect(keysOf(pr)).toEqual(all);
        expect(Object.values(pr).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        // summary (CLI text too), exports, and what reads them back
        expect(summarizeDataset(parsed).nodes).toBe(n);
        expect(typeof formatSummary(summarizeDataset(parsed))).toBe('string');
        expect(parseDataset(serializeDataset(parsed)).nodes.map((x) => x.id)).toEqual(parsed.nodes.map((x) => x.id));
        const texts = writeCsvDataset(parsed, { formulas: 'keep' });
        const back = readCsvDataset({ zones: texts.zones, cities: texts.cities, linkages: texts.linkages });
        expect(back.nodes.map((x) => x.id).sort()).toEqual(all);
        expect(back.nodes.find((x) => x.id === ids[0])?.name.zh).toBe(parsed.nodes.find((x) => x.id === ids[0])?.name.zh);
        if (all.some((id) => /["\r\n]/.test(id))) {
          // Pajek quotes labels and has no escape: a documented, named refusal
          expect(() => toPajek(g)).toThrow(/^toPajek: node .* holds a quote or a line break, which Pajek cannot hold/);
        } else {
          const pajek = readPajek(toPajek(g));
          expect(pajek.order).toBe(n);
          expect(pajek.mapNodes((_k, a) => a.label).sort()).toEqual(all);
        }
        expect(toEdgeListCsv(g).split('\n').length).toBeGreaterThan(m);
        for (const xml of [toGexf(net), toGraphML(net)]) {
          // well-formed XML 1.0: no raw C0 control but tab/LF/CR, no lone surrogate
          // eslint-disable-next-line no-control-regex
          expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(xml)).toBe(false);
        }
        expect(measuresTable(parsed, 'json').length).toBeGreaterThan(0);
      }),
      { numRuns: 200, seed: 1515 },
    );
  });
});
