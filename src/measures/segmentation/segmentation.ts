import { resolutionOption } from '../community/community-option-specs.js';
import type { Attributes } from 'graphology-types';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { adjustedRandIndex, eiIndex, leiden, nmi } from '../community/index.js';
import { provinceOfRecord, regionOfRecord } from '../../schema/administrative-unit.js';
import { projectContents, readNetwork, type ZoneNetworkLike } from '../../network/network-contents.js';
import { linkageReadOptionSpecs } from '../../network/linkage-read-option-specs.js';
import { seedOption } from '../../statistics/check-seed.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { stringOption } from '../../options/option-spec.js';

/** The declared options of {@link segmentation} (checks, defaults and docs/options.md come from here). */
export const segmentationOptions = defineOptions('segmentation', {
  by: stringOption({ doc: "Administrative unit of a node: `'province'`, `'region'` (macro-region) or a node attribute name.", default: 'province' }),
  ...linkageReadOptionSpecs,
  seed: seedOption,
  resolution: resolutionOption,
});

/** Options of {@link segmentation}, declared in {@link segmentationOptions} (see docs/options.md#segmentation). */
export type SegmentationOptions = OptionsOf<typeof segmentationOptions>;

/** Linkages within and across one unit's border. */
export interface UnitSegmentation {
  unit: string;
  nodes: number;
  internal: number;
  external: number;
  internalWeight: number;
  externalWeight: number;
  /** (E − I)/(E + I) with linkage counts; NaN for a unit without linkages. */
  eiIndex: number;
  /** The same with weights. */
  eiIndexWeighted: number;
}

/** A linkage flagged enclave (飞地) or declared with the enclave arrangement. */
export interface EnclaveLinkage {
  id: string;
  source: string;
  target: string;
  mode: string;
  weight: number;
  sourceUnit: string;
  targetUnit: string;
  crossing: boolean;
}

/** Result of {@link segmentation}. */
export interface SegmentationResult {
  by: string;
  year: number | null;
  /** Each node's unit. */
  units: Record<string, string>;
  /** Number of linkages (each linkage once, parallel linkages counted separately; self-loops excluded). */
  linkageCount: number;
  crossingCount: number;
  crossingShare: number;
  totalWeight: number;
  crossingWeight: number;
  crossingWeightShare: number;
  /** Whole-network E–I index (Krackhardt & Stern), by linkage count and by weight. */
  eiIndex: number;
  eiIndexWeighted: number;
  perUnit: UnitSegmentation[];
  /** Leiden communities of the projection against the units; null when the network has no linkage. */
  communities: {
    partition: Record<string, number>;
    count: number;
    modularity: number;
    seed: number;
    nmi: number;
    adjustedRandIndex: number;
  } | null;
  enclaveLinkages: EnclaveLinkage[];
}

