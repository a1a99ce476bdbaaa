import type { Report } from '../report-schema.js';
import type { ReportOutlineOptions } from './report-outline.js';
import { type OutlineBuilder, left, right } from './outline-builder.js';
import { formatCount, formatIndex } from './report-number-format.js';
import { hubClassLabel } from './taxonomy-labels.js';
import { HUB_DIAGRAM_MAX_SPOKES } from './svg/hub-diagram.js';

/**
 * The "1+N" groups table and a diagram for each of the first `maxHubDiagrams` groups
 * (a group of more than HUB_DIAGRAM_MAX_SPOKES members besides the hub: its caption
 * says the diagram draws those most strongly linked to the hub).
 */
export function outlineOnePlusN(b: OutlineBuilder, report: Report, options: ReportOutlineOptions): void {
  const { onePlusN } = report;
  const hubs = b.section('one-plus-n', '“1+N”结构 "1+N" hub structures', ['onePlusN']);
  const t = onePlusN.thresholds;
  hubs.push({
    kind: 'paragraph',
    text: `判定阈值 Thresholds: “1+N” when HD ≥ ${formatIndex(t.hubDominance, 2)}, SSH ≥ ${formatIndex(t.spokeShare, 2)} and spoke density ≤ ${formatIndex(t.spokeDensity, 2)}. HD = hub dominance 核心支配度; SSH = spoke share to hub 外围流向核心份额.`,
  });
  hubs.push(b.table('“1+N”组 "1+N" groups', [
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
      figure: { type: 'hub', id: b.ids.make('fig-hub', g.id), number: b.nextFigure(), caption: `${g.label}: ${g.hub.name} + ${g.spokes.length} (${hubClassLabel(g.classification)}; HD ${formatIndex(g.hubDominance)}, SSH ${formatIndex(g.spokeShareToHub)}); ${g.spokes.filter((sp) => sp.linkedToHub).length} of ${g.spokes.length} members linked to the hub 与核心有联动, lines only for linkages that exist${g.spokes.length > HUB_DIAGRAM_MAX_SPOKES ? `; the diagram draws the ${HUB_DIAGRAM_MAX_SPOKES} members most strongly linked to the hub` : ''}`, index },
    });
  });
}
