import { invalidArgument } from '../../error/zonelink-error.js';
import type { CompactAdjacency } from '../../network/compact-adjacency.js';

/** What decides the hub of a group (internal). */
export interface HubChoice {
  /** A forced hub (a declared arrangement). */
  hub?: string;
  /** Provincial capitals: the first tie-break. */
  capitals: ReadonlySet<string>;
  /** A mass per node: the second tie-break. */
  mass?: Record<string, number>;
}

/**
 * Position in `members` (sorted by id) of the group's hub: the forced hub, else the
 * member of largest within-group strength, ties broken by provincial capital, then
 * by mass, then by the smaller id.
 */
export function chooseHub(caller: string, csr: CompactAdjacency, members: readonly number[], within: Float64Array, choice: HubChoice): number {
  if (choice.hub !== undefined) {
    const h = csr.index.get(choice.hub);
    const k = h === undefined ? -1 : members.indexOf(h);
    if (k === -1) invalidArgument(caller, `hub ${String(choice.hub)} is not a member of the group`, { code: 'unknown-hub', id: String(choice.hub), field: 'hub' });
    return k;
  }
  const { capitals, mass } = choice;
  let hubK = 0;
  for (let k = 1; k < members.length; k++) {
    const a = csr.nodes[members[k]];
    const b = csr.nodes[members[hubK]];
    if (within[k] !== within[hubK]) {
      if (within[k] > within[hubK]) hubK = k;
      continue;
    }
    const ca = capitals.has(a);
    const cb = capitals.has(b);
    if (ca !== cb) {
      if (ca) hubK = k;
      continue;
    }
    if (mass && mass[a] !== mass[b] && mass[a] > mass[b]) hubK = k;
    // equal: members are sorted by id, so the earlier (smaller id) stays
  }
  return hubK;
}