function unitOf(by: string, record: Attributes): string | undefined {
  if (by === 'province') return provinceOfRecord(record);
  if (by === 'region') return regionOfRecord(record);
  const v = record[by];
  if (typeof v === 'string' && v.length > 0) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/**
 * Administrative segmentation (行政分割): how much linkage crosses the borders of
 * provinces, macro-regions or any node attribute, and whether linkage communities
 * follow those borders.
 *
 * - share (by count and by weight) of linkages whose endpoints lie in different units;
 * - E–I index (E − I)/(E + I) (Krackhardt & Stern 1988) for the whole network and per
 *   unit ({@link eiIndex}; per unit E = linkages with one endpoint in the unit, I =
 *   linkages with both), by linkage count and by weight;
 * - Leiden communities of the projection (seeded; same seed → same partition)
 *   compared with the units by normalised mutual information and the adjusted
 *   Rand index;
 * - the enclave linkages (enclave flag or enclave arrangement), with their units.
 *
 * Edge cases: self-loops are left out; a unit without linkages has E–I NaN; a network
 * without linkages has shares NaN and `communities: null`.
 *
 * @throws ZonelinkError naming `segmentation` listing every node without a unit.
 * Options: see docs/options.md#segmentation.
 *
 * Reference: Krackhardt, D. & Stern, R. N. (1988), Social Psychology Quarterly 51(2);
 * Traag, Waltman & van Eck (2019) for Leiden; Hubert & Arabie (1985) for ARI; 《国家高新区引领区域协同发展的构想》
 * (docs/references.md) on administrative segmentation.
 *
 * @example
 * const s = segmentation(network, { by: 'province', seed: 1 });
 * s.crossingShare; s.communities?.nmi;
 */
export function segmentation(network: ZoneNetworkLike, options: SegmentationOptions = {}): SegmentationResult {
  const read = segmentationOptions.read(options);
  const caller = 'segmentation';
  const { by } = read;
  const contents = readNetwork(network, { caller, year: read.year, weight: read.weight });
  const units: Record<string, string> = {};
  const issues: ZonelinkIssue[] = [];
  for (const id of contents.nodes) {
    const u = unitOf(by, contents.records.get(id)!);
    if (u === undefined) issues.push({ code: 'unknown-unit', message: `${caller}: node ${id} has no ${by}`, id, field: by });
    else units[id] = u;
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: nodes without a ${by}`, issues);

  let linkageCount = 0;
  let crossingCount = 0;
  let totalWeight = 0;
  let crossingWeight = 0;
  const enclaveLinkages: EnclaveLinkage[] = [];
  for (const l of contents.linkages) {
    const a = units[l.source];
    const b = units[l.target];
    if (l.record.enclave === true || l.record.arrangement === 'enclave') {
      enclaveLinkages.push({ id: l.id, source: l.source, target: l.target, mode: l.mode, weight: l.weight, sourceUnit: a, targetUnit: b, crossing: a !== b });
    }
    if (l.source === l.target) continue;
    linkageCount++;
    totalWeight += l.weight;
    if (a !== b) {
      crossingCount++;
      crossingWeight += l.weight;
    }
  }

  const projection = projectContents(caller, contents, { selfLoops: false });
  let communities: SegmentationResult['communities'] = null;
  const byCount = eiIndex(projection, units, { weight: 'count' });
  const byWeight = eiIndex(projection, units, { weight: 'weight' });
  const nodesPerUnit = new Map<string, number>();
  for (const id of contents.nodes) nodesPerUnit.set(units[id], (nodesPerUnit.get(units[id]) ?? 0) + 1);
  const perUnit: UnitSegmentation[] = [...nodesPerUnit.keys()].sort().map((unit) => ({
    unit,
    nodes: nodesPerUnit.get(unit)!,
    internal: byCount.groups[unit].internal,
    external: byCount.groups[unit].external,
    internalWeight: byWeight.groups[unit].internal,
    externalWeight: byWeight.groups[unit].external,
    eiIndex: byCount.groups[unit].index,
    eiIndexWeighted: byWeight.groups[unit].index,
  }));
  if (projection.size > 0) {
    const run = leiden(projection, { seed: read.seed, resolution: read.resolution, weight: 'weight' });
    communities = {
      partition: run.partition,
      count: run.communities,
      modularity: run.modularity,
      seed: run.seed,
      nmi: nmi(run.partition, units),
      adjustedRandIndex: adjustedRandIndex(run.partition, units),
    };
  }
  return {
    by,
    year: read.year ?? null,
    units,
    linkageCount,
    crossingCount,
    crossingShare: linkageCount > 0 ? crossingCount / linkageCount : NaN,
    totalWeight,
    crossingWeight,
    crossingWeightShare: totalWeight > 0 ? crossingWeight / totalWeight : NaN,
    eiIndex: byCount.index,
    eiIndexWeighted: byWeight.index,
    perUnit,
    communities,
    enclaveLinkages,
  };
}
