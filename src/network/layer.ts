import type { LinkageMode } from '../schema/taxonomy.js';
import { addLinkage, emptyNetworkLike, type ZoneNetwork } from './zone-network.js';
import { checkZoneNetwork } from '../error/argument-checks.js';

/**
 * The layer of one linkage mode: every node of `net`, and only the linkages of
 * `mode` (资源要素联动 resource-factor, 产业链联动 industrial-chain, 跨区域联动
 * cross-regional). Nodes are kept even when isolated in the layer, so that
 * layers of one network share a node set (multiplex measures rely on it).
 * `net` is not modified.
 *
 * @example
 * const chain = layer(net, 'industrial-chain');
 */
export function layer(net: ZoneNetwork, mode: LinkageMode): ZoneNetwork {
  checkZoneNetwork('layer', net);
  const out = emptyNetworkLike(net, `layer:${mode}`);
  net.forEachNode((node, attributes) => out.addNode(node, attributes));
  net.forEachEdge((edge, attributes) => {
    if (attributes.mode === mode) addLinkage(out, attributes, edge);
  });
  return out;
}
