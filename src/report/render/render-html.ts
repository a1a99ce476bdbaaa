import type { Report } from '../report-schema.js';
import { renderReportFigure } from './report-figures.js';
import { buildReportOutline, type FigureRef, type OutlineBlock } from './report-outline.js';
import { REPORT_STYLESHEET } from './report-stylesheet.js';
import { escapeXml as escapeHtml } from './svg/escape-xml.js';
import type { BasemapFeatureCollection } from './svg/index.js';
import { validateReport } from './validate-report.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption, customOption, numberOption, stringOption } from '../../options/option-spec.js';
import { renderStudyHtml } from '../study/render-study-html.js';
import { STUDY_TITLE as STUDY_HEADING } from '../study/study-options.js';
import { fontFaceCss, type EmbeddedFont } from './embedded-font.js';
import { CJK_FONT_STACK } from './svg/font-stack.js';
import { EXPLORER_HEADING, renderExplorerHtml } from './explorer/render-explorer-html.js';

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The declared options of {@link renderHtml} (checks, defaults and docs/options.md come from here). */
export const renderHtmlOptions = defineOptions('renderHtml', {
  basemap: customOption<BasemapFeatureCollection>({
    type: 'a GeoJSON FeatureCollection (lon/lat)',
    doc: 'Province polygons drawn under the linkage map.',
    defaultText: 'the bundled province outlines (chinaProvinceBasemap) with a South China Sea inset',
    check: (v) => (isObject(v) && Array.isArray((v as { features?: unknown }).features) ? undefined : 'a GeoJSON FeatureCollection (lon/lat)'),
  }),
  title: stringOption({ doc: 'Heading and <title> of the document.', defaultText: '"<dataset name> (<as-of date>) — 园区联动网络报告 Zone linkage report"' }),
  maxHubDiagrams: numberOption({ doc: 'How many "1+N" groups get a diagram, in report order.', default: 6, integer: true, min: 0 }),
  font: customOption<EmbeddedFont>({
    type: 'an embedded font (notoSansScFor in zonelink/node)',
    doc: 'A font embedded as data: URLs, put first in the font stack of the text and the charts so Chinese renders without CJK system fonts; its credit is printed in the footer.',
    defaultText: 'none (system font stack)',
    check: (v) => (isObject(v) && typeof (v as { family?: unknown }).family === 'string' ? undefined : 'an embedded font (notoSansScFor in zonelink/node)'),
  }),
  explorer: booleanOption({ doc: 'Embed the interactive network explorer (sigma.js, inlined); false gives a static document without scripts (the CLI --static).', default: true }),
});

/** Options of {@link renderHtml}, declared in {@link renderHtmlOptions}. */
export type RenderHtmlOptions = OptionsOf<typeof renderHtmlOptions>;

/**
 * Renders a zonelink report (the object of `analyze()`, checked against `ReportSchema`)
 * as ONE self-contained HTML5 document: the same sections, tables and values as
 * {@link renderMarkdown}, plus inline SVG charts drawn by `./svg/` — the linkage map
 * (`fig-map`, over `basemap` when given), one bar chart per centrality ranking
 * (`fig-ranking-<measure>`), community sizes (`fig-communities`), a "1+N" diagram for each
 * of the first `maxHubDiagrams` groups (`fig-hub-<group id>`), and Lorenz curves overall
 * and by group for each inequality section (`fig-lorenz-<indicator id>`); the overlay's
 * co-occurrence is a table. Each chart sits in a `<figure>` with that id and a numbered
 * `<figcaption>`; ids are ASCII slugs made unique with `-2`, `-3` ….
 *
 * Self-contained: UTF-8, `lang="zh-CN"`, inline CSS with a system font stack that puts
 * CJK fonts first (after an embedded `font`, given as data: URLs), print rules; one
 * inlined script, the network explorer (section `#explorer`: sigma.js on graphology
 * over the map's nodes and linkages, with search, mode and year filters and a node
 * panel; about 170 KB; `explorer: false` leaves it out and the document has no
 * scripts), and nothing loaded from anywhere (no font files, images, stylesheets or links
 * other than `#…` anchors), so it opens offline and passes a
 * strict network check. A `<meta name="zonelink-figures">` lists the figure ids, for
 * checkers. All text is escaped. Deterministic: the same report gives the same bytes.
 *
 * Errors: a `ZonelinkError` (`invalid-argument`) listing every path where `report` does
 * not match `ReportSchema`; a chart's own `ZonelinkError` when its data cannot be drawn
 * (e.g. a Lorenz share outside [0, 1], a map edge to an unknown node).
 *
 * @example
 * const html = renderHtml(analyze(dataset), { basemap: provinces });
 * html.includes('id="fig-map"'); // true
 */
