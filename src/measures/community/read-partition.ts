import type { CompactAdjacency } from '../../network/compact-adjacency.js';
import { ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';

/** A partition of a graph's nodes: node key → community label. */
export type Partition = Record<string, string | number>;

/** A partition read against a compact adjacency: dense community indices. */
export interface IndexedPartition {
  /** Community index (0 … count − 1) of each node, in CSR node order. */
  readonly community: Int32Array;
  /** Number of distinct communities. */
  readonly count: number;
  /** The original label of each community index. */
  readonly labels: (string | number)[];
}

/**
 * Checks that `partition` labels every node of the graph (and nothing else)
 * with a string or a finite number, and maps the labels to dense indices in
 * order of first appearance. Reports every problem in one pass.
 *
 * Labels are compared by value and type, so `1` and `'1'` are different
 * communities.
 */
export function readPartition(csr: CompactAdjacency, partition: Partition, caller: string): IndexedPartition {
  if (partition === null || typeof partition !== 'object') {
    throw new ZonelinkError('invalid-argument', `${caller}: partition must be an object mapping node → community label`, [
      { code: 'invalid-partition', message: `${caller}: partition must be an object` },
    ]);
  }
  const n = csr.nodes.length;
  const community = new Int32Array(n);
  const labelIndex = new Map<string | number, number>();
  const labels: (string | number)[] = [];
  const issues: ZonelinkIssue[] = [];
  for (let i = 0; i < n; i++) {
    const node = csr.nodes[i];
    const label = Object.prototype.hasOwnProperty.call(partition, node) ? partition[node] : undefined;
    if (label === undefined) {
      issues.push({ code: 'missing-label', message: `${caller}: node ${node} has no community label`, id: node });
      continue;
    }
    if (!(typeof label === 'string' || (typeof label === 'number' && Number.isFinite(label)))) {
      issues.push({
        code: 'invalid-label',
        message: `${caller}: node ${node} has community label ${String(label)}; expected a string or a finite number`,
        id: node,
        value: label,
        expected: 'string or finite number',
      });
      continue;
    }
    let c = labelIndex.get(label);
    if (c === undefined) {
      c = labels.length;
      labelIndex.set(label, c);
      labels.push(label);
    }
    community[i] = c;
  }
  for (const key of Object.keys(partition)) {
    if (!csr.index.has(key)) {
      issues.push({ code: 'unknown-node', message: `${caller}: partition labels node ${key}, which is not in the graph`, id: key });
    }
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid partition`, issues);
  return { community, count: labels.length, labels };
}
