import type { Report } from '../report-schema.js';
import { columnFormatter, formatCount, formatIndex, NULL_MARK } from './report-number-format.js';
import { categoryLabel, hubClassLabel, inequalityGroupLabel, linkageModeLabels, macroRegionLabel, MULTIPLEX_CLASS_LABELS, provinceName, type BilingualLabel } from './taxonomy-labels.js';
import { LINKAGE_MODES, MACRO_REGIONS, PLATFORM_CATEGORIES } from '../../schema/taxonomy.js';

/**
 * The content of a report as renderer-neutral blocks: the Markdown and HTML renderers
 * walk the same outline, so both show the same tables, values and words. Text is plain
 * (unescaped); each renderer escapes for its own format.
 */
export interface ReportOutline {
  title: string;
  /** Lines under the title (as-of date, generator). */
  subtitle: string[];
  sections: OutlineSection[];
  /** Closing line. */
  footer: string;
}

/** A top-level section (`##` / `<section>`). */
export interface OutlineSection {
  id: string;
  heading: string;
  blocks: OutlineBlock[];
}

/** One table column: its header and alignment (numbers right). */
export interface OutlineColumn {
  label: string;
  align: 'left' | 'right';
}

export type OutlineBlock =
  | { kind: 'subheading'; id: string; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | { kind: 'table'; number: number; caption: string; columns: OutlineColumn[]; rows: string[][] }
  | { kind: 'figure'; figure: FigureRef };

/** A chart the HTML renderer draws at this place (the Markdown renderer leaves charts out). */
export type FigureRef =
  | { type: 'map'; id: string; number: number; caption: string }
  | { type: 'ranking'; id: string; number: number; caption: string; index: number }
  | { type: 'communities'; id: string; number: number; caption: string }
  | { type: 'hub'; id: string; number: number; caption: string; index: number }
  | { type: 'lorenz'; id: string; number: number; caption: string; index: number };

/** Options of {@link buildReportOutline}. */
export interface ReportOutlineOptions {
  /** Heading of the document (default "<dataset name> (<as-of date>) — 园区联动网络报告 Zone linkage report"). */
  title?: string;
  /** How many "1+N" groups get a diagram (default 6). */
  maxHubDiagrams?: number;
}

const left = (label: string): OutlineColumn => ({ label, align: 'left' });
const right = (label: string): OutlineColumn => ({ label, align: 'right' });
const both = (label: BilingualLabel): string => (label.zh === label.en ? label.en : `${label.zh} ${label.en}`);

/**
 * Makes ids safe for HTML `id` attributes and unique within one document: ASCII letters,
 * digits and `-` only (other runs become `-`), lower case; a repeated id gets `-2`, `-3` …;
 * a name with nothing ASCII (Chinese) gets a number: `fig-hub-1`, `fig-hub-2` ….
 */
export class IdRegistry {
  private readonly used = new Set<string>();

  make(prefix: string, raw: string): string {
    const slug = raw
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (!slug) {
      // Nothing ASCII to keep (a Chinese name): number the ids of this prefix.
      let k = 1;
      while (this.used.has(`${prefix}-${k}`)) k++;
      this.used.add(`${prefix}-${k}`);
      return `${prefix}-${k}`;
    }
    const base = `${prefix}-${slug}`;
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}-${k}`;
    this.used.add(id);
    return id;
  }
}

/** Rows of a count table keyed by taxonomy ids: known ids in taxonomy order, then the rest by id. */
function countRows(counts: Record<string, number>, order: readonly { id: string }[], label: (id: string) => BilingualLabel): string[][] {
  const known = order.map((t) => t.id).filter((id) => Object.prototype.hasOwnProperty.call(counts, id));
  const rest = Object.keys(counts)
    .filter((id) => !known.includes(id))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const total = Object.values(counts).reduce((s, v) => s + v, 0);
  const rows = [...known, ...rest].map((id) => {
    const l = label(id);
    return [l.zh, l.en, formatCount(counts[id]), total > 0 ? formatIndex(counts[id] / total, 4) : NULL_MARK];
  });
  rows.push(['合计', 'total', formatCount(total), total > 0 ? formatIndex(1, 4) : NULL_MARK]);
  return rows;
}

/**
 * Builds the outline of a report: every section, table and figure the renderers show,
 * with numbers already formatted (indices with 4 decimals, rankings with the precision
 * of their column, counts as integers, `null` as "—").
 */
export function buildReportOutline(report: Report, options: ReportOutlineOptions = {}): ReportOutline {
  const ids = new IdRegistry();
  let tables = 0;
  let figures = 0;
  const table = (caption: string, columns: OutlineColumn[], rows: string[][]): OutlineBlock => ({ kind: 'table', number: ++tables, caption, columns, rows });
  const sections: OutlineSection[] = [];
  const section = (key: string, heading: string): OutlineBlock[] => {
    const blocks: OutlineBlock[] = [];
    sections.push({ id: ids.make('sec', key), heading, blocks });
    return blocks;
  };
  const { dataset, parameters, summary, network, communities, onePlusN, overlay, multiplex } = report;

  // Parameters
  const params = section('parameters', '参数 Parameters');
  params.push({
    kind: 'facts',
    items: [
      { label: '年份 Year', value: parameters.year === null ? `${NULL_MARK} (all years 全部年份)` : String(parameters.year) },
      { label: '随机种子 Seed', value: String(parameters.seed) },
      { label: '排名长度 Top k', value: String(parameters.topK) },
      { label: '网络 Network', value: parameters.network },
      { label: 'zonelink', value: report.zonelink.version },
    ],
  });

  // Summary
  const sum = section('summary', '概况 Summary');
  sum.push(table('规模 Size of the dataset', [left('项目 Item'), right('数量 Count')], [
    ['节点 Nodes', formatCount(summary.nodes)],
    ['园区 Zones', formatCount(summary.zones)],
    ['城市 Cities', formatCount(summary.cities)],
    ['联动 Linkages', formatCount(summary.linkages)],
  ]));
  const countColumns = (what: string, unit: string) => [left(`${what}（中文）`), left(`${unit} (English)`), right('数量 Count'), right('占比 Share')];
  sum.push(table('园区按平台类别 Zones by platform category', countColumns('类别', 'Category'), countRows(summary.zonesByCategory, PLATFORM_CATEGORIES, categoryLabel)));
  sum.push(table('联动按模式 Linkages by mode', countColumns('模式', 'Mode'), countRows(summary.linkagesByMode, LINKAGE_MODES, linkageModeLabels)));
  sum.push(table('节点按四大板块 Nodes by macro-region', countColumns('板块', 'Macro-region'), countRows(summary.nodesByMacroRegion, MACRO_REGIONS, macroRegionLabel)));

  // Network
  const net = section('network', '网络统计 Network statistics');
  net.push(table('网络统计与中心势 Network statistics and Freeman centralization', [left('指标 Statistic'), right('值 Value')], [
    ['节点 Nodes', formatCount(network.nodes)],
    ['边 Edges', formatCount(network.edges)],
    ['有联动的节点 Linked nodes', formatCount(network.linkedNodes)],
    ['密度 Density', formatIndex(network.density)],
    ['度中心势 Degree centralization', formatIndex(network.centralization.degree)],
    ['介数中心势 Betweenness centralization', formatIndex(network.centralization.betweenness)],
    ['接近中心势 Closeness centralization', formatIndex(network.centralization.closeness)],
  ]));
  net.push({
    kind: 'figure',
    figure: {
      type: 'map',
      id: ids.make('fig', 'map'),
      number: ++figures,
      caption: `联动网络地图 Linkage map: ${formatCount(report.map.nodes.length)} nodes, ${formatCount(report.map.edges.length)} linkages, coloured by linkage mode 按联动模式着色`,
    },
  });

  // Rankings
  const ranks = section('rankings', '中心性排名 Centrality rankings');
  if (report.rankings.length === 0) ranks.push({ kind: 'paragraph', text: `${NULL_MARK} 无排名 No rankings.` });
  report.rankings.forEach((ranking, index) => {
    const name = both(ranking.label);
    ranks.push({ kind: 'subheading', id: ids.make('ranking', ranking.measure), text: `${name} (${ranking.measure})` });
    ranks.push({ kind: 'paragraph', text: `权重 Weighting: ${ranking.weighting}` });
    const format = columnFormatter(ranking.top.map((n) => n.value));
    ranks.push(table(`${name}, top ${ranking.top.length}`, [right('排名 Rank'), left('名称 Name'), left('省份 Province'), left('类型 Kind'), right('值 Value')],
      ranking.top.map((n) => [
        String(n.rank),
        n.nameEn ? `${n.name} (${n.nameEn})` : n.name,
        provinceName(n.province),
        n.kind === 'zone' ? (n.category ? categoryLabel(n.category).zh : '园区 zone') : n.kind === 'province' ? '省级 province' : '城市 city',
        format(n.value),
      ])));
    ranks.push({ kind: 'figure', figure: { type: 'ranking', id: ids.make('fig-ranking', ranking.measure), number: ++figures, caption: `${name}, top ${ranking.top.length} (${ranking.weighting})`, index } });
  });

  // Communities
  const com = section('communities', '社区结构 Communities');
  com.push({
    kind: 'facts',
    items: [
      { label: '算法 Algorithm', value: `${communities.algorithm} (seed ${communities.seed}, resolution ${formatIndex(communities.resolution, 2)})` },
      { label: '社区数 Communities', value: formatCount(communities.count) },
      { label: '模块度 Modularity Q', value: formatIndex(communities.modularity) },
    ],
  });
  com.push(table('社区与省份划分的一致性 Communities against provinces', [left('指标 Measure'), right('值 Value')], [
    ['标准化互信息 NMI', formatIndex(communities.versusProvinces.nmi)],
    ['调整兰德指数 Adjusted Rand index', formatIndex(communities.versusProvinces.adjustedRandIndex)],
    ['E–I 指数 E–I index (Krackhardt & Stern)', formatIndex(communities.versusProvinces.eiIndex)],
  ]));
  com.push(table('各社区 Communities', [right('社区 Community'), right('规模 Size'), left('主要成员 Largest members'), left('省份 Provinces')],
    communities.communities.map((c) => [
      String(c.community),
      formatCount(c.size),
      c.topMembers.length > 0 ? c.topMembers.join('、') : NULL_MARK,
      provinceBreakdown(c.provinces),
    ])));
  com.push({ kind: 'figure', figure: { type: 'communities', id: ids.make('fig', 'communities'), number: ++figures, caption: `社区规模 Community sizes (${communities.algorithm}, Q = ${formatIndex(communities.modularity)})` } });

  // 1+N
  const hubs = section('one-plus-n', '“1+N”结构 "1+N" hub structures');
  const t = onePlusN.thresholds;
  hubs.push({
    kind: 'paragraph',
    text: `判定阈值 Thresholds: “1+N” when HD ≥ ${formatIndex(t.hubDominance, 2)}, SSH ≥ ${formatIndex(t.spokeShare, 2)} and spoke density ≤ ${formatIndex(t.spokeDensity, 2)}. HD = hub dominance 核心支配度; SSH = spoke share to hub 外围流向核心份额.`,
  });
  hubs.push(table('“1+N”组 "1+N" groups', [
    left('组 Group'), left('依据 Basis'), left('核心 Hub'), right('规模 Size'), right('HD'), right('星型度 Star-likeness'), right('SSH'),
    right('核心权重份额 Hub share'), right('外围密度 Spoke density'), left('类型 Class'),
  ], onePlusN.groups.map((g) => [
    g.label, g.basis, g.hub.name, formatCount(g.size), formatIndex(g.hubDominance), formatIndex(g.starLikeness), formatIndex(g.spokeShareToHub),
    formatIndex(g.hubShareOfWeight), formatIndex(g.spokeDensity), hubClassLabel(g.classification),
  ])));
  const maxHubDiagrams = options.maxHubDiagrams ?? 6;
  onePlusN.groups.slice(0, Math.max(0, maxHubDiagrams)).forEach((g, index) => {
    hubs.push({
      kind: 'figure',
      figure: { type: 'hub', id: ids.make('fig-hub', g.id), number: ++figures, caption: `${g.label}: ${g.hub.name} + ${g.spokes.length} (${hubClassLabel(g.classification)}; HD ${formatIndex(g.hubDominance)}, SSH ${formatIndex(g.spokeShareToHub)})`, index },
    });
  });

  // Inequality
  const ineq = section('inequality', '不平等与极化 Inequality and polarization');
  if (report.inequality.length === 0) ineq.push({ kind: 'paragraph', text: `${NULL_MARK} 无指标 No indicator.` });
  report.inequality.forEach((s, index) => {
    const name = both(s.indicator.label);
    const year = s.indicator.year === null ? '' : `, ${s.indicator.year}`;
    ineq.push({ kind: 'subheading', id: ids.make('inequality', s.indicator.id), text: `${name}${year}` });
    ineq.push({ kind: 'facts', items: [
      { label: '单位 Unit', value: s.unit },
      { label: '分组 Grouped by', value: s.groupBy },
      { label: '样本 n', value: formatCount(s.n) },
      ...(s.indicator.note ? [{ label: '说明 Note', value: s.indicator.note }] : []),
    ] });
    ineq.push(table(`${name}: 不平等指数 Inequality indices`, [left('指数 Index'), right('值 Value')], [
      ['基尼系数 Gini', formatIndex(s.gini)],
      ['泰尔指数 Theil T', formatIndex(s.theilT)],
      ['泰尔 L（平均对数偏差）Theil L (MLD)', formatIndex(s.theilL)],
      ['变异系数 Coefficient of variation', formatIndex(s.coefficientOfVariation)],
      ['前十集中度 CR10', formatIndex(s.concentrationRatio10)],
      ['赫芬达尔指数 HHI', formatIndex(s.hhi)],
    ]));
    ineq.push(table(`${name}: 泰尔 T 分解 Theil T decomposition`, [left('成分 Component'), right('值 Value')], [
      ['总体 Total', formatIndex(s.theil.total)],
      ['组间 Between', formatIndex(s.theil.between)],
      ['组内 Within', formatIndex(s.theil.within)],
      ['组间份额 Between share', formatIndex(s.theil.betweenShare)],
    ]));
    ineq.push(table(`${name}: Dagum 基尼分解 Dagum Gini decomposition`, [left('成分 Component'), right('值 Value')], [
      ['总体基尼 Gini G', formatIndex(s.dagum.gini)],
      ['组内 Within G_w', formatIndex(s.dagum.within)],
      ['组间净值 Net between G_nb', formatIndex(s.dagum.netBetween)],
      ['超变密度 Transvariation G_t', formatIndex(s.dagum.transvariation)],
    ]));
    ineq.push(table(`${name}: 极化 Polarization`, [left('指数 Index'), right('值 Value')], [
      ['Esteban–Ray', formatIndex(s.polarization.estebanRay)],
      ['Wolfson', formatIndex(s.polarization.wolfson)],
      ['Zhang–Kanbur', formatIndex(s.polarization.zhangKanbur)],
    ]));
    const mean = columnFormatter(s.groups.map((g) => g.mean));
    ineq.push(table(`${name}: 分组 By group (${s.groupBy})`, [left('组 Group'), right('n'), right(`均值 Mean (${s.unit})`), right('基尼 Gini')],
      s.groups.map((g) => [inequalityGroupLabel(g.id, g.label), formatCount(g.n), mean(g.mean), formatIndex(g.gini)])));
    ineq.push({ kind: 'figure', figure: { type: 'lorenz', id: ids.make('fig-lorenz', s.indicator.id), number: ++figures, caption: `洛伦兹曲线 Lorenz curves: ${name}${year}, overall and by ${s.groupBy} (Gini ${formatIndex(s.gini)})`, index } });
  });

  // Overlay
  const ov = section('overlay', '平台叠加 Platform overlay');
  ov.push({ kind: 'facts', items: [
    { label: '年份 Year', value: overlay.year === null ? NULL_MARK : String(overlay.year) },
    { label: '平台类别 Categories', value: overlay.categories.length > 0 ? overlay.categories.map((c) => both(categoryLabel(c))).join('; ') : NULL_MARK },
  ] });
  ov.push(table('平台叠加最多的城市 Cities hosting the most platform categories', [left('城市 City'), right('类别数 Categories'), left('平台 Platforms'), right('Shannon'), right('Simpson')],
    overlay.cities.map((c) => [c.name, formatCount(c.count), c.categories.map((k) => categoryLabel(k).zh).join('、') || NULL_MARK, formatIndex(c.shannon), formatIndex(c.simpson)])));
  ov.push(table('平台共现（同时拥有两类平台的城市数；对角线为拥有该类平台的城市数）Co-occurrence: cities hosting both categories (diagonal: hosting the category)',
    [left('类别 Category'), ...overlay.categories.map((c) => right(categoryLabel(c).zh))],
    overlay.categories.map((c, i) => [both(categoryLabel(c)), ...overlay.categories.map((_, j) => formatCount(overlay.cooccurrence[i]?.[j]))])));

  // Multiplex
  const mx = section('multiplex', '多层网络 Multiplex');
  mx.push({ kind: 'facts', items: [
    { label: '层 Layers', value: multiplex.layers.length > 0 ? multiplex.layers.map((l) => both(linkageModeLabels(l))).join('; ') : NULL_MARK },
    { label: '平均边重叠 Average edge overlap', value: formatIndex(multiplex.averageEdgeOverlap) },
  ] });
  mx.push(table('多层参与度分类 Nodes by multiplex participation class', [left('类别 Class'), right('节点 Nodes')],
    (['focused', 'mixed', 'multiplex', 'isolated'] as const).map((k) => [both(MULTIPLEX_CLASS_LABELS[k]), formatCount(multiplex.classes[k])])));
  const overlapping = columnFormatter(multiplex.hubs.map((h) => h.overlappingDegree));
  mx.push(table('多层枢纽 Multiplex hubs', [left('名称 Name'), right('重叠度 Overlapping degree'), right('参与系数 Participation')],
    multiplex.hubs.map((h) => [h.name, overlapping(h.overlappingDegree), formatIndex(h.participation)])));

  // Sources and coverage
  const src = section('sources', '数据来源与覆盖 Sources and coverage');
  src.push(table('数据来源 Sources', [left('编号 Id'), left('标题 Title'), left('许可 Licence')],
    dataset.sources.map((s) => [s.id, s.title, s.licence ?? NULL_MARK])));
  src.push(table('覆盖说明 Coverage', [left('范围 Scope'), left('完整 Complete'), left('说明 Note')],
    dataset.coverage.map((c) => [c.scope, c.complete ? '是 yes' : '否 no', c.note || NULL_MARK])));

  const title = options.title ?? `${dataset.name}${dataset.asOf ? ` (${dataset.asOf})` : ''} — 园区联动网络报告 Zone linkage report`;
  const subtitle = [
    `数据集 Dataset: ${dataset.name}${dataset.asOf ? ` · 截至 As of ${dataset.asOf}` : ''}`,
  ];
  return { title, subtitle, sections, footer: `由 zonelink ${report.zonelink.version} 生成 Generated by zonelink ${report.zonelink.version}.` };
}

/** "四川 Sichuan 12, 重庆 Chongqing 5, …": the three provinces with most members, then the count of the rest. */
function provinceBreakdown(provinces: Record<string, number>): string {
  const entries = Object.entries(provinces).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return NULL_MARK;
  const shown = entries.slice(0, 3).map(([id, n]) => `${provinceName(id)} ${n}`);
  const rest = entries.slice(3).reduce((s, [, n]) => s + n, 0);
  return entries.length > 3 ? `${shown.join(', ')}, +${entries.length - 3} others 其他 ${rest}` : shown.join(', ');
}
