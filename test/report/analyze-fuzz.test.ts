import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { analyze } from '../../src/report/analyze.js';
import { renderHtml } from '../../src/report/render/render-html.js';
import { renderMarkdown } from '../../src/report/render/render-markdown.js';
import { ReportSchema } from '../../src/report/report-schema.js';
import type { DatasetInput } from '../../src/schema/dataset.js';

const MODES = ['resource-factor', 'industrial-chain', 'cross-regional'] as const;
const CATEGORIES = ['national-development-zone', 'national-new-area', 'customs-area-or-ftz', 'provincial-zone'] as const;
const ARRANGEMENTS = [undefined, 'branch-park', 'co-built-park', 'enclave'] as const;
/** City codes in four provinces of three macro-regions (Guangdong, Shanghai, Sichuan, Hubei). */
const CITY_CODES = ['440100', '440300', '310000', '510100', '510700', '420100'];

const cityArb = (id: string) =>
  fc.record({
    coordinates: fc.option(fc.record({ lon: fc.double({ min: 73, max: 135, noNaN: true }), lat: fc.double({ min: 18, max: 53, noNaN: true }) }), { nil: undefined }),
    indicators: fc.option(
      fc.dictionary(fc.constantFrom('2010', '2020'), fc.record({ gdp: fc.double({ min: 0, max: 1e6, noNaN: true }), pop: fc.integer({ min: 0, max: 3e7 }) }), { maxKeys: 2 }),
      { nil: undefined },
    ),
  }).map(({ coordinates, indicators }) => ({ kind: 'city' as const, id, name: { zh: `城市${id}` }, ...(coordinates ? { coordinates } : {}), ...(indicators ? { indicators } : {}) }));

const zoneArb = (i: number, cities: string[]) =>
  fc.record({
    category: fc.constantFrom(...CATEGORIES),
    approved: fc.option(fc.integer({ min: 1984, max: 2024 }).map(String), { nil: undefined }),
    hostCities: fc.subarray(cities, { minLength: 1, maxLength: Math.min(2, cities.length) }),
    coordinates: fc.option(fc.record({ lon: fc.double({ min: 100, max: 122, noNaN: true }), lat: fc.double({ min: 20, max: 40, noNaN: true }) }), { nil: undefined }),
  }).map((z) => ({ kind: 'zone' as const, id: `z${i}`, name: { zh: `园区${i}` }, level: 'national', ...z, ...(z.approved ? {} : { approved: undefined }), ...(z.coordinates ? {} : { coordinates: undefined }) }));

type LinkageInput = NonNullable<DatasetInput['linkages']>[number];
type NodeInput = DatasetInput['nodes'][number];

const linkageArb = (ids: string[]): fc.Arbitrary<Omit<LinkageInput, 'id'>> =>
  fc
    .record({
      ends: fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([a, b]) => a !== b),
      mode: fc.constantFrom(...MODES),
      directed: fc.boolean(),
      weight: fc.option(fc.double({ min: 0.01, max: 100, noNaN: true }), { nil: undefined }),
      startYear: fc.option(fc.integer({ min: 1990, max: 2024 }), { nil: undefined }),
      arrangement: fc.constantFrom(...ARRANGEMENTS),
    })
    .map((l) => ({
      source: l.ends[0],
      target: l.ends[1],
      mode: l.mode,
      directed: l.directed,
      ...(l.weight !== undefined ? { weight: l.weight } : {}),
      ...(l.startYear !== undefined ? { startYear: l.startYear } : {}),
      ...(l.arrangement !== undefined ? { arrangement: l.arrangement } : {}),
    }));

/** A valid dataset: 1–6 cities, 0–8 zones, 0–12 linkages of every mode and direction, dated or not. */
const datasetArb: fc.Arbitrary<DatasetInput> = fc
  .record({ cityCount: fc.integer({ min: 1, max: CITY_CODES.length }), zoneCount: fc.integer({ min: 0, max: 8 }) })
  .chain(({ cityCount, zoneCount }) => {
    const cities = CITY_CODES.slice(0, cityCount);
    const ids = [...cities, ...Array.from({ length: zoneCount }, (_, i) => `z${i}`)];
    const zones: fc.Arbitrary<NodeInput>[] = Array.from({ length: zoneCount }, (_, i) => zoneArb(i, cities) as fc.Arbitrary<NodeInput>);
    return fc.record({
      nodes: fc.tuple(...cities.map((c) => cityArb(c) as fc.Arbitrary<NodeInput>), ...zones),
      linkages: ids.length < 2 ? fc.constant([] as Omit<LinkageInput, 'id'>[]) : fc.array(linkageArb(ids), { maxLength: 12 }),
    });
  })
  .map(({ nodes, linkages }) => ({
    metadata: { name: 'fuzz' },
    nodes: nodes.map((n) => Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined)) as NodeInput),
    linkages: linkages.map((l, i) => ({ id: `l${i}`, ...l })),
  }));

describe('analyze on any valid dataset', () => {
  it('emits a report its schema accepts, and both renderers render it', () => {
    fc.assert(
      fc.property(datasetArb, fc.option(fc.integer({ min: 1980, max: 2026 }), { nil: undefined }), (input, year) => {
        const dataset = parseDataset(input);
        const report = analyze(dataset, { year, seed: 1 });
        expect(() => ReportSchema.parse(report)).not.toThrow();
        // An empty basemap keeps the 200 renders fast; the bundled one is tested in render-html.test.ts.
        expect(renderHtml(report, { basemap: { type: 'FeatureCollection', features: [] } })).toContain('</html>');
        expect(renderMarkdown(report).startsWith('# ')).toBe(true);
      }),
      { numRuns: 200, seed: 13 },
    );
  }, 120_000);
});
