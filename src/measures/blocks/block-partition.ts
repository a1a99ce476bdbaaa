import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';

/**
 * Validates a partition (node → block label) against the node list for `caller` and
 * returns each node's block index, blocks ordered by ascending label (internal).
 * Every node needs a finite numeric label; a label for a node not in the graph is an error.
 */
export function blockIndex(caller: string, nodes: readonly string[], partition: Readonly<Record<string, number>>): { labels: number[]; block: Int32Array } {
  if (partition === null || typeof partition !== 'object' || Array.isArray(partition)) {
    invalidArgument(caller, 'partition must be an object node id → block number', { field: 'partition' });
  }
  const issues: ZonelinkIssue[] = [];
  const known = new Set(nodes);
  for (const id of Object.keys(partition)) {
    if (!known.has(id)) issues.push({ code: 'unknown-node', message: `${caller}: partition names node ${id}, which is not in the graph`, id, field: 'partition' });
  }
  nodes.forEach((id, i) => {
    const v = partition[id];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      issues.push({ code: 'missing-value', message: `${caller}: node ${id} (position ${i}) has block ${String(v)}; expected a finite number`, id, index: i, field: 'partition', value: v });
    }
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid partition`, issues);
  const labels = [...new Set(nodes.map((id) => partition[id]))].sort((x, y) => x - y);
  const position = new Map(labels.map((label, k) => [label, k]));
  return { labels, block: Int32Array.from(nodes, (id) => position.get(partition[id])!) };
}
