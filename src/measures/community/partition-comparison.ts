import { ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';
import type { Partition } from './read-partition.js';

/** The contingency table of two partitions of the same nodes. */
interface Contingency {
  n: number;
  rows: number[];
  columns: number[];
  cells: number[];
}

function contingency(a: Partition, b: Partition, caller: string): Contingency {
  const issues: ZonelinkIssue[] = [];
  const check = (p: Partition, name: string) => {
    if (p === null || typeof p !== 'object') {
      throw new ZonelinkError('invalid-argument', `${caller}: ${name} must be an object mapping node → label`, [
        { code: 'invalid-partition', message: `${caller}: ${name} must be an object`, field: name },
      ]);
    }
    for (const [node, label] of Object.entries(p)) {
      if (!(typeof label === 'string' || (typeof label === 'number' && Number.isFinite(label)))) {
        issues.push({
          code: 'invalid-label',
          message: `${caller}: ${name} labels node ${node} with ${String(label)}; expected a string or a finite number`,
          id: node,
          field: name,
          value: label,
        });
      }
    }
  };
  check(a, 'a');
  check(b, 'b');
  for (const node of Object.keys(a)) {
    if (!Object.prototype.hasOwnProperty.call(b, node)) {
      issues.push({ code: 'missing-label', message: `${caller}: node ${node} is in a but not in b`, id: node, field: 'b' });
    }
  }
  for (const node of Object.keys(b)) {
    if (!Object.prototype.hasOwnProperty.call(a, node)) {
      issues.push({ code: 'missing-label', message: `${caller}: node ${node} is in b but not in a`, id: node, field: 'a' });
    }
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: the partitions do not match`, issues);
  const nodes = Object.keys(a);
  if (nodes.length === 0) {
    throw new ZonelinkError('invalid-argument', `${caller}: the partitions are empty`, [
      { code: 'empty-partition', message: `${caller}: the partitions are empty` },
    ]);
  }
  const rowIndex = new Map<string | number, number>();
  const columnIndex = new Map<string | number, number>();
  const cellIndex = new Map<string, number>();
  const rows: number[] = [];
  const columns: number[] = [];
  const cells: number[] = [];
  for (const node of nodes) {
    let r = rowIndex.get(a[node]);
    if (r === undefined) {
      r = rows.length;
      rowIndex.set(a[node], r);
      rows.push(0);
    }
    let c = columnIndex.get(b[node]);
    if (c === undefined) {
      c = columns.length;
      columnIndex.set(b[node], c);
      columns.push(0);
    }
    rows[r]++;
    columns[c]++;
    const key = `${r} ${c}`;
    const cell = cellIndex.get(key);
    if (cell === undefined) {
      cellIndex.set(key, cells.length);
      cells.push(1);
    } else cells[cell]++;
  }
  return { n: nodes.length, rows, columns, cells };
}

function entropy(counts: number[], n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/**
 * Normalised mutual information between two partitions of the same nodes,
 * with the arithmetic-mean normalisation (scikit-learn's default, igraph's
 * `compare_communities(method = 'nmi')`, Danon et al. 2005):
 * NMI = I(A; B) / ((H(A) + H(B)) / 2), with natural logarithms (the base cancels).
 *
 * Edge cases: two single-cluster partitions (H(A) = H(B) = 0) → 1, as in
 * scikit-learn; one single-cluster partition against a finer one → 0. Labels
 * are compared by value and type (`1` ≠ `'1'`).
 *
 * Reference: Danon, L., Díaz-Guilera, A., Duch, J. & Arenas, A. (2005),
 * Comparing community structure identification, J. Stat. Mech. P09008.
 *
 * @throws ZonelinkError when the partitions do not label the same nodes, are
 *   empty, or use labels that are not strings or finite numbers.
 * @example
 * nmi({ a: 0, b: 0, c: 1 }, { a: 'x', b: 'x', c: 'y' }); // 1
 */
export function nmi(a: Partition, b: Partition): number {
  const { n, rows, columns, cells } = contingency(a, b, 'nmi');
  const ha = entropy(rows, n);
  const hb = entropy(columns, n);
  if (ha === 0 && hb === 0) return 1;
  // I = H(A) + H(B) − H(A, B)
  const mi = ha + hb - entropy(cells, n);
  const value = mi / ((ha + hb) / 2);
  return Math.min(1, Math.max(0, value));
}

/**
 * Adjusted Rand index (Hubert & Arabie 1985) between two partitions of the
 * same nodes: ARI = (Σ_ij C(n_ij,2) − E) / (½[Σ_i C(a_i,2) + Σ_j C(b_j,2)] − E),
 * E = Σ_i C(a_i,2) Σ_j C(b_j,2) / C(n,2), where n_ij is the contingency table
 * and a_i, b_j its margins. 1 for identical partitions, ≈ 0 for independent
 * ones, can be negative.
 *
 * Edge cases: when the denominator is 0 (both partitions all singletons, both
 * one cluster, or n = 1 — the partitions are then identical) → 1, as in
 * scikit-learn (igraph returns NaN for two single-cluster partitions).
 *
 * Reference: Hubert, L. & Arabie, P. (1985), Comparing partitions, Journal of
 * Classification 2, 193–218.
 *
 * @throws ZonelinkError as {@link nmi}.
 * @example
 * adjustedRandIndex({ a: 0, b: 0, c: 1, d: 1 }, { a: 0, b: 0, c: 1, d: 2 }); // 0.571…
 */
export function adjustedRandIndex(a: Partition, b: Partition): number {
  const { n, rows, columns, cells } = contingency(a, b, 'adjustedRandIndex');
  const pairs = (k: number) => (k * (k - 1)) / 2;
  let sumCells = 0;
  for (const c of cells) sumCells += pairs(c);
  let sumRows = 0;
  for (const c of rows) sumRows += pairs(c);
  let sumColumns = 0;
  for (const c of columns) sumColumns += pairs(c);
  const total = pairs(n);
  if (total === 0) return 1;
  const expected = (sumRows * sumColumns) / total;
  const maximum = (sumRows + sumColumns) / 2;
  if (maximum - expected === 0) return 1;
  return (sumCells - expected) / (maximum - expected);
}
