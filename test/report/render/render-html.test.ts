import { readdirSync, readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { renderHtml, renderMarkdown } from '../../../src/report/render/index.js';
import type { Report } from '../../../src/report/report-schema.js';
import { sampleReport } from '../../fixtures/report/sample-report.js';

const clone = (): Report => structuredClone(sampleReport);

/** Every `<svg>…</svg>` block of the document (our SVGs never nest). */
function svgBlocks(html: string): string[] {
  return html.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
}

/** Parses XML strictly: any xmldom warning or error throws. */
function parseXml(xml: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`xmldom ${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, 'image/svg+xml') as unknown as Document;
}

/** The ids of the `<figure>` elements, in document order. */
function figureIds(html: string): string[] {
  return [...html.matchAll(/<figure id="([^"]*)"/g)].map((m) => m[1]);
}

/** The HTML between `<figure id="id"` and its `</figure>`. */
function figure(html: string, id: string): string {
  const start = html.indexOf(`<figure id="${id}"`);
  if (start < 0) throw new Error(`no figure ${id}`);
  return html.slice(start, html.indexOf('</figure>', start) + '</figure>'.length);
}

/** Text content of the document with tags removed and the five entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const EXPECTED_FIGURES = [
  'fig-map',
  'fig-ranking-degree',
  'fig-ranking-strength',
  'fig-ranking-betweenness',
  'fig-communities',
  'fig-hub-province-sichuan',
  'fig-hub-arrangement-enclave',
  'fig-hub-community-1',
  'fig-lorenz-gdp',
  'fig-lorenz-zone-count',
];

describe('renderHtml', () => {
  // The static document (explorer: false); the explorer is tested in explorer/explorer-data.test.ts.
  const html = renderHtml(sampleReport, { explorer: false });

  it('with the explorer, still loads nothing: its one script is inline', () => {
    const interactive = renderHtml(sampleReport);
    expect(interactive).not.toMatch(/<link|<img|<iframe|<object|<embed|<script[^>]*\bsrc=/i);
    expect(interactive.match(/<script>/g)).toHaveLength(1);
  });

  it('is one HTML5 document in UTF-8, lang zh-CN, with the title, inline CSS and no scripts', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>成渝及东部园区联动样例 Chengdu–Chongqing and eastern zones sample (2024-12-31) — 园区联动网络报告 Zone linkage report</title>');
    expect(html).toMatch(/<h1>成渝及东部园区联动样例/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed/i);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    const titled = renderHtml(sampleReport, { title: '报告 A&B' });
    expect(titled).toContain('<title>报告 A&amp;B</title>');
    expect(titled).toContain('<h1>报告 A&amp;B</h1>');
  });

  it('uses a font stack with CJK fallbacks and print rules', () => {
    expect(html).toMatch(/font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC'.*'Microsoft YaHei'.*sans-serif;/);
    expect(html).toContain('@media print');
    expect(html).toMatch(/break-inside: avoid/);
  });

  it('makes no external requests: no src, no href other than #anchors, no url() other than #ids, no @import', () => {
    expect(html).not.toMatch(/\ssrc\s*=/i);
    const hrefs = [...html.matchAll(/\shref\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0); // the table of contents
    for (const href of hrefs) expect(href.startsWith('#'), href).toBe(true);
    expect(html).not.toMatch(/xlink:href/i);
    for (const m of html.matchAll(/url\(\s*([^)]*)\)/gi)) expect(m[1].replace(/["']/g, '').startsWith('#'), m[0]).toBe(true);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/@font-face/i);
    // The only http:// text is the SVG namespace name (an identifier, not a request).
    const withoutNamespaces = html.replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
    expect(withoutNamespaces).not.toMatch(/https?:|\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
  });

  it('has the expected figures, each with a numbered caption and one inline SVG', () => {
    expect(figureIds(html)).toEqual(EXPECTED_FIGURES);
    expect(html).toContain(`<meta name="zonelink-figures" content="${EXPECTED_FIGURES.join(' ')}">`);
    EXPECTED_FIGURES.forEach((id, i) => {
      const f = figure(html, id);
      expect(svgBlocks(f), id).toHaveLength(1);
      expect(f).toContain(`<figcaption><span class="label">图 Figure ${i + 1}.</span>`);
    });
    expect(new Set(html.match(/\sid="[^"]*"/g)).size).toBe(html.match(/\sid="[^"]*"/g)!.length); // ids unique
  });

  it('every SVG block parses as well-formed XML and has drawn content', () => {
    const blocks = svgBlocks(html);
    expect(blocks).toHaveLength(EXPECTED_FIGURES.length);
    for (const svg of blocks) {
      const doc = parseXml(svg);
      expect(doc.documentElement!.tagName).toBe('svg');
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('draws the charts from the report: map nodes and edges, bars, Lorenz series, hub spokes', () => {
    const map = parseXml(svgBlocks(figure(html, 'fig-map'))[0]);
    const byClass = (doc: Document, tag: string, cls: string) => Array.from(doc.getElementsByTagName(tag) as unknown as ArrayLike<Element>).filter((e) => e.getAttribute('class') === cls);
    expect(byClass(map, 'circle', 'node')).toHaveLength(sampleReport.map.nodes.length);
    expect(byClass(map, 'line', 'edge')).toHaveLength(sampleReport.map.edges.length);
    expect(svgBlocks(figure(html, 'fig-map'))[0]).toContain('园区 zone');
    const degree = parseXml(svgBlocks(figure(html, 'fig-ranking-degree'))[0]);
    expect(byClass(degree, 'rect', 'bar')).toHaveLength(5);
    const communities = parseXml(svgBlocks(figure(html, 'fig-communities'))[0]);
    expect(byClass(communities, 'rect', 'bar')).toHaveLength(3);
    const lorenz = parseXml(svgBlocks(figure(html, 'fig-lorenz-gdp'))[0]);
    expect(byClass(lorenz, 'path', 'series')).toHaveLength(4); // overall + East, West, Central
    expect(svgBlocks(figure(html, 'fig-lorenz-gdp'))[0]).toContain('东部 East (Gini 0.2214)');
    const hub = parseXml(svgBlocks(figure(html, 'fig-hub-province-sichuan'))[0]);
    expect(byClass(hub, 'line', 'spoke')).toHaveLength(5);
    expect(byClass(hub, 'path', 'spoke-link')).toHaveLength(1);
  });

  it('gives each SVG its own id prefix so ids never clash on the page', () => {
    for (const id of EXPECTED_FIGURES) expect(svgBlocks(figure(html, id))[0]).toContain(`id="${id}-svg-title"`);
  });

  it('shows the same content as the Markdown: every table cell and heading', () => {
    const text = textOf(html);
    const md = renderMarkdown(sampleReport);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    const cells = md
      .split('\n')
      .filter((l) => l.startsWith('|') && !/^\|( ---:? \|)+$/.test(l))
      .flatMap((l) => l.split(/(?<!\\)\|/).slice(1, -1).map((c) => unescape(c.trim())))
      .filter((c) => c !== '');
    expect(cells.length).toBeGreaterThan(300);
    for (const cell of cells) expect(text, cell).toContain(cell);
    for (const heading of md.split('\n').filter((l) => l.startsWith('#'))) expect(text).toContain(unescape(heading.replace(/^#+ /, '')));
  });

  it('has the values, bilingual labels and — for null values', () => {
    expect(html).toContain('<td>国家级新区</td><td>national new area</td><td class="num">3</td>');
    expect(html).toContain('<td>接近中心势 Closeness centralization</td><td class="num">—</td>');
    expect(html).toContain('<td class="num">0.3404</td>');
    expect(html).toContain('<th scope="col" class="num">HD</th>');
    expect(html).toContain('<td>field-notes</td><td>Field notes on enclave parks</td><td>—</td>');
  });

  it('escapes < & " > in names in text, attributes and SVG, and stays well-formed', () => {
    const report = clone();
    const evil = 'R&D <研发> "园区" \'x\'';
    report.rankings[0].top[0].name = evil;
    report.map.nodes[0].label = evil;
    report.onePlusN.groups[0].hub.name = evil;
    report.dataset.name = '<b>数据</b>';
    report.communities.communities[0].topMembers = [evil];
    const out = renderHtml(report);
    expect(out).not.toContain('<研发>');
    expect(out).not.toContain('<b>');
    expect(out).toContain('R&amp;D &lt;研发&gt; &quot;园区&quot; &apos;x&apos;');
    expect(out).toContain('<title>&lt;b&gt;数据&lt;/b&gt;');
    for (const svg of svgBlocks(out)) expect(() => parseXml(svg)).not.toThrow();
    expect(textOf(out)).toContain(evil);
  });

  it('is deterministic and does not mutate the report', () => {
    const before = JSON.stringify(sampleReport);
    expect(renderHtml(sampleReport, { explorer: false })).toBe(html);
    expect(renderHtml(clone(), { explorer: false })).toBe(html);
    expect(renderHtml(clone())).toBe(renderHtml(sampleReport));
    expect(JSON.stringify(sampleReport)).toBe(before);
  });

  it('draws the basemap under the map when given', () => {
    const basemap = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, properties: { name: '四川省' }, geometry: { type: 'Polygon' as const, coordinates: [[[97, 26], [108, 26], [108, 34], [97, 34], [97, 26]]] } },
        { type: 'Feature' as const, properties: { name: '重庆市' }, geometry: { type: 'MultiPolygon' as const, coordinates: [[[[105, 28], [110, 28], [110, 32], [105, 32], [105, 28]]]] } },
      ],
    };
    const out = renderHtml(sampleReport, { basemap });
    const map = svgBlocks(figure(out, 'fig-map'))[0];
    expect(map.match(/class="basemap-feature"/g)).toHaveLength(2);
    expect(map).toContain('<title>四川省</title>');
    // Without one: the bundled province outlines (34 units), the South China Sea inset, the credit.
    const bundled = svgBlocks(figure(html, 'fig-map'))[0];
    expect(bundled.match(/class="basemap-feature"/g)!.length).toBeGreaterThanOrEqual(34);
    expect(bundled).toContain('class="inset"');
    expect(bundled).toContain('<title>四川</title>');
    expect(figure(html, 'fig-map')).toContain('Apache-2.0');
    expect(bundled).toContain('class="size-legend"');
  });

  it('limits the "1+N" diagrams with maxHubDiagrams and rejects a bad value', () => {
    expect(figureIds(renderHtml(sampleReport, { maxHubDiagrams: 1 })).filter((id) => id.startsWith('fig-hub-'))).toEqual(['fig-hub-province-sichuan']);
    expect(figureIds(renderHtml(sampleReport, { maxHubDiagrams: 0 })).some((id) => id.startsWith('fig-hub-'))).toBe(false);
    expect(() => renderHtml(sampleReport, { maxHubDiagrams: -1 })).toThrow(/^renderHtml: option maxHubDiagrams must be an integer ≥ 0, got -1/);
    const many = clone();
    const g = many.onePlusN.groups[0];
    many.onePlusN.groups = Array.from({ length: 9 }, (_, i) => ({ ...g, id: `g${i}` }));
    expect(figureIds(renderHtml(many)).filter((id) => id.startsWith('fig-hub-'))).toHaveLength(6);
  });

  it('makes figure ids unique and ASCII: repeated measures get -2, Chinese ids get numbers', () => {
    const report = clone();
    report.rankings.push(structuredClone(report.rankings[0]));
    report.onePlusN.groups[0].id = '四川';
    report.onePlusN.groups[1].id = '江苏';
    const ids = figureIds(renderHtml(report));
    expect(ids).toContain('fig-ranking-degree');
    expect(ids).toContain('fig-ranking-degree-2');
    expect(ids).toContain('fig-hub-1');
    expect(ids).toContain('fig-hub-2');
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('renders a report with empty sections ("no data" charts) without errors', () => {
    const report = clone();
    report.rankings = [];
    report.onePlusN.groups = [];
    report.communities.communities = [];
    report.map = { layout: 'geographic', nodes: [], edges: [] };
    report.inequality[0].groups = [];
    report.inequality[0].lorenz = { p: [], l: [] };
    const out = renderHtml(report);
    expect(figureIds(out)).toEqual(['fig-map', 'fig-communities', 'fig-lorenz-gdp', 'fig-lorenz-zone-count']);
    expect(svgBlocks(figure(out, 'fig-map'))[0]).toContain('No data · 无数据');
    for (const svg of svgBlocks(out)) expect(() => parseXml(svg)).not.toThrow();
  });

  it('rejects a report that does not match the schema, naming the function and path', () => {
    const report = clone() as unknown as { map: { nodes: { lon: unknown }[] } };
    report.map.nodes[3].lon = '106';
    expect(() => renderHtml(report as unknown as Report)).toThrow(ZonelinkError);
    expect(() => renderHtml(report as unknown as Report)).toThrow(/^renderHtml: not a zonelink report: report\.map\.nodes\[3\]\.lon/);
  });

  it('is browser-safe: the renderer sources import no Node built-ins', () => {
    const dir = new URL('../../../src/report/render/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files).toEqual(expect.arrayContaining(['render-html.ts', 'render-markdown.ts', 'index.ts']));
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      expect(source, file).not.toMatch(/from ['"](node:|fs['"]|path['"]|url['"]|buffer['"])/);
      expect(source, file).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b/);
    }
  });
});
