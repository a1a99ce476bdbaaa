import type { Report } from '../report-schema.js';
import type { ReportOutlineOptions } from './report-outline.js';
import { type OutlineBuilder, left, right } from './outline-builder.js';
import { formatCount, formatIndex } from './report-number-format.js';
import { CHINA_PROVINCES_ATTRIBUTION } from './basemap/china-province-basemap.js';

/** Network statistics, Freeman centralizations, and the map (or force layout) figure. */
export function outlineNetwork(b: OutlineBuilder, report: Report, options: ReportOutlineOptions): void {
  const { parameters, network } = report;
  const net = b.section('network', '网络统计 Network statistics', ['network', 'map']);
  net.push(b.table('网络统计与中心势 Network statistics and Freeman centralization', [left('指标 Statistic'), right('值 Value')], [
    ['节点 Nodes', formatCount(network.nodes)],
    ['边 Edges', formatCount(network.edges)],
    ['有联动的节点 Linked nodes', formatCount(network.linkedNodes)],
    ['密度 Density', formatIndex(network.density)],
    ['度中心势 Degree centralization', formatIndex(network.centralization.degree)],
    ['介数中心势 Betweenness centralization', formatIndex(network.centralization.betweenness)],
    ['接近中心势 Closeness centralization', formatIndex(network.centralization.closeness)],
  ]));
  net.push({ kind: 'facts', items: [
    { label: '节点集 Node set', value: network.nodeSet },
    { label: '权重 Weighting', value: network.weighting },
  ] });
  net.push({
    kind: 'figure',
    figure: {
      type: 'map',
      id: b.ids.make('fig', 'map'),
      number: b.nextFigure(),
      caption: report.map.layout === 'geographic'
        ? `联动网络地图 Linkage map: ${formatCount(report.map.nodes.length)} nodes, ${formatCount(report.map.edges.length)} linkages, coloured by linkage mode 按联动模式着色. ${options.basemapCredit ?? CHINA_PROVINCES_ATTRIBUTION}`
        : `联动网络图 Linkage network (no coordinates: ForceAtlas2 layout, seed ${parameters.seed} 无坐标，力导向布局): ${formatCount(report.map.nodes.length)} nodes, ${formatCount(report.map.edges.length)} linkages, coloured by linkage mode 按联动模式着色`,
    },
  });
}
