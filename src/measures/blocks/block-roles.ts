import { invalidArgument } from '../../error/zonelink-error.js';
import type { GraphInput } from '../../network/compact-adjacency.js';
import { nodeMatrixFor } from '../dyadic/node-matrix-for.js';
import { blockIndex } from './block-partition.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';

/**
 * Positional role of a block (Burt 1976; Wasserman & Faust 1994, §10.6), with the names of
 * Chinese spatial-correlation-network studies (李敬 et al. 2014):
 * - `'bidirectional-spillover'` 双向溢出 (Burt's *isolate* position): internal ratio ≥ expected, receives little from outside;
 * - `'net-beneficiary'` 净受益 (*primary*): internal ratio ≥ expected, receives from outside;
 * - `'net-spillover'` 净溢出 (*sycophant*): internal ratio < expected, receives little from outside;
 * - `'broker'` 经纪人 (*broker*): internal ratio < expected, receives from outside.
 */
export type BlockRole = 'bidirectional-spillover' | 'net-beneficiary' | 'net-spillover' | 'broker';

/** Chinese name of each {@link BlockRole}. */
export const BLOCK_ROLE_NAMES_ZH: Readonly<Record<BlockRole, string>> = {
  'bidirectional-spillover': '双向溢出',
  'net-beneficiary': '净受益',
  'net-spillover': '净溢出',
  broker: '经纪人',
};

/** Burt's (1976) name of each {@link BlockRole}'s position. */
export const BLOCK_ROLE_BURT: Readonly<Record<BlockRole, 'isolate' | 'primary' | 'sycophant' | 'broker'>> = {
  'bidirectional-spillover': 'isolate',
  'net-beneficiary': 'primary',
  'net-spillover': 'sycophant',
  broker: 'broker',
};

/** The declared options of {@link blockRoles} (checks, defaults and docs/options.md come from here). */
export const blockRolesOptions = defineOptions('blockRoles', {
  /**
   * A block "receives from outside" when receivedOutside / (receivedOutside + sentOutside)
   * ≥ this share (default 0.5: it receives at least as many ties across its boundary as it sends).
   */
  receivedShareThreshold: numberOption({
    doc: 'A block receives from outside when receivedOutside / (receivedOutside + sentOutside) ≥ this share (0.5: at least as many ties received across its boundary as sent).',
    default: 0.5,
    above: 0,
    max: 1,
  }),
});

/** Options of {@link blockRoles}, declared in {@link blockRolesOptions}. */
export type BlockRolesOptions = OptionsOf<typeof blockRolesOptions>;

/** One block's positional analysis (see {@link blockRoles}). */
export interface BlockRoleRow {
  block: number;
  members: string[];
  /** g_k. */
  size: number;
  /** Ties among members (i ≠ j, both in the block). */
  sentInside: number;
  /** Ties from members to nodes of other blocks. */
  sentOutside: number;
  /** Ties from nodes of other blocks to members. */
  receivedOutside: number;
  /** (g_k − 1)/(g − 1). */
  expectedInternalRatio: number;
  /** sentInside / (sentInside + sentOutside); null when the block sends no tie. */
  actualInternalRatio: number | null;
  /** receivedOutside / (receivedOutside + sentOutside); null when the block has no external tie. */
  receivedShare: number | null;
  /** Role; null when the block has no tie at all (nothing to classify). */
  role: BlockRole | null;
  /** Chinese name of the role (双向溢出, 净受益, 净溢出, 经纪人). */
  roleZh: string | null;
  /** Burt's (1976) position name. */
  burtPosition: 'isolate' | 'primary' | 'sycophant' | 'broker' | null;
}

