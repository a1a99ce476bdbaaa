import type { AbstractGraph as Graph } from 'graphology-types';
import type { Dataset } from '../../schema/dataset.js';

/**
 * The unordered city pairs of the dataset's accessibility table joined by an open rail
 * line: mode high-speed-rail or rail, not `planned` (consecutive key stops of one line,
 * so a pair may skip intermediate cities). Keys are `a|b` with a < b.
 */
export function railPairs(dataset: Dataset): Set<string> {
  const pairs = new Set<string>();
  for (const a of dataset.accessibility ?? []) {
    if ((a.mode === 'high-speed-rail' || a.mode === 'rail') && !a.planned && a.origin !== a.destination) {
      pairs.add(a.origin < a.destination ? `${a.origin}|${a.destination}` : `${a.destination}|${a.origin}`);
    }
  }
  return pairs;
}

/** The graph's ties whose two ends form a rail pair (a copy; every node kept). */
export function keepRailTies(graph: Graph, pairs: ReadonlySet<string>): Graph {
  const out = graph.copy();
  const drop: string[] = [];
  out.forEachEdge((edge, _a, s, t) => {
    if (!pairs.has(s < t ? `${s}|${t}` : `${t}|${s}`)) drop.push(edge);
  });
  for (const e of drop) out.dropEdge(e);
  return out;
}
