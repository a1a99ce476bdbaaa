import { choiceOption } from '../../options/option-spec.js';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';
import type { NodeMatrix } from './node-matrix-type.js';

/**
 * Which cells of a node matrix enter a dyadic statistic: `'directed'` every
 * off-diagonal cell (i ≠ j, n(n − 1) cells; R `sna` `mode = "digraph"`, its default),
 * `'undirected'` each unordered pair once, read from the lower triangle i > j
 * (n(n − 1)/2 cells; `sna` `mode = "graph"`). The diagonal never enters.
 */
export type DyadicMode = 'directed' | 'undirected';

/** The declaration of the `mode` option of the QAP family (qapCorrelation, mrqap, mrqapLogit). */
export const dyadicModeOption = choiceOption(['directed', 'undirected'] as const, {
  doc: "Cells analysed: 'directed' = every off-diagonal cell (as sna's gcor and netlm with mode = \"digraph\"), 'undirected' = the cells above the diagonal.",
  default: 'directed',
});

/** A validated node matrix flattened row-major (internal). */
export interface FlatMatrix {
  n: number;
  nodes: readonly string[];
  /** n × n row-major values; the diagonal is read but never used. */
  flat: Float64Array;
}

/**
 * Validates a node matrix for `caller` (square, finite off-diagonal values, ≥ 3 nodes,
 * unique node ids) and flattens it (internal). Every bad cell is listed in one error.
 */
export function flatMatrix(caller: string, m: NodeMatrix, field: string): FlatMatrix {
  if (m === null || typeof m !== 'object' || !Array.isArray(m.nodes) || !Array.isArray(m.values)) {
    invalidArgument(caller, `${field} must be a node matrix { nodes, values }`, { field });
  }
  const n = m.nodes.length;
  if (n < 3) invalidArgument(caller, `${field} has ${n} nodes; a dyadic statistic needs at least 3`, { code: 'too-few-nodes', field, value: n });
  if (new Set(m.nodes).size !== n) invalidArgument(caller, `${field}.nodes lists a node twice`, { code: 'duplicate-node', field });
  if (m.values.length !== n) invalidArgument(caller, `${field} has ${m.values.length} rows for ${n} nodes`, { code: 'length-mismatch', field });
  const flat = new Float64Array(n * n);
  const issues: ZonelinkIssue[] = [];
  for (let i = 0; i < n; i++) {
    const row = m.values[i];
    if (!Array.isArray(row) || row.length !== n) {
      invalidArgument(caller, `${field} row ${i} (node ${m.nodes[i]}) has ${Array.isArray(row) ? row.length : 'no'} entries for ${n} nodes`, { code: 'length-mismatch', field, index: i });
    }
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (i !== j && (typeof v !== 'number' || !Number.isFinite(v))) {
        if (issues.length < 20) {
          issues.push({ code: 'missing-value', message: `${caller}: ${field}[${m.nodes[i]}][${m.nodes[j]}] (row ${i}, column ${j}) is ${String(v)}; expected a finite number`, field, id: m.nodes[i], index: i, value: v });
        }
        continue;
      }
      flat[i * n + j] = i === j ? 0 : v;
    }
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: ${field} has missing or non-finite values`, issues);
  return { n, nodes: m.nodes, flat };
}

/**
 * Throws a ZonelinkError naming `caller` and the first position where `other`'s node
 * order differs from `reference`'s (internal): combined matrices must be aligned.
 */
export function checkAligned(caller: string, reference: FlatMatrix, referenceField: string, other: FlatMatrix, field: string): void {
  if (other.n !== reference.n) {
    invalidArgument(caller, `${field} has ${other.n} nodes but ${referenceField} has ${reference.n}`, { code: 'unaligned-nodes', field });
  }
  for (let i = 0; i < reference.n; i++) {
    if (reference.nodes[i] !== other.nodes[i]) {
      invalidArgument(caller, `${field} and ${referenceField} list different nodes at position ${i} (${other.nodes[i]} vs ${reference.nodes[i]}); build both in one node order`, {
        code: 'unaligned-nodes',
        field,
        index: i,
        id: other.nodes[i],
      });
    }
  }
}

/** Validates a {@link DyadicMode} option (default `'directed'`) (internal). */
export function dyadicMode(caller: string, mode: DyadicMode | undefined): DyadicMode {
  const m = mode ?? 'directed';
  if (m !== 'directed' && m !== 'undirected') invalidArgument(caller, `mode must be 'directed' or 'undirected', got ${String(m)}`, { field: 'mode', value: m });
  return m;
}

/** Row and column of every analysed cell, in row-major order (internal). */
export function cellPairs(n: number, mode: DyadicMode): { rows: Int32Array; cols: Int32Array } {
  const m = mode === 'directed' ? n * (n - 1) : (n * (n - 1)) / 2;
  const rows = new Int32Array(m);
  const cols = new Int32Array(m);
  let c = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j || (mode === 'undirected' && j > i)) continue;
      rows[c] = i;
      cols[c] = j;
      c++;
    }
  }
  return { rows, cols };
}

/**
 * The analysed cells of a flat matrix relabelled by `order` (identity when omitted):
 * cell c takes M[order[rows[c]]][order[cols[c]]], i.e. rows and columns permuted
 * together (Krackhardt 1987; R `sna::rmperm`) (internal).
 */
export function permutedCells(
  matrix: FlatMatrix,
  pairs: { rows: Int32Array; cols: Int32Array },
  order?: Int32Array,
  out: Float64Array = new Float64Array(pairs.rows.length),
): Float64Array {
  const { n, flat } = matrix;
  const { rows, cols } = pairs;
  if (order === undefined) for (let c = 0; c < rows.length; c++) out[c] = flat[rows[c] * n + cols[c]];
  else for (let c = 0; c < rows.length; c++) out[c] = flat[order[rows[c]] * n + order[cols[c]]];
  return out;
}