/**
 * Positional analysis of the blocks of a partition (Burt 1976, as laid out by Wasserman &
 * Faust 1994, §10.6): for each block k of g_k nodes in a network of g nodes, compare the share
 * of its members' ties that stay inside, sentInside/(sentInside + sentOutside), with the share
 * expected if ties were sent at random, (g_k − 1)/(g − 1); and ask whether it receives ties
 * from other blocks. The four combinations are the four positions:
 *
 *   |                          | receives little from outside | receives from outside |
 *   | internal ≥ expected      | 双向溢出 bidirectional spillover (isolate) | 净受益 net beneficiary (primary) |
 *   | internal < expected      | 净溢出 net spillover (sycophant)           | 经纪人 broker (broker)           |
 *
 * Burt's "receives ≈ 0 / > 0" is operationalised, as in the Chinese literature's "net" names,
 * by the share of the block's external ties that are received: receivedShare =
 * receivedOutside/(receivedOutside + sentOutside) ≥ `receivedShareThreshold` (default 0.5).
 * All counts are reported so that any other rule can be applied.
 *
 * Ties are counted (edge weights ignored; self-loops ignored); an undirected edge is a tie sent
 * and received by both ends.
 *
 * Edge cases: fewer than 2 nodes, and a partition that misses a node or names an unknown one,
 * are ZonelinkErrors naming `blockRoles`; a block that sends no tie has actualInternalRatio null
 * and is compared as 0 (so a one-node sink, expected 0, is a net beneficiary); a block with no
 * tie at all has role null.
 *
 * References: Burt, R. S. (1976). Positions in networks. Social Forces 55(1), 93–122.
 * Wasserman, S. & Faust, K. (1994). Social Network Analysis, §10.6. Cambridge University Press.
 * 李敬, 陈澍, 万广华, 付陈梅 (2014). 中国区域经济增长的空间关联及其解释——基于网络分析方法. 经济研究 2014(11), 4–16.
 *
 * @example
 * const g = new Graph({ type: 'directed' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'a'); g.mergeEdge('a', 'c'); g.mergeEdge('b', 'c');
 * blockRoles(g, { a: 0, b: 0, c: 1 }).map((r) => r.role); // ['bidirectional-spillover', 'net-beneficiary']
 */
export function blockRoles(graph: GraphInput, partition: Readonly<Record<string, number>>, options: BlockRolesOptions = {}): BlockRoleRow[] {
  const caller = 'blockRoles';
  const threshold = blockRolesOptions.read(options).receivedShareThreshold;
  const { nodes, values: a } = nodeMatrixFor(caller, graph, { weight: null });
  const g = nodes.length;
  if (g < 2) invalidArgument(caller, `the graph has ${g} nodes; positional analysis needs at least 2`, { code: 'too-few-nodes', value: g });
  const { labels, block } = blockIndex(caller, nodes, partition);
  const rows = labels.map((label) => ({ label, members: [] as string[], inside: 0, outside: 0, received: 0 }));
  for (let i = 0; i < g; i++) {
    rows[block[i]].members.push(nodes[i]);
    for (let j = 0; j < g; j++) {
      if (i === j || a[i][j] === 0) continue;
      if (block[i] === block[j]) rows[block[i]].inside++;
      else {
        rows[block[i]].outside++;
        rows[block[j]].received++;
      }
    }
  }
  return rows.map((r) => {
    const size = r.members.length;
    const expected = (size - 1) / (g - 1);
    const sent = r.inside + r.outside;
    const actual = sent > 0 ? r.inside / sent : null;
    const external = r.received + r.outside;
    const receivedShare = external > 0 ? r.received / external : null;
    let role: BlockRole | null = null;
    if (sent + r.received > 0) {
      const internalHigh = (actual ?? 0) >= expected;
      const receives = receivedShare !== null && receivedShare >= threshold;
      role = internalHigh ? (receives ? 'net-beneficiary' : 'bidirectional-spillover') : receives ? 'broker' : 'net-spillover';
    }
    return {
      block: r.label,
      members: r.members,
      size,
      sentInside: r.inside,
      sentOutside: r.outside,
      receivedOutside: r.received,
      expectedInternalRatio: expected,
      actualInternalRatio: actual,
      receivedShare,
      role,
      roleZh: role === null ? null : BLOCK_ROLE_NAMES_ZH[role],
      burtPosition: role === null ? null : BLOCK_ROLE_BURT[role],
    };
  });
}
