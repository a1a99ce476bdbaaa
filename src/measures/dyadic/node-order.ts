import { invalidArgument } from '../../error/zonelink-error.js';
import { customOption } from '../../options/option-spec.js';

/** The declaration of the `nodes` option (row/column order) of the node-matrix builders. */
export const nodesOrderOption = customOption<readonly string[]>({
  type: 'an array of node ids',
  doc: 'Row/column order of the matrix: every id must be a node of the input, each once.',
  defaultText: "the input's own node order",
  check: (v) => (Array.isArray(v) ? undefined : 'an array of node ids'),
});

/**
 * The node order of a node-keyed record (internal): `nodes` when given (every
 * id must be a key of the record, no duplicates), otherwise the record's own key
 * order. Rejects an empty or non-object record with a ZonelinkError naming `caller`.
 */
export function nodeOrder(caller: string, record: unknown, nodes: readonly string[] | undefined, field: string): string[] {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    invalidArgument(caller, `${field} must be an object keyed by node id, got ${Array.isArray(record) ? 'an array' : String(record)}`, { field });
  }
  const keys = Object.keys(record as object);
  const order = nodes === undefined ? keys : [...nodes];
  if (nodes !== undefined) {
    if (!Array.isArray(nodes)) invalidArgument(caller, 'nodes must be an array of node ids', { field: 'nodes' });
    const seen = new Set<string>();
    order.forEach((id, i) => {
      if (seen.has(id)) invalidArgument(caller, `node ${id} appears twice in nodes (position ${i})`, { code: 'duplicate-node', id, index: i, field: 'nodes' });
      seen.add(id);
      if (!Object.prototype.hasOwnProperty.call(record, id)) {
        invalidArgument(caller, `node ${id} (position ${i} of nodes) has no entry in ${field}`, { code: 'unknown-node', id, index: i, field });
      }
    });
  }
  if (order.length === 0) invalidArgument(caller, `${field} has no nodes`, { code: 'empty', field });
  return order;
}
