import { invalidArgument } from '../../error/zonelink-error.js';
import { checkAligned, flatMatrix, type FlatMatrix } from './dyadic-cells.js';
import type { NodeMatrix } from './node-matrix-type.js';

/** Covariates of a network regression: a list (named x1, x2, …) or a record name → matrix. */
export type DyadicRegressors = readonly NodeMatrix[] | Readonly<Record<string, NodeMatrix>>;

/**
 * Validates y and the covariates of a network regression and checks their node
 * order (internal). The intercept is column 0, a matrix of ones; then the covariates.
 */
export function regressionInputs(
  caller: string,
  y: NodeMatrix,
  xs: DyadicRegressors,
): { y: FlatMatrix; columns: FlatMatrix[]; names: string[] } {
  const fy = flatMatrix(caller, y, 'y');
  if (xs === null || typeof xs !== 'object') invalidArgument(caller, 'xs must be an array or a record of node matrices', { field: 'xs' });
  const entries: [string, NodeMatrix][] = Array.isArray(xs)
    ? (xs as readonly NodeMatrix[]).map((m, k) => [`x${k + 1}`, m])
    : Object.entries(xs as Record<string, NodeMatrix>);
  if (entries.length === 0) invalidArgument(caller, 'xs has no covariates', { code: 'empty', field: 'xs' });
  const ones: FlatMatrix = { n: fy.n, nodes: fy.nodes, flat: new Float64Array(fy.n * fy.n).fill(1) };
  const columns = [ones];
  for (const [name, m] of entries) {
    const f = flatMatrix(caller, m, `xs.${name}`);
    checkAligned(caller, fy, 'y', f, `xs.${name}`);
    columns.push(f);
  }
  return { y: fy, columns, names: ['(intercept)', ...entries.map(([name]) => name)] };
}
