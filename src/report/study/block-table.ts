import type { AbstractGraph as Graph } from 'graphology-types';
import { blockModel } from '../../measures/blocks/block-model.js';
import { blockRoles } from '../../measures/blocks/block-roles.js';
import { concor } from '../../measures/blocks/concor.js';
import { ZonelinkError } from '../../error/zonelink-error.js';
import type { Blocks, Missing } from './study-schema.js';

/**
 * CONCOR blocks (Breiger, Boorman & Arabie 1975; two splits, up to four blocks, ties
 * 0/1) of a directed graph, their block densities and their positional roles (Burt
 * 1976; Wasserman & Faust 1994 §10.6; the four names of 李敬 et al. 2014, 经济研究).
 * CONCOR needs at least 3 nodes and no node whose tie profile is constant; such a
 * graph gives `{ missing }` with the reason.
 */
export function blockTable(graph: Graph): Blocks | Missing {
  if (graph.order < 3) return { missing: `CONCOR needs at least 3 nodes; the network has ${graph.order}` };
  let partition: Record<string, number>;
  try {
    partition = concor(graph, { splits: 2, weight: null }).partition;
  } catch (error) {
    if (error instanceof ZonelinkError) return { missing: `CONCOR could not split this network: ${error.message}` };
    throw error;
  }
  const model = blockModel(graph, partition, { weight: null });
  const roles = blockRoles(graph, partition);
  return {
    method: 'CONCOR, two splits, 0/1 ties, profiles of sent and received ties (Breiger, Boorman & Arabie 1975); roles by the internal-tie ratio against (g_k − 1)/(g − 1) and the share of external ties received ≥ 0.5 (Wasserman & Faust 1994 §10.6; 李敬 et al. 2014, 经济研究)',
    blocks: roles.map((r) => ({
      block: r.block,
      size: r.size,
      members: r.members,
      sentInside: r.sentInside,
      sentOutside: r.sentOutside,
      receivedOutside: r.receivedOutside,
      expectedInternalRatio: r.expectedInternalRatio,
      actualInternalRatio: r.actualInternalRatio,
      receivedShare: r.receivedShare,
      role: r.role,
      roleZh: r.roleZh,
    })),
    density: model.densities,
  };
}
