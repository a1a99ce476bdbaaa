import type { Report } from '../report-schema.js';
import { type OutlineBuilder } from './outline-builder.js';
import { formatCount, NULL_MARK } from './report-number-format.js';

/** The parameters the report was computed with (year, seed, top k, network, undated records). */
export function outlineParameters(b: OutlineBuilder, report: Report): void {
  const { parameters } = report;
  const params = b.section('parameters', '参数 Parameters');
  params.push({
    kind: 'facts',
    items: [
      { label: '年份 Year', value: parameters.year === null ? `${NULL_MARK} (all years 全部年份)` : String(parameters.year) },
      { label: '随机种子 Seed', value: String(parameters.seed) },
      { label: '排名长度 Top k', value: String(parameters.topK) },
      { label: '网络 Network', value: parameters.network },
      ...(parameters.undated
        ? [{
            label: '无日期记录 Undated records',
            value: `${parameters.undated.policy === 'keep' ? '保留 kept' : '剔除 dropped'} (--undated ${parameters.undated.policy}): ${formatCount(parameters.undated.keptZones)} of ${formatCount(parameters.undated.zones)} zones without an approval date and ${formatCount(parameters.undated.keptLinkages)} of ${formatCount(parameters.undated.linkages)} linkages without a start year kept`,
          }]
        : []),
      { label: 'zonelink', value: report.zonelink.version },
    ],
  });
}
