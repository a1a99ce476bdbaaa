import type { Report } from '../report-schema.js';
import { buildReportOutline, type OutlineBlock } from './report-outline.js';
import { renderStudyMarkdown } from '../study/render-study-markdown.js';
import { STUDY_TITLE as STUDY_HEADING } from '../study/study-options.js';
import { validateReport } from './validate-report.js';
import { checkString } from '../../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { stringOption } from '../../options/option-spec.js';
import { escapeControlCharacters } from '../../error/escape-control-characters.js';

/** The declared options of {@link renderMarkdown} (checks, defaults and docs/options.md come from here). */
export const renderMarkdownOptions = defineOptions('renderMarkdown', {
  title: stringOption({ doc: 'Heading of the document.', defaultText: '"<dataset name> (<as-of date>) — 园区联动网络报告 Zone linkage report"' }),
});

/** Options of {@link renderMarkdown}, declared in {@link renderMarkdownOptions}. */
export type RenderMarkdownOptions = OptionsOf<typeof renderMarkdownOptions>;

/**
 * Escapes text for Markdown inline content (CommonMark / GFM / pandoc): backslash before
 * every character that could start markup (`\ ` * _ [ ] < > & | # ~ $`), line breaks
 * folded to spaces, so names like `R&D <研发>` print literally and never open a tag,
 * a link or a table cell; other control characters (an ANSI escape, a bidi override)
 * written visibly by `escapeControlCharacters` (`\x1b` shows as `\\x1b`, read as `\x1b`).
 *
 * @example
 * escapeMarkdown('a|b'); // 'a\\|b'
 */
export function escapeMarkdown(text: string): string {
  checkString('escapeMarkdown', text, 'text');
  return escapeControlCharacters(text.replace(/\r\n?|\n/g, ' ')).replace(/[\\`*_[\]<>&|#~$]/g, (c) => `\\${c}`);
}

/**
 * Renders a zonelink report (the object of `analyze()`, checked against `ReportSchema`)
 * as a Markdown document to paste into a paper draft: a title with the dataset's name
 * and as-of date, the parameters (year, seed, network), summary tables with bilingual
 * (中文 / English) category, mode and macro-region labels, network statistics with
 * Freeman centralization, one table per centrality ranking (rank, name, province, kind,
 * value), communities (modularity; NMI, ARI and E–I index against provinces), the "1+N"
 * groups (HD, star-likeness, SSH, hub share, spoke density, class), each inequality
 * section (Gini, Theil T/L, CV, CR10, HHI, Theil and Dagum decompositions, polarization,
 * per-group table), the platform overlay (cities, co-occurrence), the multiplex summary,
 * and the sources with licences and coverage notes. Charts are left out (see
 * `renderHtml`).
 *
 * Formatting: GitHub-flavoured pipe tables (numbers right-aligned) with a numbered bold
 * caption line; indices with 4 decimals; centrality values and group means with the
 * decimals that give the column's largest value 4 significant digits; counts as
 * integers; `null` as "—". Text is escaped (see {@link escapeMarkdown}). The output is
 * deterministic (no clock, no randomness) and ends with a newline.
 *
 * Errors: a `ZonelinkError` (`invalid-argument`) listing every path where `report` does
 * not match `ReportSchema`.
 *
 * @example
 * const md = renderMarkdown(analyze(dataset, { year: 2020 }));
 * md.startsWith('# '); // true
 */
export function renderMarkdown(report: Report, options: RenderMarkdownOptions = {}): string {
  const { title } = renderMarkdownOptions.read(options);
  validateReport(report, 'renderMarkdown');
  const outline = buildReportOutline(report, { title });
  const out: string[] = [`# ${escapeMarkdown(outline.title)}`, ''];
  for (const line of outline.subtitle) out.push(`${escapeMarkdown(line)}  `);
  out.push('');
  for (const section of outline.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) {
      const lines = markdownBlock(block);
      if (lines.length > 0) out.push(...lines, '');
    }
  }
  if (report.study) {
    // The study's own headings start at `#`: one level down, beside the report's sections.
    out.push(renderStudyMarkdown(report.study).replace(/^(#+) /gm, '#$1 '), '');
  } else {
    out.push(`## ${escapeMarkdown(STUDY_HEADING)}`, '');
    for (const g of report.gaps.filter((x) => x.section === 'study')) out.push(`> ${escapeMarkdown(g.reason)}`, '');
  }
  out.push('---', '', escapeMarkdown(outline.footer), '');
  return out.join('\n');
}

function markdownBlock(block: OutlineBlock): string[] {
  switch (block.kind) {
    case 'subheading':
      return [`### ${escapeMarkdown(block.text)}`];
    case 'paragraph':
      return [escapeMarkdown(block.text)];
    case 'missing':
      return [`> ${escapeMarkdown(block.text)}`];
    case 'facts':
      return block.items.map((item) => `- **${escapeMarkdown(item.label)}**: ${escapeMarkdown(item.value)}`);
    case 'table': {
      const cell = (text: string) => (text === '' ? ' ' : escapeMarkdown(text));
      const lines = [`**表 Table ${block.number}.** ${escapeMarkdown(block.caption)}`, ''];
      lines.push(`| ${block.columns.map((c) => cell(c.label)).join(' | ')} |`);
      lines.push(`|${block.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
      if (block.rows.length === 0) lines.push(`| ${block.columns.map((_, i) => (i === 0 ? '—' : ' ')).join(' | ')} |`);
      for (const row of block.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
      return lines;
    }
    case 'figure':
      return [];
  }
}
