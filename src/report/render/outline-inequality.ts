import type { Report } from '../report-schema.js';
import { type OutlineBuilder, left, right, both } from './outline-builder.js';
import { columnFormatter, formatCount, formatIndex } from './report-number-format.js';
import { inequalityGroupLabel } from './taxonomy-labels.js';

/** Per inequality section: indices, Theil T and Dagum decompositions, polarization, groups, and the Lorenz figure. */
export function outlineInequality(b: OutlineBuilder, report: Report): void {
  const ineq = b.section('inequality', '不平等与极化 Inequality and polarization', ['inequality']);
  report.inequality.forEach((s, index) => {
    const name = both(s.indicator.label);
    const year = s.indicator.year === null ? '' : `, ${s.indicator.year}`;
    ineq.push({ kind: 'subheading', id: b.ids.make('inequality', s.indicator.id), text: `${name}${year}` });
    ineq.push({ kind: 'facts', items: [
      { label: '单位 Unit', value: s.unit },
      { label: '分组 Grouped by', value: s.groupBy },
      { label: '样本 n', value: formatCount(s.n) },
      ...(s.indicator.note ? [{ label: '说明 Note', value: s.indicator.note }] : []),
    ] });
    ineq.push(b.table(`${name}: 不平等指数 Inequality indices`, [left('指数 Index'), right('值 Value')], [
      ['基尼系数 Gini', formatIndex(s.gini)],
      ['泰尔指数 Theil T', formatIndex(s.theilT)],
      ['泰尔 L（平均对数偏差）Theil L (MLD)', formatIndex(s.theilL)],
      ['变异系数 Coefficient of variation', formatIndex(s.coefficientOfVariation)],
      ['前十集中度 CR10', formatIndex(s.concentrationRatio10)],
      ['赫芬达尔指数 HHI', formatIndex(s.hhi)],
    ]));
    ineq.push(b.table(`${name}: 泰尔 T 分解 Theil T decomposition`, [left('成分 Component'), right('值 Value')], [
      ['总体 Total', formatIndex(s.theil.total)],
      ['组间 Between', formatIndex(s.theil.between)],
      ['组内 Within', formatIndex(s.theil.within)],
      ['组间份额 Between share', formatIndex(s.theil.betweenShare)],
    ]));
    ineq.push(b.table(`${name}: Dagum 基尼分解 Dagum Gini decomposition`, [left('成分 Component'), right('值 Value')], [
      ['总体基尼 Gini G', formatIndex(s.dagum.gini)],
      ['组内 Within G_w', formatIndex(s.dagum.within)],
      ['组间净值 Net between G_nb', formatIndex(s.dagum.netBetween)],
      ['超变密度 Transvariation G_t', formatIndex(s.dagum.transvariation)],
    ]));
    ineq.push(b.table(`${name}: 极化 Polarization`, [left('指数 Index'), right('值 Value')], [
      ['Esteban–Ray', formatIndex(s.polarization.estebanRay)],
      ['Wolfson', formatIndex(s.polarization.wolfson)],
      ['Zhang–Kanbur', formatIndex(s.polarization.zhangKanbur)],
    ]));
    const mean = columnFormatter(s.groups.map((g) => g.mean));
    ineq.push(b.table(`${name}: 分组 By group (${s.groupBy})`, [left('组 Group'), right('n'), right(`均值 Mean (${s.unit})`), right('基尼 Gini')],
      s.groups.map((g) => [inequalityGroupLabel(g.id, g.label), formatCount(g.n), mean(g.mean), formatIndex(g.gini)])));
    ineq.push({ kind: 'figure', figure: { type: 'lorenz', id: b.ids.make('fig-lorenz', s.indicator.id), number: b.nextFigure(), caption: `洛伦兹曲线 Lorenz curves: ${name}${year}, overall and by ${s.groupBy} (Gini ${formatIndex(s.gini)})`, index } });
  });
}
