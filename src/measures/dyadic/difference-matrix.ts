import { invalidArgument } from '../../error/zonelink-error.js';
import type { NodeMatrix } from './node-matrix-type.js';
import { nodeOrder, nodesOrderOption } from './node-order.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';

/** The declared options of {@link differenceMatrix} (checks, defaults and docs/options.md come from here). */
export const differenceMatrixOptions = defineOptions('differenceMatrix', { nodes: nodesOrderOption });

/** Options of {@link differenceMatrix}, {@link sameGroupMatrix} and {@link greatCircleDistanceMatrix}: the row/column order `nodes` (default: the record's key order). */
export type NodeOrderOptions = OptionsOf<typeof differenceMatrixOptions>;

/**
 * The absolute-difference matrix of a node attribute, d_ij = |x_i − x_j| (diagonal 0):
 * the usual dyadic covariate "gap in GDP per capita" or "gap in population" of a QAP
 * or MRQAP regression (Krackhardt 1987, Social Networks 9, 171–186).
 *
 * Edge cases: a missing (null, undefined) or non-finite value is a ZonelinkError naming
 * the node; one node gives a 1 × 1 matrix [[0]].
 *
 * @example
 * differenceMatrix({ a: 1, b: 4, c: 6 });
 * // { nodes: ['a', 'b', 'c'], values: [[0, 3, 5], [3, 0, 2], [5, 2, 0]] }
 */
export function differenceMatrix(values: Readonly<Record<string, number>>, options: NodeOrderOptions = {}): NodeMatrix {
  const nodes = nodeOrder('differenceMatrix', values, differenceMatrixOptions.read(options).nodes, 'values');
  const x = nodes.map((id, i) => {
    const v = values[id];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      invalidArgument('differenceMatrix', `node ${id} (position ${i}) has value ${String(v)}; expected a finite number`, { code: 'missing-value', id, index: i, value: v, field: 'values' });
    }
    return v;
  });
  return { nodes, values: x.map((a) => x.map((b) => Math.abs(a - b))) };
}
