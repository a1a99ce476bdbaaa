import { yearOf } from '../schema/fields.js';
import { addLinkage, emptyNetworkLike, type ZoneNetwork } from './zone-network.js';
import { checkGraph, checkOptions } from '../error/argument-checks.js';
import { invalidArgument } from '../error/zonelink-error.js';

/** Options of {@link snapshot}. */
export interface SnapshotOptions {
  /**
   * What to do with zones whose approval date is unknown: `'keep'` (default;
   * they are assumed to exist) or `'drop'`.
   */
  undatedZones?: 'keep' | 'drop';
  /** Same for linkages without a start year. Default `'keep'`. */
  undatedLinkages?: 'keep' | 'drop';
}

/**
 * The network as it stood in `year`: cities, zones approved in or before `year`,
 * and linkages active in `year` (startYear ≤ year ≤ endYear, open ends counting
 * as active) whose both ends are present. `net` is not modified.
 *
 * @example
 * const in2019 = snapshot(net, 2019);
 */
export function snapshot(net: ZoneNetwork, year: number, options: SnapshotOptions = {}): ZoneNetwork {
  checkGraph('snapshot', net, 'network');
  checkOptions('snapshot', options);
  if (typeof year !== 'number' || !Number.isInteger(year)) invalidArgument('snapshot', `year must be an integer, got ${typeof year === 'symbol' ? 'a symbol' : String(year)}`, { field: 'year' });
  const undatedZones = options.undatedZones ?? 'keep';
  const undatedLinkages = options.undatedLinkages ?? 'keep';
  const out = emptyNetworkLike(net, `snapshot:${year}`);
  net.forEachNode((node, attributes) => {
    if (attributes.kind === 'zone') {
      if (attributes.approved === undefined) {
        if (undatedZones === 'drop') return;
      } else if (yearOf(attributes.approved) > year) return;
    }
    out.addNode(node, attributes);
  });
  net.forEachEdge((edge, attributes, source, target) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    if (attributes.startYear === undefined) {
      if (undatedLinkages === 'drop') return;
    } else if (attributes.startYear > year) return;
    if (attributes.endYear !== undefined && attributes.endYear < year) return;
    addLinkage(out, attributes, edge);
  });
  return out;
}
