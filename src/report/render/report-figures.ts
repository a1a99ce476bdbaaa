import type { Report } from '../report-schema.js';
import type { FigureRef } from './report-outline.js';
import { formatIndex } from './report-number-format.js';
import { inequalityGroupLabel, nodeKindLabel } from './taxonomy-labels.js';
import { chinaProvinceBasemap, SOUTH_CHINA_SEA_INSET } from './basemap/china-province-basemap.js';
import { estimateTextWidth } from './svg/text-width.js';
import { FONT_SIZE } from './svg/svg-document.js';
import { barChart, hubDiagram, lorenzChart, networkMap, type BasemapFeatureCollection } from './svg/index.js';

/** What the figures may use besides the report. */
export interface ReportFigureContext {
  /** Province polygons drawn under the linkage map. */
  basemap?: BasemapFeatureCollection;
}

/**
 * Draws one figure of the outline as a standalone SVG string with the charts of
 * `./svg/` (no chart is re-implemented here): the linkage map from `report.map`, ranking
 * bars, community sizes, a "1+N" diagram (460 px square), Lorenz curves (overall and per
 * group); the map is 940 × 660 px to fill the report's text column. Each
 * SVG's internal ids are prefixed with the figure id so several charts can share a page.
 */
export function renderReportFigure(report: Report, figure: FigureRef, context: ReportFigureContext = {}): string {
  const idPrefix = `${figure.id}-svg`;
  switch (figure.type) {
    case 'map': {
      const geographic = report.map.layout === 'geographic';
      // The bundled province outlines (and the South China Sea inset) unless a basemap is
      // given; a force layout has no geography to draw under it.
      const basemap = geographic ? (context.basemap ?? chinaProvinceBasemap()) : undefined;
      return networkMap({
        idPrefix,
        description: figure.caption,
        width: 940,
        height: 660,
        nodes: report.map.nodes.map((n) => ({ id: n.id, label: n.label, lon: n.lon, lat: n.lat, kind: nodeKindLabel(n.kind), size: n.size })),
        edges: report.map.edges.map((e) => ({ source: e.source, target: e.target, mode: e.mode, directed: e.directed, weight: e.weight })),
        basemap,
        ...(geographic && context.basemap === undefined ? { inset: SOUTH_CHINA_SEA_INSET } : {}),
        sizeLabel: geographic ? '大小 Size: 城市=承载平台数 cities = platforms hosted; 园区=1+联动数 zones = 1 + linkages' : '大小 Size: 1 + 联动伙伴数 linked partners',
      });
    }
    case 'ranking': {
      const ranking = report.rankings[figure.index];
      return barChart({
        idPrefix,
        description: figure.caption,
        valueLabel: `${ranking.label.zh} ${ranking.label.en}`,
        items: ranking.top.map((n) => ({ label: n.name, value: n.value })),
        sort: 'none',
      });
    }
    case 'communities':
      return barChart({
        idPrefix,
        description: figure.caption,
        valueLabel: '成员数 Members',
        items: report.communities.communities.map((c) => ({ label: c.topMembers.length > 0 ? `#${c.community} ${c.topMembers[0]}` : `#${c.community}`, value: c.size })),
        maxItems: 30,
      });
    case 'hub': {
      const group = report.onePlusN.groups[figure.index];
      // Grow the square until the longest name fits untruncated (the diagram leaves
      // 45 % of its half-width for labels), up to the text column.
      const longest = Math.max(0, ...group.spokes.map((s) => estimateTextWidth(s.name, FONT_SIZE)));
      const side = Math.min(940, Math.max(460, Math.ceil(((longest + 8) / 0.45) * 2 + 32)));
      return hubDiagram({
        idPrefix,
        description: figure.caption,
        width: side,
        height: side,
        hub: { id: group.hub.id, label: group.hub.name },
        spokes: group.spokes.map((s) => ({ id: s.id, label: s.name, weight: s.weight, mode: s.mode })),
        spokeLinks: group.spokeLinks,
      });
    }
    case 'lorenz': {
      const section = report.inequality[figure.index];
      return lorenzChart({
        idPrefix,
        description: figure.caption,
        series: [
          { label: `全部 All (Gini ${formatIndex(section.gini)})`, p: section.lorenz.p, l: section.lorenz.l },
          ...section.groups.map((g) => ({ label: `${inequalityGroupLabel(g.id, g.label)} (Gini ${formatIndex(g.gini)})`, p: g.lorenz.p, l: g.lorenz.l })),
        ],
      });
    }
  }
}
