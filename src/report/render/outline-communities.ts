import type { Report } from '../report-schema.js';
import { type OutlineBuilder, left, right } from './outline-builder.js';
import { formatCount, formatIndex, NULL_MARK } from './report-number-format.js';
import { provinceBreakdown } from './outline-province-breakdown.js';

/** The Leiden communities: quality, agreement with the provinces, each community, and the size figure. */
export function outlineCommunities(b: OutlineBuilder, report: Report): void {
  const { communities } = report;
  const com = b.section('communities', '社区结构 Communities', ['communities']);
  com.push({
    kind: 'facts',
    items: [
      { label: '算法 Algorithm', value: `${communities.algorithm} (seed ${communities.seed}, resolution ${formatIndex(communities.resolution, 2)})` },
      { label: '社区数 Communities', value: formatCount(communities.count) },
      { label: '模块度 Modularity Q', value: formatIndex(communities.modularity) },
    ],
  });
  com.push(b.table('社区与省份划分的一致性 Communities against provinces', [left('指标 Measure'), right('值 Value')], [
    ['标准化互信息 NMI', formatIndex(communities.versusProvinces.nmi)],
    ['调整兰德指数 Adjusted Rand index', formatIndex(communities.versusProvinces.adjustedRandIndex)],
    ['E–I 指数 E–I index (Krackhardt & Stern)', formatIndex(communities.versusProvinces.eiIndex)],
  ]));
  com.push(b.table('各社区 Communities', [right('社区 Community'), right('规模 Size'), left('主要成员 Largest members'), left('省份 Provinces')],
    communities.communities.map((c) => [
      String(c.community),
      formatCount(c.size),
      c.topMembers.length > 0 ? c.topMembers.join('、') : NULL_MARK,
      provinceBreakdown(c.provinces),
    ])));
  com.push({ kind: 'figure', figure: { type: 'communities', id: b.ids.make('fig', 'communities'), number: b.nextFigure(), caption: `社区规模 Community sizes (${communities.algorithm}, Q = ${formatIndex(communities.modularity)})` } });
}
