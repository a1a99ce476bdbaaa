import type { Report } from '../report-schema.js';
import { type OutlineBuilder, left, right, both } from './outline-builder.js';
import { columnFormatter, formatCount, formatIndex, NULL_MARK } from './report-number-format.js';
import { linkageModeLabels, MULTIPLEX_CLASS_LABELS } from './taxonomy-labels.js';

/** The multiplex layers: participation classes and multiplex hubs. */
export function outlineMultiplex(b: OutlineBuilder, report: Report): void {
  const { multiplex } = report;
  const mx = b.section('multiplex', '多层网络 Multiplex', ['multiplex']);
  mx.push({ kind: 'facts', items: [
    { label: '层 Layers', value: multiplex.layers.length > 0 ? multiplex.layers.map((l) => both(linkageModeLabels(l))).join('; ') : NULL_MARK },
    { label: '平均边重叠 Average edge overlap', value: formatIndex(multiplex.averageEdgeOverlap) },
  ] });
  mx.push(b.table('多层参与度分类 Nodes by multiplex participation class', [left('类别 Class'), right('节点 Nodes')],
    (['focused', 'mixed', 'multiplex', 'isolated'] as const).map((k) => [both(MULTIPLEX_CLASS_LABELS[k]), formatCount(multiplex.classes[k])])));
  const overlapping = columnFormatter(multiplex.hubs.map((h) => h.overlappingDegree));
  mx.push(b.table('多层枢纽 Multiplex hubs', [left('名称 Name'), right('重叠度 Overlapping degree'), right('参与系数 Participation')],
    multiplex.hubs.map((h) => [h.name, overlapping(h.overlappingDegree), formatIndex(h.participation)])));
}
