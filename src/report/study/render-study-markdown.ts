import { invalidArgument } from '../../error/zonelink-error.js';
import { escapeMarkdown } from '../render/render-markdown.js';
import { StudySchema, type Study } from './study-schema.js';
import { studyOutline, type StudyPiece } from './study-outline.js';

function pieceMarkdown(piece: StudyPiece, study: Study): string {
  switch (piece.kind) {
    case 'heading':
      return `${'#'.repeat(piece.level)} ${escapeMarkdown(piece.text)}`;
    case 'text':
      return escapeMarkdown(piece.text);
    case 'lisa-map': {
      const p = study.population;
      if ('missing' in p || 'missing' in p.spatial) return '';
      const c = p.spatial.clusterCounts;
      return `LISA clusters at p < ${study.options.alpha}: HH ${c.HH ?? 0}, LL ${c.LL ?? 0}, HL ${c.HL ?? 0}, LH ${c.LH ?? 0}, not significant ${c['not significant'] ?? 0} (the map is in the HTML rendering).`;
    }
    case 'table': {
      const row = (cells: string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
      const lines = [`*${escapeMarkdown(piece.caption)}*`, '', row(piece.columns), `|${piece.columns.map(() => ' --- ').join('|')}|`, ...piece.rows.map(row)];
      if (piece.rows.length === 0) lines.push(row(piece.columns.map((_, i) => (i === 0 ? 'none' : ''))));
      return lines.join('\n');
    }
  }
}

/**
 * Renders a study (the object of `analyzeStudy`, checked against {@link StudySchema}) as
 * Markdown: one heading per section, every table with its caption naming the method and
 * the source, and `Not computed: …` where a section is missing. Every data string is
 * escaped.
 *
 * @example
 * const markdown = renderStudyMarkdown(analyzeStudy(china));
 * markdown.startsWith('# '); // true
 */
export function renderStudyMarkdown(study: Study): string {
  const parsed = StudySchema.safeParse(study);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    invalidArgument('renderStudyMarkdown', `study is not a Study (as analyzeStudy returns): ${first ? `${first.path.join('.') || 'study'}: ${first.message}` : 'invalid'}`, { field: 'study' });
  }
  const checked = parsed.data;
  return `${studyOutline(checked)
    .map((p) => pieceMarkdown(p, checked))
    .filter((s) => s.length > 0)
    .join('\n\n')}\n`;
}
