import { addLinkage, emptyNetworkLike, type ZoneNetwork } from './zone-network.js';
import { checkGraph, checkOptions } from '../error/argument-checks.js';
import { invalidArgument } from '../error/zonelink-error.js';
import { linkageActiveIn, zonePresentIn, type UndatedPolicy } from './year-view.js';

/** Options of {@link snapshot}. */
export interface SnapshotOptions {
  /**
   * What to do with zones whose approval date is unknown: `'keep'` (default;
   * they are assumed to exist) or `'drop'`.
   */
  undatedZones?: UndatedPolicy;
  /** Same for linkages without a start year. Default `'keep'`. */
  undatedLinkages?: UndatedPolicy;
}

/**
 * The network as it stood in `year`: cities, zones approved in or before `year`,
 * and linkages active in `year` (startYear ≤ year ≤ endYear, open ends counting
 * as active) whose both ends are present. `net` is not modified. The rule is
 * {@link zonePresentIn} and {@link linkageActiveIn}, which every year-taking
 * measure shares.
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
    if (attributes.kind === 'zone' && !zonePresentIn(attributes.approved, year, undatedZones)) return;
    out.addNode(node, attributes);
  });
  net.forEachEdge((edge, attributes, source, target) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    if (!linkageActiveIn(attributes.startYear, attributes.endYear, year, undatedLinkages)) return;
    addLinkage(out, attributes, edge);
  });
  return out;
}
