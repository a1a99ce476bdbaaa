/**
 * SVG charts of zonelink's report: pure functions from plain data to a standalone SVG
 * string (no DOM, no Node built-ins, deterministic output, CJK-capable fonts).
 */
export { lorenzChart, lorenzChartOptions, type LorenzChartOptions, type LorenzSeries } from './lorenz-chart.js';
export { barChart, barChartOptions, type BarChartOptions, type BarItem } from './bar-chart.js';
export {
  networkMap,
  networkMapOptions,
  type NetworkMapOptions,
  type MapInset,
  type MapNode,
  type MapEdge,
  type BasemapFeatureCollection,
  type BasemapGeometry,
} from './network-map.js';
export { hubDiagram, hubDiagramOptions, HUB_DIAGRAM_MAX_SPOKES, type HubDiagramOptions, type HubNode, type HubSpoke, type SpokeLink } from './hub-diagram.js';
export { lineChart, lineChartOptions, type LineChartOptions, type LineSeries } from './line-chart.js';
export type { ChartFrameOptions, Margin } from './chart-frame.js';
export { chartFrameOptionSpecs } from './chart-option-specs.js';
export { LINKAGE_MODE_STYLES, CATEGORICAL_PALETTE } from './palette.js';
export { CJK_FONT_STACK } from './font-stack.js';
