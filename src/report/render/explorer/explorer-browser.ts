/**
 * The browser side of the report's network explorer (bundled with sigma and graphology
 * into `explorer-bundle.ts` by scripts/build-explorer.ts; not part of the library).
 * Reads the JSON of `explorerData` from `#zonelink-explorer-data`, draws it with sigma
 * (WebGL) in `#zonelink-explorer-canvas`, and wires the search box, the mode check
 * boxes, the year select and the node panel. Exposes `window.zonelinkExplorer` for
 * checkers (visible edge count, node positions, filters).
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { ExplorerData, ExplorerEdge, ExplorerNode } from './explorer-data.js';
// The library's year rule itself, so the explorer's year filter and the report's snapshot agree.
import { linkageActiveIn } from '../../../network/year-view.js';

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];
const KIND_COLOUR: Record<string, string> = { zone: '#3b6ea5', city: '#c0392b', province: '#6b6b6b' };

interface ExplorerApi {
  visibleEdgeCount(): number;
  edgeCount(): number;
  modes(): string[];
  setMode(mode: string, shown: boolean): void;
  setYear(year: number | null): void;
  select(id: string | null): void;
  selected(): string | null;
  nodeViewportPosition(id: string): { x: number; y: number };
  search(text: string): string | null;
}

declare global {
  interface Window {
    zonelinkExplorer?: ExplorerApi;
  }
}

function element<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`zonelink explorer: #${id} is missing`);
  return el as T;
}

function text(tag: string, content: string, className?: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, '');
}

function years(e: ExplorerEdge): string {
  if (e.startYear === undefined && e.endYear === undefined) return '';
  return ` ${e.startYear ?? '…'}–${e.endYear ?? ''}`;
}

function start(): void {
  const data = JSON.parse(element('zonelink-explorer-data').textContent ?? '{}') as ExplorerData;
  const container = element<HTMLDivElement>('zonelink-explorer-canvas');
  const panel = element<HTMLDivElement>('zonelink-explorer-panel');
  const modeColour = new Map(data.modes.map((m, i) => [m, PALETTE[i % PALETTE.length]]));
  const byId = new Map<string, ExplorerNode>(data.nodes.map((n) => [n.id, n]));

  const graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: false });
  const maxSize = Math.max(1, ...data.nodes.map((n) => n.size));
  for (const n of data.nodes) {
    graph.addNode(n.id, { x: n.x, y: n.y, label: n.label, size: 3 + 9 * Math.sqrt(n.size / maxSize), color: KIND_COLOUR[n.kind] ?? '#555' });
  }
  data.edges.forEach((e, i) => {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) return;
    const attributes = { color: modeColour.get(e.mode) ?? '#999', size: 1.5, type: e.directed ? 'arrow' : 'line', index: i };
    if (e.directed) graph.addDirectedEdgeWithKey(`e${i}`, e.source, e.target, attributes);
    else graph.addUndirectedEdgeWithKey(`e${i}`, e.source, e.target, attributes);
  });

  const shownModes = new Set(data.modes);
  let year: number | null = null;
  let selected: string | null = null;
  const edgeShown = (key: string): boolean => {
    const e = data.edges[graph.getEdgeAttribute(key, 'index') as number];
    return shownModes.has(e.mode) && (year === null || linkageActiveIn(e.startYear, e.endYear, year));
  };
  const neighbours = (): Set<string> => (selected === null ? new Set() : new Set(graph.neighbors(selected)));
  let near = neighbours();

  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 6,
    nodeReducer: (node, attributes) => {
      if (selected === null) return attributes;
      if (node === selected) return { ...attributes, highlighted: true, forceLabel: true, zIndex: 2 };
      return near.has(node) ? { ...attributes, forceLabel: true, zIndex: 1 } : { ...attributes, color: '#d0d0d0', label: '' };
    },
    edgeReducer: (edge, attributes) => {
      if (!edgeShown(edge)) return { ...attributes, hidden: true };
      if (selected !== null && !graph.hasExtremity(edge, selected)) return { ...attributes, color: '#e4e4e4' };
      return attributes;
    },
  });

  const showPanel = (id: string | null) => {
    panel.replaceChildren();
    if (id === null) {
      panel.append(text('p', '点击节点查看指标与联动 Click a node to see its measures and linkages.', 'hint'));
      return;
    }
    const n = byId.get(id)!;
    panel.append(text('h3', n.label, 'node-name'));
    const facts = document.createElement('dl');
    const fact = (label: string, value: string) => facts.append(text('dt', label), text('dd', value));
    fact('编号 Id', n.id);
    fact('类型 Kind', n.kind);
    if (n.province) fact('省份 Province', n.province);
    fact('度 Degree (linkages shown)', String(n.degree));
    fact('强度 Strength', format(n.strength));
    for (const r of n.rankings) fact(r.measure, `${format(r.value)} (#${r.rank})`);
    panel.append(facts);
    const links = data.edges.filter((e) => e.source === id || e.target === id);
    panel.append(text('h4', `联动 Linkages (${links.length})`));
    const list = document.createElement('ul');
    for (const e of links) {
      const other = e.source === id ? e.target : e.source;
      const arrow = e.directed ? (e.source === id ? '→ ' : '← ') : '— ';
      const item = text('li', `${arrow}${byId.get(other)?.label ?? other} · ${e.mode}${years(e)} · w ${format(e.weight)}`);
      if (!edgeShown(`e${data.edges.indexOf(e)}`)) item.className = 'filtered';
      list.append(item);
    }
    panel.append(list);
  };

  const select = (id: string | null) => {
    selected = id !== null && graph.hasNode(id) ? id : null;
    near = neighbours();
    showPanel(selected);
    renderer.refresh();
    if (selected !== null) {
      const display = renderer.getNodeDisplayData(selected);
      if (display) renderer.getCamera().animate({ x: display.x, y: display.y, ratio: Math.min(renderer.getCamera().ratio, 0.5) }, { duration: 400 });
    }
  };
  renderer.on('clickNode', ({ node }) => select(node));
  renderer.on('clickStage', () => select(null));

  const search = (query: string): string | null => {
    const q = query.trim().toLowerCase();
    if (q === '') return null;
    const exact = data.nodes.find((n) => n.label.toLowerCase() === q || n.id.toLowerCase() === q);
    const hit = exact ?? data.nodes.find((n) => n.label.toLowerCase().includes(q));
    return hit ? hit.id : null;
  };
  const searchBox = element<HTMLInputElement>('zonelink-explorer-search');
  const runSearch = () => {
    const id = search(searchBox.value);
    searchBox.classList.toggle('not-found', searchBox.value.trim() !== '' && id === null);
    if (id !== null) select(id);
  };
  searchBox.addEventListener('change', runSearch);
  searchBox.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') runSearch();
  });

  const modeBox = element<HTMLDivElement>('zonelink-explorer-modes');
  for (const mode of data.modes) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = mode;
    box.addEventListener('change', () => setMode(mode, box.checked));
    const swatch = text('span', '', 'swatch');
    swatch.style.background = modeColour.get(mode)!;
    label.append(box, swatch, document.createTextNode(mode));
    modeBox.append(label);
  }
  const setMode = (mode: string, shown: boolean) => {
    if (shown) shownModes.add(mode);
    else shownModes.delete(mode);
    const box = modeBox.querySelector<HTMLInputElement>(`input[value="${CSS.escape(mode)}"]`);
    if (box) box.checked = shown;
    showPanel(selected);
    renderer.refresh();
  };

  const yearSelect = element<HTMLSelectElement>('zonelink-explorer-year');
  for (const y of data.years) yearSelect.append(new Option(String(y), String(y)));
  yearSelect.disabled = data.years.length === 0;
  const setYear = (y: number | null) => {
    year = y;
    yearSelect.value = y === null ? '' : String(y);
    showPanel(selected);
    renderer.refresh();
  };
  yearSelect.addEventListener('change', () => setYear(yearSelect.value === '' ? null : Number(yearSelect.value)));

  showPanel(null);
  window.zonelinkExplorer = {
    visibleEdgeCount: () => graph.filterEdges((edge) => edgeShown(edge)).length,
    edgeCount: () => graph.size,
    modes: () => [...data.modes],
    setMode,
    setYear,
    select,
    selected: () => selected,
    nodeViewportPosition: (id) => renderer.graphToViewport({ x: graph.getNodeAttribute(id, 'x') as number, y: graph.getNodeAttribute(id, 'y') as number }),
    search: (query) => {
      const id = search(query);
      if (id !== null) select(id);
      return id;
    },
  };
}

try {
  start();
} catch (error) {
  // Without WebGL (or with a broken page) the report stays readable: say so in place of the canvas.
  const container = document.getElementById('zonelink-explorer-canvas');
  if (container) container.textContent = `交互网络无法显示 The explorer cannot run here: ${error instanceof Error ? error.message : String(error)}`;
}
