import { describe, expect, it } from 'vitest';
import { explorerData } from '../../../../src/report/render/explorer/explorer-data.js';
import { renderHtml } from '../../../../src/report/render/index.js';
import type { Report } from '../../../../src/report/report-schema.js';
import { sampleReport } from '../../../fixtures/report/sample-report.js';

/** The sample report with a province on two nodes and years on two linkages. */
function dated(): Report {
  const report = structuredClone(sampleReport);
  report.map.nodes[0].province = 'sichuan';
  report.map.nodes[4].province = 'no-such-province';
  report.map.edges[0].startYear = 2015;
  report.map.edges[1].startYear = 2012;
  report.map.edges[1].endYear = 2018;
  return report;
}

/** The JSON the report hands to the explorer script. */
function embeddedData(html: string): unknown {
  const match = html.match(/<script type="application\/json" id="zonelink-explorer-data">([\s\S]*?)<\/script>/);
  if (!match) throw new Error('no explorer data');
  return JSON.parse(match[1]);
}

describe('explorerData', () => {
  it('gives each map node its position, degree and strength among the drawn linkages (counted by hand), province and rankings', () => {
    const data = explorerData(dated());
    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    // z-cd-htz: linkages to z-my-htz (6), z-tf (4), z-lj (5).
    expect(byId.get('z-cd-htz')).toMatchObject({ label: '成都高新区', x: 104.06, y: 30.57, kind: 'zone', size: 37, degree: 3, strength: 15, province: '四川省 Sichuan' });
    // z-sip: from z-hx-sip's linkage (1) and z-shftz's (3).
    expect(byId.get('z-sip')).toMatchObject({ degree: 2, strength: 4, province: 'no-such-province' });
    // z-my-htz: z-cd-htz (6) and c-510700 (1).
    expect(byId.get('z-my-htz')).toMatchObject({ degree: 2, strength: 7 });
    expect(byId.get('z-my-htz')!.province).toBeUndefined();
    expect(byId.get('z-cd-htz')!.rankings.slice(0, 2)).toEqual([
      { measure: '度中心性 Degree centrality', rank: 1, value: 0.3404255319 },
      { measure: '强度 Strength', rank: 1, value: 37 },
    ]);
    expect(byId.get('z-hx-sip')!.rankings).toEqual([]);
    expect(data.modes).toEqual(['cross-regional', 'industrial-chain', 'resource-factor']);
    expect(data.years).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018]);
    expect(data.edges[1]).toEqual({ source: 'z-cd-htz', target: 'z-tf', mode: 'resource-factor', directed: false, weight: 4, startYear: 2012, endYear: 2018 });
    expect(data.layout).toBe('geographic');
  });
  it('offers no years when no linkage is dated, and is empty for an empty map', () => {
    expect(explorerData(sampleReport).years).toEqual([]);
    const empty = structuredClone(sampleReport);
    empty.map = { layout: 'geographic', nodes: [], edges: [] };
    expect(explorerData(empty)).toEqual({ layout: 'geographic', nodes: [], edges: [], modes: [], years: [] });
  });
});

describe('renderHtml explorer', () => {
  it('embeds the explorer (its data, controls and one inlined script) by default', () => {
    const report = dated();
    const html = renderHtml(report);
    expect(html).toContain('<section id="explorer">');
    expect(html).toContain('href="#explorer"');
    expect(embeddedData(html)).toEqual(explorerData(report));
    expect(html.match(/<script>/g)).toHaveLength(1);
    // Nothing inside the inlined script closes the element early.
    const script = html.slice(html.indexOf('<script>') + '<script>'.length);
    expect(script.indexOf('</script>')).toBe(script.toLowerCase().indexOf('</script'));
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
  });
  it('escapes "<" in the data so a node name cannot end the data element', () => {
    const report = dated();
    report.map.nodes[1].label = '</script><b>x';
    const html = renderHtml(report);
    expect((embeddedData(html) as { nodes: { label: string }[] }).nodes[1].label).toBe('</script><b>x');
  });
  it('leaves the explorer out with explorer: false (no scripts), and rejects a non-boolean', () => {
    const html = renderHtml(dated(), { explorer: false });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('id="explorer"');
    expect(renderHtml(dated()).length - html.length).toBeGreaterThan(100_000);
    expect(() => renderHtml(dated(), { explorer: 'no' as unknown as boolean })).toThrow(/renderHtml: option explorer must be true or false, got "no"/);
  });
  it('says there is nothing to explore when the map is empty, without a script', () => {
    const report = structuredClone(sampleReport);
    report.map = { layout: 'geographic', nodes: [], edges: [] };
    const html = renderHtml(report);
    expect(html).toContain('No linked network to explore');
    expect(html).not.toContain('<script');
  });
});
