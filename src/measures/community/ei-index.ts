import type { AbstractGraph as Graph } from 'graphology-types';
import { compactAdjacency } from '../../network/compact-adjacency.js';
import { readPartition, type Partition } from './read-partition.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

/** The declared options of {@link eiIndex} (checks, defaults and docs/options.md come from here): the shared weight with default null (ties counted, as Krackhardt & Stern). */
export const eiIndexOptions = defineOptions('eiIndex', {
  weight: { ...edgeWeightOption('a tie strength summed in E and I; default null: ties are counted'), default: null },
});

/** Options of {@link eiIndex}, declared in {@link eiIndexOptions} (see docs/options.md#eiindex). */
export type EiIndexOptions = OptionsOf<typeof eiIndexOptions>;

/** E–I index of one group. */
export interface GroupEiIndex {
  /** (E − I)/(E + I); NaN when the group has no ties. */
  index: number;
  /** Count or weight of ties with exactly one end in the group. */
  external: number;
  /** Count or weight of ties with both ends in the group. */
  internal: number;
}

/** Result of {@link eiIndex}. */
export interface EiIndexResult extends GroupEiIndex {
  /** Per group, keyed by `String(label)` (labels `1` and `'1'` would share a key: avoid mixing them). */
  groups: Record<string, GroupEiIndex>;
}

/**
 * Krackhardt–Stern E–I index of a partition (provinces, regions,
 * communities): EI = (E − I)/(E + I), where E counts (or weighs) the ties
 * between groups and I the ties within groups. −1: all ties internal
 * (homophily, closure); +1: all ties external. Per group g, E_g counts ties with
 * one end in g and I_g ties with both ends in g.
 *
 * Ties are counted once whatever their direction. Self-loops are not ties
 * between actors and are ignored. A graph or group without ties → NaN.
 * By default ties are counted (`weight: null`); pass an attribute name or
 * function to weigh them (weights are strengths).
 *
 * Reference: Krackhardt, D. & Stern, R. N. (1988), Informal networks and
 * organizational crises: an experimental simulation, Social Psychology
 * Quarterly 51(2), 123–140.
 *
 * @throws ZonelinkError for an invalid partition or invalid weights.
 * @example
 * eiIndex(graph, provinceOf).index; // −0.4: linkages mostly stay within provinces
 */
export function eiIndex(graph: Graph, partition: Partition, options: EiIndexOptions = {}): EiIndexResult {
  const { weight } = eiIndexOptions.read(options);
  const csr = compactAdjacency(graph, { weight, caller: 'eiIndex' });
  const { community, count, labels } = readPartition(csr, partition, 'eiIndex');
  const external = new Float64Array(count);
  const internal = new Float64Array(count);
  let totalExternal = 0;
  let totalInternal = 0;
  const n = csr.nodes.length;
  for (let i = 0; i < n; i++) {
    for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
      const j = csr.outTargets[p];
      if (j === i) continue;
      if (!csr.directed && j < i) continue; // an undirected tie appears in both rows
      const w = csr.outWeights[p];
      const ci = community[i];
      const cj = community[j];
      if (ci === cj) {
        internal[ci] += w;
        totalInternal += w;
      } else {
        external[ci] += w;
        external[cj] += w;
        totalExternal += w;
      }
    }
  }
  const ratio = (e: number, inside: number) => (e + inside > 0 ? (e - inside) / (e + inside) : Number.NaN);
  const groups: Record<string, GroupEiIndex> = {};
  for (let c = 0; c < count; c++) {
    groups[String(labels[c])] = { index: ratio(external[c], internal[c]), external: external[c], internal: internal[c] };
  }
  return { index: ratio(totalExternal, totalInternal), external: totalExternal, internal: totalInternal, groups };
}
