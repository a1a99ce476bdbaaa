import { crossProduct, dot, gram } from './cross-products.js';
import type { FlatMatrix } from './dyadic-cells.js';
import type { DyadicRegressionSetup } from './dyadic-regression-setup.js';
import { leastSquares } from './least-squares.js';
import { residualMatrix } from './residual-matrix.js';

/** The other regressors of coefficient k, their Gram matrix, and the matrix of x_k's residual on them. */
export interface SemiPartialResidual {
  others: Float64Array[];
  /** Gram matrix of `others` (q × q, row-major). */
  othersGram: Float64Array;
  /** The OLS residual of x_k on the others, as a node-aligned matrix to permute. */
  matrix: FlatMatrix;
}

/**
 * Double semi-partialling's permuted quantity for coefficient k (Dekker, Krackhardt &
 * Snijders 2007): the OLS residual of x_k on all the other regressors, laid back
 * into a node-aligned matrix so that rows and columns permute together.
 */
export function semiPartialResidual(k: number, setup: Pick<DyadicRegressionSetup, 'columns' | 'pairs' | 'y' | 'mode' | 'm'>): SemiPartialResidual {
  const { columns, pairs, y, mode, m } = setup;
  const others = columns.filter((_, j) => j !== k);
  const q = others.length;
  const othersGram = gram(others);
  const partial = leastSquares(othersGram, crossProduct(others, columns[k]), dot(columns[k], columns[k]), m, q)!;
  const residuals = Float64Array.from(columns[k]);
  for (let j = 0; j < q; j++) for (let r = 0; r < m; r++) residuals[r] -= partial.coefficients[j] * others[j][r];
  return { others, othersGram, matrix: residualMatrix(y, pairs, residuals, mode === 'undirected') };
}
