import type { Report } from '../../report-schema.js';
import { PROVINCE_BY_ID } from '../../../schema/provinces.js';

/** One ranking a node appears in (its rank and value there). */
export interface ExplorerRankingEntry {
  /** Bilingual label of the measure, e.g. "中介中心性 Betweenness". */
  measure: string;
  rank: number;
  value: number;
}

/** One node of the explorer: position, label and what its panel shows. */
export interface ExplorerNode {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  kind: string;
  /** Province name "广东省 Guangdong" (or the id when unknown to the province table); absent when unknown. */
  province?: string;
  /** Linkages drawn at the node (loops excluded), and their summed weight. */
  degree: number;
  strength: number;
  /** The report's rankings that list this node (top K only, so often empty). */
  rankings: ExplorerRankingEntry[];
}

/** One linkage of the explorer. */
export interface ExplorerEdge {
  source: string;
  target: string;
  mode: string;
  directed: boolean;
  weight: number;
  startYear?: number;
  endYear?: number;
}

/** Everything the browser-side explorer receives, as one JSON object. */
export interface ExplorerData {
  layout: Report['map']['layout'];
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
  /** Linkage modes present, sorted. */
  modes: string[];
  /** Years the year filter offers (every year from the first to the last start or end year), ascending; empty when no linkage is dated. */
  years: number[];
}

/**
 * The data of the interactive network explorer, from a report's `map` section (the linked
 * network as it is drawn) and its `rankings`: each node with its position (lon/lat, or
 * the ForceAtlas2 layout), kind, province, degree and strength among the drawn linkages,
 * and the rankings that list it; each linkage with mode, direction, weight and years;
 * the modes and years the filters offer. Pure and deterministic.
 *
 * @example
 * explorerData(report).modes; // e.g. ['cooperation', 'enclave']
 */
export function explorerData(report: Report): ExplorerData {
  const degree = new Map<string, number>();
  const strength = new Map<string, number>();
  const years = new Set<number>();
  for (const e of report.map.edges) {
    for (const end of [e.source, e.target]) {
      degree.set(end, (degree.get(end) ?? 0) + 1);
      strength.set(end, (strength.get(end) ?? 0) + e.weight);
    }
    if (e.startYear !== undefined) years.add(e.startYear);
    if (e.endYear !== undefined) years.add(e.endYear);
  }
  const rankings = new Map<string, ExplorerRankingEntry[]>();
  for (const ranking of report.rankings) {
    for (const entry of ranking.top) {
      if (!rankings.has(entry.id)) rankings.set(entry.id, []);
      rankings.get(entry.id)!.push({ measure: `${ranking.label.zh} ${ranking.label.en}`, rank: entry.rank, value: entry.value });
    }
  }
  const nodes = report.map.nodes.map((n): ExplorerNode => {
    const province = n.province === undefined ? undefined : PROVINCE_BY_ID.get(n.province);
    return {
      id: n.id,
      label: n.label,
      x: n.lon,
      y: n.lat,
      size: n.size,
      kind: n.kind,
      ...(n.province !== undefined ? { province: province ? `${province.zh} ${province.en}` : n.province } : {}),
      degree: degree.get(n.id) ?? 0,
      strength: strength.get(n.id) ?? 0,
      rankings: rankings.get(n.id) ?? [],
    };
  });
  const edges = report.map.edges.map((e): ExplorerEdge => ({ ...e }));
  const sortedYears = [...years].sort((a, b) => a - b);
  const span = sortedYears.length === 0 ? [] : Array.from({ length: sortedYears[sortedYears.length - 1] - sortedYears[0] + 1 }, (_, i) => sortedYears[0] + i);
  return { layout: report.map.layout, nodes, edges, modes: [...new Set(edges.map((e) => e.mode))].sort(), years: span };
}
