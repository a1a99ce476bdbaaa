import { buildNetwork, isZoneNetwork, type ZoneNetwork } from '../network/zone-network.js';
import { yearOf } from '../schema/fields.js';
import { regionOfRecord } from '../schema/administrative-unit.js';
import type { Dataset } from '../schema/dataset.js';
import { checkDatasetShape } from '../error/argument-checks.js';

/** Counts that describe a dataset at a glance (what `zonelink summary` prints). */
export interface DatasetSummary {
  name: string;
  asOf?: string;
  nodes: number;
  zones: number;
  cities: number;
  /** Province nodes (endpoints of documents that name a whole province). */
  provinces: number;
  linkages: number;
  zonesByCategory: Record<string, number>;
  zonesBySubtype: Record<string, number>;
  /** Zones by approval year; `unknown` counts zones without a date. */
  zonesByApprovalYear: Record<string, number>;
  linkagesByMode: Record<string, number>;
  /** Linkages by start year; `unknown` counts linkages without one. */
  linkagesByStartYear: Record<string, number>;
  /** Nodes by macro-region (a zone by its province's); `none` for Hong Kong, Macao, Taiwan. */
  nodesByMacroRegion: Record<string, number>;
  /**
   * Density of the undirected simple projection of all linkages:
   * 2m / (n(n − 1)) with m node pairs linked at least once (self-loops excluded).
   */
  density: number;
}

function increment(counts: Record<string, number>, key: string | number | undefined, fallback = 'unknown'): void {
  const k = key === undefined ? fallback : String(key);
  counts[k] = (counts[k] ?? 0) + 1;
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Summarises a dataset or a ZoneNetwork (a view of one, say a year's snapshot):
 * counts of nodes, zones by category, subtype and approval year, linkages by
 * mode and start year, nodes by macro-region, and the density of the undirected
 * simple projection.
 *
 * @example
 * summarizeDataset(dataset).zonesByCategory['national-new-area']; // 19
 */
export function summarizeDataset(input: Dataset | ZoneNetwork): DatasetSummary {
  if (!isZoneNetwork(input)) checkDatasetShape('summarizeDataset', input, 'input');
  const net = isZoneNetwork(input) ? input : buildNetwork(input);
  const metadata = net.getAttribute('metadata');
  const zonesByCategory: Record<string, number> = {};
  const zonesBySubtype: Record<string, number> = {};
  const zonesByApprovalYear: Record<string, number> = {};
  const nodesByMacroRegion: Record<string, number> = {};
  let zones = 0;
  let provinces = 0;
  net.forEachNode((_id, node) => {
    increment(nodesByMacroRegion, regionOfRecord(node) ?? 'none');
    if (node.kind === 'province') provinces++;
    if (node.kind !== 'zone') return;
    zones++;
    increment(zonesByCategory, node.category);
    increment(zonesBySubtype, node.subtype, 'none');
    increment(zonesByApprovalYear, node.approved === undefined ? undefined : yearOf(node.approved));
  });
  const linkagesByMode: Record<string, number> = {};
  const linkagesByStartYear: Record<string, number> = {};
  net.forEachEdge((_id, linkage) => {
    increment(linkagesByMode, linkage.mode);
    increment(linkagesByStartYear, linkage.startYear);
  });
  return {
    name: metadata?.name ?? 'unnamed network',
    asOf: metadata?.asOf,
    nodes: net.order,
    zones,
    cities: net.order - zones - provinces,
    provinces,
    linkages: net.size,
    zonesByCategory: sorted(zonesByCategory),
    zonesBySubtype: sorted(zonesBySubtype),
    zonesByApprovalYear: sorted(zonesByApprovalYear),
    linkagesByMode: sorted(linkagesByMode),
    linkagesByStartYear: sorted(linkagesByStartYear),
    nodesByMacroRegion: sorted(nodesByMacroRegion),
    density: simpleDensity(net),
  };
}

/**
 * Density of the undirected simple projection (self-loops left out), 2m / (n(n − 1)),
 * as `density(project(net, { selfLoops: false }))` gives it, counting the distinct
 * pairs directly instead of building the projected graph (a million linkages).
 */
function simpleDensity(net: ZoneNetwork): number {
  const n = net.order;
  if (n < 2) return NaN;
  const index = new Map<string, number>();
  net.forEachNode((id) => {
    index.set(id, index.size);
  });
  const pairs = new Set<number>();
  net.forEachEdge((_id, _linkage, source, target) => {
    if (source === target) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    pairs.add(s < t ? s * n + t : t * n + s);
  });
  return (2 * pairs.size) / (n * (n - 1));
}
