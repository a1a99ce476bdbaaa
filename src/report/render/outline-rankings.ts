import type { Report } from '../report-schema.js';
import { type OutlineBuilder, left, right, both } from './outline-builder.js';
import { columnFormatter } from './report-number-format.js';
import { categoryLabel, provinceName } from './taxonomy-labels.js';

/** One table and one figure per centrality ranking. */
export function outlineRankings(b: OutlineBuilder, report: Report): void {
  const ranks = b.section('rankings', '中心性排名 Centrality rankings', ['rankings']);
  report.rankings.forEach((ranking, index) => {
    const name = both(ranking.label);
    ranks.push({ kind: 'subheading', id: b.ids.make('ranking', ranking.measure), text: `${name} (${ranking.measure})` });
    ranks.push({ kind: 'paragraph', text: `权重 Weighting: ${ranking.weighting}` });
    const format = columnFormatter(ranking.top.map((n) => n.value));
    ranks.push(b.table(`${name}, top ${ranking.top.length}`, [right('排名 Rank'), left('名称 Name'), left('省份 Province'), left('类型 Kind'), right('值 Value')],
      ranking.top.map((n) => [
        String(n.rank),
        n.nameEn ? `${n.name} (${n.nameEn})` : n.name,
        provinceName(n.province),
        n.kind === 'zone' ? (n.category ? categoryLabel(n.category).zh : '园区 zone') : n.kind === 'province' ? '省级 province' : '城市 city',
        format(n.value),
      ])));
    ranks.push({ kind: 'figure', figure: { type: 'ranking', id: b.ids.make('fig-ranking', ranking.measure), number: b.nextFigure(), caption: `${name}, top ${ranking.top.length} (${ranking.weighting})`, index } });
  });
}
