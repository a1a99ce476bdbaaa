import { invalidArgument } from '../../error/zonelink-error.js';
import { validateValues } from './validate-values.js';

const ARGS = ['e_ij', 'e_i', 'E_j', 'E'];

/**
 * Location quotient LQ = (e_ij/e_i)/(E_j/E): the share of industry j in region i's
 * activity relative to its share nationally (Isard 1960). LQ > 1 means region i is
 * specialised in j.
 *
 * @param e_ij activity of industry j in region i.
 * @param e_i total activity of region i.
 * @param E_j national activity of industry j.
 * @param E national total.
 *
 * Edge cases: NaN/±Infinity or negative arguments → ZonelinkError naming them; a zero
 * denominator (e_i, E_j or E) → NaN.
 *
 * Reference: Isard, W. (1960), Methods of Regional Analysis; Florence, P. S. (1939).
 *
 * @example
 * locationQuotient(30, 100, 200, 1000); // 1.5
 */
export function locationQuotient(e_ij: number, e_i: number, E_j: number, E: number): number {
  const v = validateValues('locationQuotient', [e_ij, e_i, E_j, E], { argument: 'argument', position: (i) => ARGS[i] });
  const [a, b, c, d] = v.x;
  if (b === 0 || c === 0 || d === 0) return NaN;
  return a / b / (c / d);
}

/**
 * Location quotients of a region × industry matrix: LQ_ij = (e_ij/e_i)/(E_j/E) with
 * e_i the row sums, E_j the column sums and E the grand total.
 *
 * Edge cases: an empty matrix or ragged rows → ZonelinkError; NaN/±Infinity or negative
 * cells → ZonelinkError naming every `[row][column]`; an all-zero row or column → NaN
 * in that row or column.
 *
 * Reference: Isard, W. (1960), Methods of Regional Analysis.
 *
 * @example
 * locationQuotients([[30, 70], [170, 730]]); // [[1.5, 0.875], [0.9444…, 1.0139…]]
 */
export function locationQuotients(matrix: ArrayLike<ArrayLike<number>>): number[][] {
  const fn = 'locationQuotients';
  if (matrix == null || typeof matrix.length !== 'number' || matrix.length === 0) {
    invalidArgument(fn, 'matrix must be a non-empty array of rows', { field: 'matrix' });
  }
  const rows = matrix.length;
  const first = matrix[0];
  const cols = first && typeof first.length === 'number' ? first.length : -1;
  const ragged: number[] = [];
  for (let i = 0; i < rows; i++) {
    const row = matrix[i];
    if (!row || typeof row.length !== 'number' || row.length !== cols) ragged.push(i);
  }
  if (cols <= 0 || ragged.length > 0) {
    invalidArgument(fn, `matrix rows must be non-empty and all of the same length; bad rows: ${ragged.join(', ') || '0'}`, { field: 'matrix', index: ragged[0] ?? 0 });
  }
  const flat = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) flat[i * cols + j] = matrix[i][j];
  const v = validateValues(fn, flat, { argument: 'matrix', position: (k) => `[${Math.floor(k / cols)}][${k % cols}]` });
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(cols);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const e = v.x[i * cols + j];
      rowSum[i] += e;
      colSum[j] += e;
      total += e;
    }
  }
  const out: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const row = new Array<number>(cols);
    for (let j = 0; j < cols; j++) {
      row[j] = rowSum[i] === 0 || colSum[j] === 0 || total === 0 ? NaN : v.x[i * cols + j] / rowSum[i] / (colSum[j] / total);
    }
    out.push(row);
  }
  return out;
}
