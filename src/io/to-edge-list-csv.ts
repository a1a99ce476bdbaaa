import type { AbstractGraph } from 'graphology-types';
import { graphEdges, type ExchangeWriteOptions, exchangeWriteOptionSpecs } from './graph-edges.js';
import { csvCell } from './write-csv-dataset.js';
import { defineOptions } from '../options/define-options.js';

/** The declared options of {@link toEdgeListCsv} (checks, defaults and docs/options.md come from here). */
export const toEdgeListCsvOptions = defineOptions('toEdgeListCsv', { ...exchangeWriteOptionSpecs });

/**
 * The graph as an edge-list CSV (RFC 4180) for R, Stata and Excel: a header
 * `source,target,weight,directed`, then one row per edge in graph order (a
 * parallel edge is its own row) with its node keys, its weight (the
 * `weight` attribute, default 1) and `true`/`false` for its direction — so a
 * mixed graph keeps each edge's direction. R reads it with `read.csv` and
 * `network(el[, 1:2], matrix.type = "edgelist")`, Stata with
 * `import delimited`.
 *
 * @example
 * toEdgeListCsv(graph); // 'source,target,weight,directed\r\na,b,1,false\r\n' for one undirected a–b edge
 */
export function toEdgeListCsv(graph: AbstractGraph, options: ExchangeWriteOptions = {}): string {
  const { nodes, edges } = graphEdges('toEdgeListCsv', graph, toEdgeListCsvOptions.read(options));
  const lines = ['source,target,weight,directed'];
  for (const e of edges) lines.push([csvCell(nodes[e.source]), csvCell(nodes[e.target]), String(e.weight), String(e.directed)].join(','));
  return lines.join('\r\n') + '\r\n';
}