export function renderHtml(report: Report, options: RenderHtmlOptions = {}): string {
  const { basemap, title, maxHubDiagrams, font, explorer: withExplorer } = renderHtmlOptions.read(options);
  validateReport(report, 'renderHtml');
  const outline = buildReportOutline(report, {
    title,
    maxHubDiagrams,
    ...(basemap ? { basemapCredit: '底图 Basemap: supplied with --basemap / options.basemap' } : {}),
  });
  const figureIds: string[] = [];
  const figure = (ref: FigureRef): string => {
    figureIds.push(ref.id);
    const svg = renderReportFigure(report, ref, { basemap }).trim();
    return [
      `<figure id="${escapeHtml(ref.id)}" class="chart chart-${ref.type}">`,
      svg,
      `<figcaption><span class="label">图 Figure ${ref.number}.</span> ${escapeHtml(ref.caption)}</figcaption>`,
      '</figure>',
    ].join('\n');
  };

  const body: string[] = [];
  for (const section of outline.sections) {
    body.push(`<section id="${escapeHtml(section.id)}">`, `<h2>${escapeHtml(section.heading)}</h2>`);
    let hubRun: string[] = [];
    const flushHubs = () => {
      if (hubRun.length > 0) body.push('<div class="hub-grid">', ...hubRun, '</div>');
      hubRun = [];
    };
    for (const block of section.blocks) {
      if (block.kind === 'figure' && block.figure.type === 'hub') {
        hubRun.push(figure(block.figure));
        continue;
      }
      flushHubs();
      body.push(block.kind === 'figure' ? figure(block.figure) : htmlBlock(block));
    }
    flushHubs();
    body.push('</section>');
  }

  // CSS outranks the SVGs' font-family presentation attributes, so one rule covers both.
  const fontCss = font
    ? `${fontFaceCss(font)}\nhtml, svg, svg text { font-family: '${font.family.replace(/['"\\]/g, '')}', ${CJK_FONT_STACK}; }\n`
    : '';
  // The study (documented network, gravity network, QAP/MRQAP, population) follows the sections; when the
  // input could not carry it, its place says why.
  const studyReasons = report.gaps.filter((g) => g.section === 'study').map((g) => `<p class="missing">${escapeHtml(g.reason)}</p>`);
  const study = `<section id="study">${report.study ? renderStudyHtml(report.study) : `<h2>${escapeHtml(STUDY_HEADING)}</h2>${studyReasons.join('')}`}</section>`;
  const explorer = withExplorer === false ? undefined : renderExplorerHtml(report);
  const toc = [
    ...outline.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.heading)}</a></li>`),
    ...(explorer ? [`<li><a href="#explorer">${escapeHtml(EXPLORER_HEADING)}</a></li>`] : []),
    `<li><a href="#study">${escapeHtml(STUDY_HEADING)}</a></li>`,
  ].join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="zonelink ${escapeHtml(report.zonelink.version)}">`,
    `<meta name="zonelink-figures" content="${escapeHtml(figureIds.join(' '))}">`,
    `<title>${escapeHtml(outline.title)}</title>`,
    `<style>\n${REPORT_STYLESHEET}\n${fontCss}${explorer?.css ?? ''}</style>`,
    '</head>',
    '<body>',
    '<main class="report">',
    '<header class="report-header">',
    `<h1>${escapeHtml(outline.title)}</h1>`,
    ...outline.subtitle.map((line) => `<p class="subtitle">${escapeHtml(line)}</p>`),
    '</header>',
    `<nav class="toc" aria-label="目录 Contents"><strong>目录 Contents</strong><ol>${toc}</ol></nav>`,
    ...body,
    ...(explorer ? [explorer.html] : []),
    study,
    `<footer class="report-footer"><p>${escapeHtml(outline.footer)}</p>${font ? `<p class="font-credit">${escapeHtml(font.credit)}</p>` : ''}</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function htmlBlock(block: Exclude<OutlineBlock, { kind: 'figure' }>): string {
  switch (block.kind) {
    case 'subheading':
      return `<h3 id="${escapeHtml(block.id)}">${escapeHtml(block.text)}</h3>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'missing':
      return `<p class="missing">${escapeHtml(block.text)}</p>`;
    case 'facts':
      return `<dl class="facts">${block.items.map((i) => `<dt>${escapeHtml(i.label)}</dt><dd>${escapeHtml(i.value)}</dd>`).join('')}</dl>`;
    case 'table': {
      const cls = (align: 'left' | 'right') => (align === 'right' ? ' class="num"' : '');
      const head = block.columns.map((c) => `<th scope="col"${cls(c.align)}>${escapeHtml(c.label)}</th>`).join('');
      const rows =
        block.rows.length === 0
          ? `<tr><td colspan="${block.columns.length}">—</td></tr>`
          : block.rows.map((row) => `<tr>${row.map((v, i) => `<td${cls(block.columns[i]?.align ?? 'left')}>${escapeHtml(v)}</td>`).join('')}</tr>`).join('\n');
      return [
        '<div class="table-wrap">',
        `<table><caption><span class="label">表 Table ${block.number}.</span> ${escapeHtml(block.caption)}</caption>`,
        `<thead><tr>${head}</tr></thead>`,
        `<tbody>\n${rows}\n</tbody>`,
        '</table>',
        '</div>',
      ].join('\n');
    }
  }
}

