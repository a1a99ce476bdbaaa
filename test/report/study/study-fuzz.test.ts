import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/io/parse-dataset.js';
import { analyzeStudy, renderStudyHtml, renderStudyMarkdown, StudySchema } from '../../../src/report/index.js';
import type { DatasetInput } from '../../../src/schema/dataset.js';

const CODES = ['110000', '120000', '310000', '440100', '440300', '510100', '420100', '320100', '330100', '610100', '810000'];
const MODES = ['resource-factor', 'industrial-chain', 'cross-regional'] as const;

/** Small valid datasets: cities with or without coordinates and census values, a province node, 0–6 linkages. */
const datasets = fc
  .record({
    cities: fc.uniqueArray(
      fc.record({
        code: fc.constantFrom(...CODES),
        coordinates: fc.option(fc.record({ lon: fc.double({ min: 75, max: 130, noNaN: true }), lat: fc.double({ min: 18, max: 50, noNaN: true }) }), { nil: undefined }),
        p2010: fc.option(fc.integer({ min: 1, max: 30_000_000 }), { nil: undefined }),
        p2020: fc.option(fc.integer({ min: 1, max: 30_000_000 }), { nil: undefined }),
        capital: fc.boolean(),
        name: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim().length > 0),
      }),
      { selector: (c) => c.code, maxLength: 9 },
    ),
    province: fc.boolean(),
    links: fc.array(fc.record({ a: fc.nat(20), b: fc.nat(20), mode: fc.constantFrom(...MODES), directed: fc.boolean() }), { maxLength: 6 }),
  })
  .map(({ cities, province, links }): DatasetInput => {
    const nodes: DatasetInput['nodes'] = cities.map((c) => ({
      kind: 'city' as const,
      id: c.code,
      name: { zh: `<${c.name}&"` },
      provincialCapital: c.capital,
      ...(c.coordinates ? { coordinates: c.coordinates } : {}),
      indicators: {
        ...(c.p2010 !== undefined ? { 2010: { population: c.p2010 } } : {}),
        ...(c.p2020 !== undefined ? { 2020: { population: c.p2020 } } : {}),
      },
    }));
    if (province) nodes.push({ kind: 'province', id: '440000', name: { zh: '广东省' }, province: 'guangdong' } as DatasetInput['nodes'][number]);
    const ids = nodes.map((n) => n.id);
    const linkages = ids.length < 2 ? [] : links
      .map((l, k) => ({ id: `l${k}`, source: ids[l.a % ids.length], target: ids[l.b % ids.length], mode: l.mode, directed: l.directed }))
      .filter((l) => l.source !== l.target);
    return { metadata: { name: 'fuzz <dataset>' }, nodes, linkages };
  });

describe('analyzeStudy on any small valid dataset', () => {
  it('returns a study StudySchema accepts, JSON-safe, and both renderers never throw', () => {
    const computed = { documented: 0, modelled: 0, explanation: 0, population: 0 };
    fc.assert(
      fc.property(datasets, (input) => {
        const dataset = parseDataset(input);
        const study = analyzeStudy(dataset, { permutations: 19, mrqapPermutations: 9, neighbours: 2, classes: 2 });
        expect(() => StudySchema.parse(study)).not.toThrow();
        expect(JSON.parse(JSON.stringify(study))).toEqual(study);
        const md = renderStudyMarkdown(study);
        const html = renderStudyHtml(study);
        expect(md.length).toBeGreaterThan(0);
        expect(html).not.toMatch(/<[a-z]+[^>]*&"/); // raw data strings never reach the markup unescaped
        expect(html).not.toContain('<' + 'script');
        for (const key of Object.keys(computed) as (keyof typeof computed)[]) if (!('missing' in study[key])) computed[key]++;
      }),
      { numRuns: 60, seed: 13 },
    );
    // the generator reaches every section, not only its missing branch
    for (const count of Object.values(computed)) expect(count).toBeGreaterThan(0);
  });

  it('says what is missing: no coordinates, no population, no linkages, one linkage', () => {
    const base = (linkages: DatasetInput['linkages'], withData: boolean): DatasetInput => ({
      metadata: { name: 'edge' },
      nodes: ['440100', '440300', '510100'].map((id, i) => ({ kind: 'city' as const, id, name: { zh: id }, ...(withData ? { coordinates: { lon: 100 + i, lat: 25 + i }, indicators: { 2010: { population: 1000 * (i + 1) }, 2020: { population: 1100 * (i + 1) } } } : {}) })),
      linkages,
    });
    const bare = analyzeStudy(parseDataset(base([], false)));
    expect(bare.documented).toHaveProperty('missing');
    expect(bare.modelled).toHaveProperty('missing');
    expect(bare.explanation).toHaveProperty('missing');
    expect(bare.population).toHaveProperty('missing');
    const one = analyzeStudy(parseDataset(base([{ id: 'l', source: '440100', target: '510100', mode: 'cross-regional' }], true)), { permutations: 19, mrqapPermutations: 9 });
    expect(one.documented).not.toHaveProperty('missing');
    expect(() => renderStudyHtml(one)).not.toThrow();
    expect(renderStudyMarkdown(bare)).toContain('Not computed:');
  });
});
