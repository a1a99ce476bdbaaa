import { invalidArgument } from '../../error/zonelink-error.js';
import { escapeXml } from '../render/svg/escape-xml.js';
import { lisaMapSvg } from './lisa-map-svg.js';
import { StudySchema, type Study } from './study-schema.js';
import { studyOutline, type StudyPiece } from './study-outline.js';

function pieceHtml(piece: StudyPiece, study: Study): string {
  switch (piece.kind) {
    case 'heading':
      return `<h${piece.level + 1}>${escapeXml(piece.text)}</h${piece.level + 1}>`;
    case 'text':
      return `<p>${escapeXml(piece.text)}</p>`;
    case 'lisa-map': {
      const p = study.population;
      if ('missing' in p || 'missing' in p.spatial) return '';
      return `<figure class="zl-study-lisa">${lisaMapSvg(p.spatial)}<figcaption>${escapeXml(`LISA clusters of population growth ${study.options.from}–${study.options.to} at p < ${study.options.alpha}; ${p.spatial.weights}`)}</figcaption></figure>`;
    }
    case 'table': {
      const head = piece.columns.map((c) => `<th>${escapeXml(c)}</th>`).join('');
      const body = piece.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`).join('');
      return `<table><caption>${escapeXml(piece.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
  }
}

/**
 * Renders a study (the object of `analyzeStudy`, checked against {@link StudySchema}) as
 * an HTML fragment (a `<section class="zl-study">` to place inside a report): headings
 * one level below the page's `<h1>`, captioned tables naming method and source, and an
 * inline SVG map of the LISA clusters drawn from the cities' coordinates. No script,
 * stylesheet or external request; every data string is escaped.
 *
 * @example
 * const html = renderStudyHtml(analyzeStudy(china));
 * html.startsWith('<section class="zl-study">'); // true
 */
export function renderStudyHtml(study: Study): string {
  const parsed = StudySchema.safeParse(study);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    invalidArgument('renderStudyHtml', `study is not a Study (as analyzeStudy returns): ${first ? `${first.path.join('.') || 'study'}: ${first.message}` : 'invalid'}`, { field: 'study' });
  }
  const checked = parsed.data;
  return `<section class="zl-study">${studyOutline(checked)
    .map((p) => pieceHtml(p, checked))
    .join('\n')}</section>`;
}
