import { invalidArgument } from '../../error/zonelink-error.js';
import type { NodeOrderOptions } from './difference-matrix.js';
import type { NodeMatrix } from './node-matrix-type.js';
import { nodeOrder, nodesOrderOption } from './node-order.js';
import { defineOptions } from '../../options/define-options.js';

/** The declared options of {@link sameGroupMatrix} (checks, defaults and docs/options.md come from here). */
export const sameGroupMatrixOptions = defineOptions('sameGroupMatrix', { nodes: nodesOrderOption });

/**
 * The same-group indicator matrix: s_ij = 1 when nodes i and j belong to the same
 * group (province, say), else 0; the diagonal is 1. Groups are compared with `===`,
 * so `'44'` and `44` are different groups.
 *
 * Edge cases: a missing group (null, undefined, empty string, NaN) is a ZonelinkError naming the node.
 *
 * @example
 * sameGroupMatrix({ gz: '广东', sz: '广东', cd: '四川' });
 * // { nodes: ['gz', 'sz', 'cd'], values: [[1, 1, 0], [1, 1, 0], [0, 0, 1]] }
 */
export function sameGroupMatrix(groups: Readonly<Record<string, string | number>>, options: NodeOrderOptions = {}): NodeMatrix {
  const nodes = nodeOrder('sameGroupMatrix', groups, sameGroupMatrixOptions.read(options).nodes, 'groups');
  const g = nodes.map((id, i) => {
    const v = groups[id];
    const ok = (typeof v === 'string' && v !== '') || (typeof v === 'number' && Number.isFinite(v));
    if (!ok) invalidArgument('sameGroupMatrix', `node ${id} (position ${i}) has group ${String(v)}; expected a non-empty string or a finite number`, { code: 'missing-value', id, index: i, value: v, field: 'groups' });
    return v;
  });
  return { nodes, values: g.map((a) => g.map((b) => (a === b ? 1 : 0))) };
}
