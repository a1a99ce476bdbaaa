import type { AbstractGraph } from 'graphology-types';
import { invalidArgument } from '../error/zonelink-error.js';
import { exchangeWriteOptionSpecs, graphEdges, tieMatrix } from './graph-edges.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { choiceOption } from '../options/option-spec.js';

/** The declared options of {@link toUcinetDl} (checks, defaults and docs/options.md come from here). */
export const toUcinetDlOptions = defineOptions('toUcinetDl', {
  ...exchangeWriteOptionSpecs,
  /** `'fullmatrix'` (default): the n × n tie-value matrix; `'edgelist1'`: one `from to value` line per non-zero cell. */
  format: choiceOption(['fullmatrix', 'edgelist1'] as const, {
    doc: "'fullmatrix' = the n × n tie-value matrix; 'edgelist1' = one `from to value` line per non-zero cell.",
    default: 'fullmatrix',
  }),
});

/** Options of {@link toUcinetDl}, declared in {@link toUcinetDlOptions}. */
export type UcinetDlOptions = OptionsOf<typeof toUcinetDlOptions>;

/**
 * The graph as a UCINET DL file (Borgatti, Everett & Freeman 2002, UCINET for
 * Windows: Software for Social Network Analysis, Analytic Technologies; DL
 * format in its help): a header `dl n=… format=…`, the node keys under
 * `labels:` (one per line), and `data:`.
 *
 * DL holds a tie-value matrix, so a directed edge sets cell (source, target),
 * an undirected edge both (source, target) and (target, source), and parallel
 * edges add up. `fullmatrix` writes all n rows of n values; `edgelist1`
 * writes `i j value` (1-based node numbers) for each non-zero cell, row by row
 * (an undirected tie appears in both directions). Node keys holding a comma,
 * a quote or a line break are an error (DL separates labels by commas and
 * line breaks); a key holding a space is quoted. Lines end with CRLF, as UCINET writes them.
 *
 * @example
 * toUcinetDl(graph); // 'dl n=2 format=fullmatrix\r\nlabels:\r\na\r\nb\r\ndata:\r\n0 1\r\n1 0\r\n' for one undirected a–b edge
 */
export function toUcinetDl(graph: AbstractGraph, options: UcinetDlOptions = {}): string {
  const read = toUcinetDlOptions.read(options);
  const { format } = read;
  const { nodes, edges } = graphEdges('toUcinetDl', graph, read);
  for (const node of nodes) if (/[,"'\r\n]/.test(node) || node !== node.trim()) invalidArgument('toUcinetDl', `node ${JSON.stringify(node)} holds a comma, a quote, a line break or outer spaces, which a DL label cannot hold`, { id: node });
  const n = nodes.length;
  const m = tieMatrix(nodes, edges);
  const lines = [`dl n=${n} format=${format}`, 'labels:', ...nodes.map((l) => (/\s/.test(l) ? `"${l}"` : l)), 'data:'];
  for (let i = 0; i < n; i++) {
    if (format === 'fullmatrix') lines.push(Array.from(m.subarray(i * n, (i + 1) * n), String).join(' '));
    else for (let j = 0; j < n; j++) if (m[i * n + j] !== 0) lines.push(`${i + 1} ${j + 1} ${m[i * n + j]}`);
  }
  return lines.join('\r\n') + '\r\n';
}
