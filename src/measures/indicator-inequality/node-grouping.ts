import type { Attributes } from 'graphology-types';
import { invalidArgument } from '../../error/zonelink-error.js';
import { provinceOfRecord, regionOfRecord } from '../../schema/administrative-unit.js';
import type { GroupLabel } from '../inequality/group-units.js';
import { isRecordObject } from './node-indicator.js';

/**
 * How to group nodes: `'region'` (macro-region: a city's `region`, else its province's;
 * a zone's via its province), `'province'` (the `province` field, else the province of
 * the administrative code: a city's id, a zone's first host city), `'category'` (zones),
 * any other node attribute name, a partition `Record<node, label>`, or a community
 * result `{ partition }` (`leiden(graph)`).
 */
export type NodeGrouping = string | Record<string, GroupLabel> | { partition: Record<string, GroupLabel> };

/** A grouping's name in the result and the label it gives a node (unchecked; internal). */
export interface GroupLabeler {
  name: string;
  labelOf: (id: string, attributes: Attributes) => unknown;
}

/** Reads a {@link NodeGrouping}; a community result (`{ partition, modularity }`) gives its partition. */
export function groupLabeler(caller: string, groupBy: unknown): GroupLabeler {
  if (typeof groupBy === 'string') {
    if (groupBy === '') invalidArgument(caller, 'groupBy is empty', { field: 'groupBy' });
    if (groupBy === 'region') return { name: groupBy, labelOf: (_, a) => regionOfRecord(a) };
    if (groupBy === 'province') return { name: groupBy, labelOf: (_, a) => provinceOfRecord(a) };
    return { name: groupBy, labelOf: (_, a) => a[groupBy] };
  }
  if (isRecordObject(groupBy)) {
    const inner = (groupBy as { partition?: unknown }).partition;
    const partition = (isRecordObject(inner) && 'modularity' in groupBy ? inner : groupBy) as Record<string, unknown>;
    return { name: 'partition', labelOf: (id) => (Object.prototype.hasOwnProperty.call(partition, id) ? partition[id] : undefined) };
  }
  return invalidArgument(caller, 'groupBy must be an attribute name, a partition record or a community result', { field: 'groupBy' });
}
