import type { AbstractGraph } from 'graphology-types';
import { invalidArgument, ZonelinkError } from '../../error/zonelink-error.js';
import { listedIds } from './listed-ids.js';
import { indicatorValue, type IndicatorSource } from './node-indicator.js';
import { isUnitOfKind, nodeKindOf, type UnitKind } from './node-kind.js';

/** The candidate units and how they were chosen (`'record'`: a record's keys). */
export interface CandidateUnits {
  nodes: UnitKind | 'record';
  ids: string[];
}

/**
 * The nodes that are candidate units: a record's keys (every one a node) unless
 * `kind` is given; else the nodes of `kind`; else, for an indicator name, the kind
 * of node that carries it in the year (an error when both zones and cities do, or
 * neither); else every node.
 */
export function candidateUnits(caller: string, network: AbstractGraph, source: IndicatorSource, kind: UnitKind | undefined, year: string | null): CandidateUnits {
  if (source.record !== null && kind === undefined) {
    const ids = Object.keys(source.record);
    const unknown = ids.filter((id) => !network.hasNode(id));
    if (unknown.length > 0) {
      throw new ZonelinkError(
        'invalid-argument',
        `${caller}: indicator record names node(s) not in the network: ${listedIds(unknown)}`,
        unknown.map((id) => ({ code: 'unknown-node', message: `${caller}: node ${id} is not in the network`, field: 'indicator', id })),
      );
    }
    return { nodes: 'record', ids };
  }
  const chosen = kind ?? (source.name !== null ? kindCarrying(caller, network, source.name, year as string) : 'all');
  const ids: string[] = [];
  network.forEachNode((id, a) => {
    if (isUnitOfKind(a, chosen)) ids.push(id);
  });
  return { nodes: chosen, ids };
}

/** The one kind of node (zones or cities) that carries the indicator in the year. */
function kindCarrying(caller: string, network: AbstractGraph, name: string, year: string): UnitKind {
  let zones = false;
  let cities = false;
  network.forEachNode((_, a) => {
    if (indicatorValue(a, year, name) === undefined) return;
    const k = nodeKindOf(a);
    if (k === 'zone') zones = true;
    else if (k === 'city') cities = true;
  });
  if (zones && cities) invalidArgument(caller, `both zones and cities carry indicator '${name}' in ${year}: pass nodes: 'zones', 'cities' or 'all'`, { field: 'nodes' });
  if (!zones && !cities) invalidArgument(caller, `no zone or city carries indicator '${name}' in ${year}`, { field: 'indicator', value: name });
  return zones ? 'zones' : 'cities';
}
