import type { Report } from '../report-schema.js';
import { type OutlineBuilder, left } from './outline-builder.js';
import { NULL_MARK } from './report-number-format.js';

/** The sources of the dataset and what it covers. */
export function outlineSources(b: OutlineBuilder, report: Report): void {
  const { dataset } = report;
  const src = b.section('sources', '数据来源与覆盖 Sources and coverage');
  src.push(b.table('数据来源 Sources', [left('编号 Id'), left('标题 Title'), left('许可 Licence')],
    dataset.sources.map((s) => [s.id, s.title, s.licence ?? NULL_MARK])));
  src.push(b.table('覆盖说明 Coverage', [left('范围 Scope'), left('完整 Complete'), left('说明 Note')],
    dataset.coverage.map((c) => [c.scope, c.complete ? '是 yes' : '否 no', c.note || NULL_MARK])));
}
