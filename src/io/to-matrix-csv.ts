import type { AbstractGraph } from 'graphology-types';
import { graphEdges, tieMatrix, type ExchangeWriteOptions, exchangeWriteOptionSpecs } from './graph-edges.js';
import { csvCell } from './write-csv-dataset.js';
import { defineOptions } from '../options/define-options.js';

/** The declared options of {@link toMatrixCsv} (checks, defaults and docs/options.md come from here). */
export const toMatrixCsvOptions = defineOptions('toMatrixCsv', { ...exchangeWriteOptionSpecs });

/**
 * The graph's adjacency (tie-value) matrix as CSV (RFC 4180) for R, Stata and
 * Excel: a header row of an empty corner cell and the node keys, then one row
 * per node — its key, then its n values. A directed edge sets cell (source,
 * target), an undirected edge both cells, parallel edges add up, absent ties
 * are 0. Values are written in full (shortest round-trip) precision. R reads
 * it with `as.matrix(read.csv(file, row.names = 1, check.names = FALSE))`,
 * Stata with `import delimited`.
 *
 * @example
 * toMatrixCsv(graph); // ',a,b\r\na,0,1\r\nb,1,0\r\n' for one undirected a–b edge
 */
export function toMatrixCsv(graph: AbstractGraph, options: ExchangeWriteOptions = {}): string {
  const { nodes, edges } = graphEdges('toMatrixCsv', graph, toMatrixCsvOptions.read(options));
  const n = nodes.length;
  const m = tieMatrix(nodes, edges);
  const lines = [['', ...nodes].map((cell) => csvCell(cell)).join(',')];
  nodes.forEach((node, i) => lines.push([csvCell(node), ...Array.from(m.subarray(i * n, (i + 1) * n), String)].join(',')));
  return lines.join('\r\n') + '\r\n';
}
