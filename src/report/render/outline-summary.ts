import type { Report } from '../report-schema.js';
import { type OutlineBuilder, left, right } from './outline-builder.js';
import { formatCount } from './report-number-format.js';
import { categoryLabel, linkageModeLabels, macroRegionLabel } from './taxonomy-labels.js';
import { LINKAGE_MODES, MACRO_REGIONS, PLATFORM_CATEGORIES } from '../../schema/taxonomy.js';
import { countRows } from './outline-count-rows.js';

/** The size of the dataset and its zones, linkages and nodes by category, mode and macro-region. */
export function outlineSummary(b: OutlineBuilder, report: Report): void {
  const { summary } = report;
  const sum = b.section('summary', '概况 Summary');
  sum.push(b.table('规模 Size of the dataset', [left('项目 Item'), right('数量 Count')], [
    ['节点 Nodes', formatCount(summary.nodes)],
    ['园区 Zones', formatCount(summary.zones)],
    ['城市 Cities', formatCount(summary.cities)],
    ['联动 Linkages', formatCount(summary.linkages)],
  ]));
  const countColumns = (what: string, unit: string) => [left(`${what}（中文）`), left(`${unit} (English)`), right('数量 Count'), right('占比 Share')];
  sum.push(b.table('园区按平台类别 Zones by platform category', countColumns('类别', 'Category'), countRows(summary.zonesByCategory, PLATFORM_CATEGORIES, categoryLabel)));
  sum.push(b.table('联动按模式 Linkages by mode', countColumns('模式', 'Mode'), countRows(summary.linkagesByMode, LINKAGE_MODES, linkageModeLabels)));
  sum.push(b.table('节点按四大板块 Nodes by macro-region', countColumns('板块', 'Macro-region'), countRows(summary.nodesByMacroRegion, MACRO_REGIONS, macroRegionLabel)));
}
