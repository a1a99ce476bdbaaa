import type { Report } from '../../report-schema.js';
import { escapeXml as escapeHtml } from '../svg/escape-xml.js';
import { EXPLORER_SCRIPT } from './explorer-bundle.js';
import { explorerData } from './explorer-data.js';

/** Heading of the explorer section (also its table-of-contents entry). */
export const EXPLORER_HEADING = '交互网络 Network explorer';

/** Styles of the explorer section, added to the report's stylesheet when it is embedded. */
const EXPLORER_CSS = `
#explorer .explorer-controls { display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; margin: 8px 0; font-size: 14px; }
#explorer .explorer-controls label { display: inline-flex; align-items: center; gap: 4px; }
#explorer .swatch { display: inline-block; width: 14px; height: 4px; }
#explorer .not-found { outline: 2px solid #c0392b; }
#explorer .explorer-body { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 12px; }
#zonelink-explorer-canvas { height: 520px; border: 1px solid #ccc; background: #fff; position: relative; }
#zonelink-explorer-panel { max-height: 520px; overflow: auto; font-size: 13px; border: 1px solid #ddd; padding: 8px; }
#zonelink-explorer-panel dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0; }
#zonelink-explorer-panel dd { margin: 0; }
#zonelink-explorer-panel ul { padding-left: 16px; margin: 4px 0; }
#zonelink-explorer-panel .filtered { color: #aaa; }
@media print { #explorer { display: none; } }
`;

/**
 * The explorer section of the HTML report: controls (search, mode check boxes, year
 * select), the sigma canvas, the node panel, the data as JSON (`<` escaped so it cannot
 * close the element) and the inlined script. Empty data (no map nodes) gives a section
 * that says so, without the script.
 */
export function renderExplorerHtml(report: Report): { html: string; css: string } {
  const data = explorerData(report);
  if (data.nodes.length === 0) {
    return { html: `<section id="explorer"><h2>${escapeHtml(EXPLORER_HEADING)}</h2><p class="missing">没有可显示的联动网络 No linked network to explore.</p></section>`, css: '' };
  }
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const html = [
    '<section id="explorer">',
    `<h2>${escapeHtml(EXPLORER_HEADING)}</h2>`,
    `<p>${escapeHtml(`${data.nodes.length} 个节点、${data.edges.length} 条联动 nodes and linkages of the map above${data.layout === 'forceatlas2' ? ' (ForceAtlas2 layout)' : ' (lon/lat)'}: 拖动平移、滚轮缩放 drag to pan, scroll to zoom; 点击节点查看指标 click a node for its measures.`)}</p>`,
    '<div class="explorer-controls">',
    '<label>搜索 Search <input id="zonelink-explorer-search" type="search" list="zonelink-explorer-names" placeholder="节点名称 node name"></label>',
    `<datalist id="zonelink-explorer-names">${data.nodes.map((n) => `<option value="${escapeHtml(n.label)}"></option>`).join('')}</datalist>`,
    '<span>联动方式 Modes: <span id="zonelink-explorer-modes"></span></span>',
    '<label>年份 Year <select id="zonelink-explorer-year"><option value="">全部 All</option></select></label>',
    '</div>',
    '<div class="explorer-body">',
    '<div id="zonelink-explorer-canvas"></div>',
    '<div id="zonelink-explorer-panel" aria-live="polite"></div>',
    '</div>',
    `<script type="application/json" id="zonelink-explorer-data">${json}</script>`,
    `<script>${EXPLORER_SCRIPT}</script>`,
    '</section>',
  ].join('\n');
  return { html, css: EXPLORER_CSS };
}
