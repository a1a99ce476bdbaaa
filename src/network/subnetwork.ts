import { addLinkage, emptyNetworkLike, type ZoneNetwork, type ZoneNodeAttributes } from './zone-network.js';
import { checkFunction, checkZoneNetwork } from '../error/argument-checks.js';

/**
 * The subnetwork induced by the nodes for which `predicate` is true (a region, a
 * province, one category …): those nodes and every linkage between two of them.
 * `net` is not modified.
 *
 * @example
 * const guangdong = subnetwork(net, (id, node) => node.province === 'guangdong');
 */
export function subnetwork(
  net: ZoneNetwork,
  predicate: (id: string, attributes: ZoneNodeAttributes) => boolean,
  label = 'subnetwork',
): ZoneNetwork {
  checkZoneNetwork('subnetwork', net);
  checkFunction('subnetwork', predicate, 'predicate');
  const out = emptyNetworkLike(net, label);
  net.forEachNode((node, attributes) => {
    if (predicate(node, attributes)) out.addNode(node, attributes);
  });
  net.forEachEdge((edge, attributes, source, target) => {
    if (out.hasNode(source) && out.hasNode(target)) addLinkage(out, attributes, edge);
  });
  return out;
}
