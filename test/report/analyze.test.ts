import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { ReportSchema } from '../../src/report/report-schema.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { buildNetwork } from '../../src/network/zone-network.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';
import { smallDataset } from '../fixtures/network/small-dataset.js';
import { renderHtml } from '../../src/report/render/render-html.js';
import { renderMarkdown } from '../../src/report/render/render-markdown.js';

const dataset = parseDataset(smallDataset);

describe('analyze', () => {
  const report = analyze(dataset, { seed: 3 });

  it('returns plain JSON that ReportSchema accepts, and round-trips through JSON', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('is deterministic for a seed and accepts a network as well as a dataset', () => {
    expect(analyze(dataset, { seed: 3 })).toEqual(report);
    expect(analyze(buildNetwork(dataset), { seed: 3 })).toEqual(report);
  });

  it('summarises and describes the analysed network', () => {
    expect(report.summary).toMatchObject({ nodes: 7, zones: 4, cities: 3, linkages: 5 });
    // Linked pairs: gz–sz (l1, l2), ftz–gz (l3), gz–tianfu (l4), tianfu–Chengdu (l5).
    expect(report.network).toMatchObject({ nodes: 7, edges: 4, linkedNodes: 5 });
    // Density on the stated node set, the 5 linked nodes (4 distinct pairs): 2·4/(5·4).
    expect(report.network.density).toBeCloseTo((2 * 4) / (5 * 4), 12);
    expect(report.network.nodeSet).toMatch(/5 linked nodes/);
  });

  it('ranks by degree, strength and betweenness as computed by hand', () => {
    const top = (measure: string) => Object.fromEntries(report.rankings.find((r) => r.measure === measure)!.top.map((t) => [t.id, t.value]));
    expect(top('degree')).toEqual({ 'htz-gz': 3, 'nna-tianfu': 2, 'htz-sz': 1, 'ftz-gd': 1, '510100': 1 });
    // Strength of htz-gz: l1 2 + l2 1 + l3 3 + l4 4.
    expect(top('strength')).toEqual({ 'htz-gz': 10, 'nna-tianfu': 5, 'htz-sz': 3, 'ftz-gd': 3, '510100': 1 });
    // A tree: htz-gz lies on 5 of the C(4,2)=6 pairs of the other nodes, Tianfu on 3; normalised by 6.
    const b = top('betweenness');
    expect(b['htz-gz']).toBeCloseTo(5 / 6, 12);
    expect(b['nna-tianfu']).toBeCloseTo(3 / 6, 12);
    expect(Object.keys(b)).toHaveLength(2);
    const pr = report.rankings.find((r) => r.measure === 'pagerank')!.top;
    expect(pr[0].id).toBe('htz-gz');
  });

  it('finds the Guangdong group with Guangzhou HTZ as its hub', () => {
    const gd = report.onePlusN.groups.find((g) => g.id === 'guangdong')!;
    expect(gd.basis).toBe('province');
    expect(gd.hub.id).toBe('htz-gz');
    // Linked members only: htz-gz, htz-sz, ftz-gd (the cities 440100 and 440300 have no linkage).
    expect(gd.size).toBe(3);
    expect(gd.spokes.map((s) => [s.id, s.linkedToHub]).sort()).toEqual([['ftz-gd', true], ['htz-sz', true]]);
    expect(gd.label).toBe('广东省 Guangdong');
  });

  it('measures inequality of platforms per city by macro-region, by hand', () => {
    const section = report.inequality.find((s) => s.indicator.id === 'platforms-per-city')!;
    // Guangzhou hosts htz-gz and ftz-gd, Shenzhen htz-sz and ftz-gd, Chengdu nna-tianfu: [2, 2, 1].
    expect(section.n).toBe(3);
    // G = ΣΣ|xi − xj| / (2 n² μ) = 4 / (2 · 9 · 5/3) = 2/15.
    expect(section.gini).toBeCloseTo(2 / 15, 12);
    // Theil T = Σ (x/μ) ln(x/μ) / n with μ = 5/3.
    const mu = 5 / 3;
    const theilT = ((2 / mu) * Math.log(2 / mu) * 2 + (1 / mu) * Math.log(1 / mu)) / 3;
    expect(section.theilT).toBeCloseTo(theilT, 12);
    // Groups East [2, 2] and West [1] have no within-group inequality: all of it is between.
    expect(section.theil.within).toBeCloseTo(0, 12);
    expect(section.theil.betweenShare).toBeCloseTo(1, 12);
    expect(section.groups.map((g) => [g.id, g.n, g.mean])).toEqual([
      ['east', 2, 2],
      ['west', 1, 1],
    ]);
  });

  it('reports the platform overlay and the map', () => {
    const gz = report.overlay.cities.find((c) => c.id === '440100')!;
    expect(gz.categories.sort()).toEqual(['customs-area-or-ftz', 'national-development-zone']);
    expect(report.map.nodes.map((n) => n.id).sort()).toEqual(['440100', '440300', '510100', 'ftz-gd', 'htz-gz', 'htz-sz', 'nna-tianfu']);
    expect(report.map.edges).toHaveLength(5);
  });

  it('analyses a year: snapshot semantics', () => {
    const early = analyze(dataset, { year: 2012 });
    expect(early.parameters.year).toBe(2012);
    // In 2012: Guangzhou and Shenzhen HTZs only (l1, 2010); l5 has no start year but Tianfu is from 2014.
    expect(early.network.linkedNodes).toBe(2);
    expect(early.summary.zones).toBe(2);
  });

  it('rejects bad options naming the function', () => {
    expect(() => analyze(dataset, { year: 2012.5 })).toThrow(ZonelinkError);
    expect(() => analyze(dataset, { topK: 0 })).toThrow(/^analyze: option topK must be an integer ≥ 1, got 0/);
  });

  it('handles a dataset without linkages', () => {
    const empty = analyze(parseDataset({ ...smallDataset, linkages: [] }));
    expect(empty.network.linkedNodes).toBe(0);
    expect(empty.communities.count).toBe(0);
    expect(empty.rankings.every((r) => r.top.length === 0)).toBe(true);
    expect(() => ReportSchema.parse(empty)).not.toThrow();
  });
});

describe('analyze on datasets that lack parts', () => {
  const cities = smallDataset.nodes.filter((n) => n.kind === 'city');
  it('cities and one linkage, no zones: every section says what is missing instead of failing', () => {
    const report = analyze(parseDataset({ metadata: { name: 'cities only' }, nodes: cities, linkages: [{ id: 'a', source: '440100', target: '440300', mode: 'industrial-chain' }] }));
    expect(ReportSchema.parse(report)).toEqual(report);
    const reasons = (section: string) => report.gaps.filter((g) => g.section === section).map((g) => g.reason).join(' | ');
    expect(reasons('inequality')).toMatch(/no city hosts a zone/);
    expect(reasons('inequality')).toMatch(/no city carries an indicator/);
    expect(reasons('overlay')).toMatch(/no zones/);
    expect(reasons('multiplex')).toMatch(/one linkage mode only/);
    expect(reasons('network')).toMatch(/only 2 linked nodes/);
    expect(renderMarkdown(report)).toContain('> 缺少数据 Not available: platforms per city: no city hosts a zone');
    expect(renderHtml(report)).toContain('<p class="missing">');
  });
  it('a year before every approval and every linkage: an empty network, said so', () => {
    const report = analyze(parseDataset(smallDataset), { year: 1985 });
    expect(report.summary.linkages).toBe(0);
    expect(report.gaps.map((g) => g.section)).toEqual(expect.arrayContaining(['network', 'rankings', 'communities', 'onePlusN', 'inequality', 'multiplex']));
    expect(() => renderHtml(report)).not.toThrow();
  });
  it('no coordinates anywhere: a seeded ForceAtlas2 layout of the linked nodes instead of a map', () => {
    const input = { ...smallDataset, nodes: smallDataset.nodes.map(({ coordinates: _c, ...n }) => n) };
    const report = analyze(parseDataset(input), { seed: 3 });
    expect(report.map.layout).toBe('forceatlas2');
    expect(report.map.nodes.map((n) => n.id).sort()).toEqual(['510100', 'ftz-gd', 'htz-gz', 'htz-sz', 'nna-tianfu']);
    expect(Math.max(...report.map.nodes.map((n) => Math.max(Math.abs(n.lon), Math.abs(n.lat))))).toBeCloseTo(10, 6);
    expect(analyze(parseDataset(input), { seed: 3 }).map).toEqual(report.map);
    expect(renderHtml(report)).toContain('ForceAtlas2 layout');
    // No linkage either: then the section says what is missing.
    const bare = analyze(parseDataset({ ...input, linkages: [] }));
    expect(bare.gaps.find((g) => g.section === 'map')?.reason).toMatch(/coordinates/);
  });
});

describe('analyze with a year: undated zones and linkages', () => {
  // smallDataset: every zone dated; l5 (nna-tianfu — 510100) has no start year.
  it('keeps them by default and says how many', () => {
    const report = analyze(parseDataset(smallDataset), { year: 2021 });
    expect(report.parameters.undated).toEqual({ policy: 'keep', zones: 0, linkages: 1, keptZones: 0, keptLinkages: 1 });
    // l1, l2, l3, l4 (2020–2022) and the undated l5.
    expect(report.summary.linkages).toBe(5);
  });
  it("drops them with undated: 'drop'", () => {
    const report = analyze(parseDataset(smallDataset), { year: 2021, undated: 'drop' });
    expect(report.parameters.undated).toEqual({ policy: 'drop', zones: 0, linkages: 1, keptZones: 0, keptLinkages: 0 });
    expect(report.summary.linkages).toBe(4);
  });
  it('is null without a year, and rejects an unknown policy', () => {
    expect(analyze(parseDataset(smallDataset)).parameters.undated).toBeNull();
    expect(() => analyze(parseDataset(smallDataset), { year: 2021, undated: 'maybe' as 'keep' })).toThrow(/analyze: option undated must be one of 'keep', 'drop', got "maybe"/);
  });
});
