import type { Attributes } from 'graphology-types';

/** Which nodes are candidate units of {@link indicatorInequality}. */
export type UnitKind = 'zones' | 'cities' | 'all';

/** 'zone', 'city', or null for any other node. */
export function nodeKindOf(attributes: Attributes): 'zone' | 'city' | null {
  return attributes.kind === 'zone' ? 'zone' : attributes.kind === 'city' ? 'city' : null;
}

/** Whether a node is of the unit kind. */
export function isUnitOfKind(attributes: Attributes, kind: UnitKind): boolean {
  if (kind === 'all') return true;
  return nodeKindOf(attributes) === (kind === 'zones' ? 'zone' : 'city');
}
