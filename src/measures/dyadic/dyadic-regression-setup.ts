import { invalidArgument } from '../../error/zonelink-error.js';
import { cellPairs, dyadicMode, dyadicModeOption, permutedCells, type DyadicMode, type FlatMatrix } from './dyadic-cells.js';
import { seedOption } from '../../statistics/check-seed.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import type { NodeMatrix } from './node-matrix-type.js';
import { choiceOption } from '../../options/option-spec.js';
import { regressionInputs, type DyadicRegressors } from './regressors.js';

/**
 * Null model of a network regression's permutation test:
 * - `'double-semi-partialling'` (default): for each coefficient, the residuals of its
 *   regressor on all the others are permuted (rows and columns together) and the model
 *   refitted (Dekker, Krackhardt & Snijders 2007; R `sna::netlm(nullhyp = "qapspp")`,
 *   netlm's default `"qap"`);
 * - `'y-permutation'`: y's rows and columns are permuted and the whole model refitted
 *   (`nullhyp = "qapy"`).
 */
export type MrqapMethod = 'double-semi-partialling' | 'y-permutation';

/**
 * The options `mrqap` and `mrqapLogit` share, declared once: `seed`, the
 * permutation `method`, the cells analysed (`mode`) and progress/cancellation.
 */
export const mrqapOptionSpecs = {
  /** Seed (default 0): same seed → same p-values. */
  seed: seedOption,
  /** Permutation scheme (default `'double-semi-partialling'`). */
  method: choiceOption(['double-semi-partialling', 'y-permutation'] as const, {
    doc: "Null model of the permutation test: permute the residuals of each regressor on the others ('double-semi-partialling', Dekker, Krackhardt & Snijders 2007) or y ('y-permutation').",
    default: 'double-semi-partialling',
  }),
  /** Cells analysed (default `'directed'`: every off-diagonal cell). */
  mode: dyadicModeOption,
  ...progressOptionSpecs,
};
/** The checked inputs of a network regression, as cells (internal; shared by mrqap and mrqapLogit). */
export interface DyadicRegressionSetup {
  method: MrqapMethod;
  mode: DyadicMode;
  /** Node count. */
  n: number;
  /** The analysed cells (i ≠ j; i < j when undirected). */
  pairs: { rows: Int32Array; cols: Int32Array };
  /** Number of cells. */
  m: number;
  /** Number of coefficients, the intercept included. */
  p: number;
  /** y as a node-aligned matrix (the reference order of every permutation). */
  y: FlatMatrix;
  /** y's cells. */
  yCells: Float64Array;
  /** The regressors' cells, the intercept first. */
  columns: Float64Array[];
  /** Coefficient names, the intercept first. */
  names: string[];
}

/**
 * Reads the method and mode, aligns y and the regressors, takes the analysed cells,
 * and checks that there are more cells than coefficients (what every network
 * regression needs; {@link checkCovariatesVary} is the other shared check).
 */
export function dyadicRegressionSetup(caller: string, y: NodeMatrix, xs: DyadicRegressors, options: { method?: MrqapMethod; mode?: DyadicMode }): DyadicRegressionSetup {
  const method = options.method ?? 'double-semi-partialling';
  if (method !== 'double-semi-partialling' && method !== 'y-permutation') {
    invalidArgument(caller, `method must be 'double-semi-partialling' or 'y-permutation', got ${String(method)}`, { field: 'method', value: method });
  }
  const mode = dyadicMode(caller, options.mode);
  const inputs = regressionInputs(caller, y, xs);
  const n = inputs.y.n;
  const pairs = cellPairs(n, mode);
  const m = pairs.rows.length;
  const p = inputs.columns.length;
  if (m <= p) invalidArgument(caller, `${m} cells for ${p} coefficients; a regression needs more cells than coefficients`, { code: 'too-few-nodes', value: n });
  const columns = inputs.columns.map((x) => permutedCells(x, pairs));
  return { method, mode, n, pairs, m, p, y: inputs.y, yCells: permutedCells(inputs.y, pairs), columns, names: inputs.names };
}

/** No covariate may be constant over the analysed cells: it would be collinear with the intercept. */
export function checkCovariatesVary(caller: string, setup: Pick<DyadicRegressionSetup, 'columns' | 'names'>): void {
  setup.columns.forEach((x, k) => {
    if (k > 0 && x.every((v) => v === x[0])) invalidArgument(caller, `covariate ${setup.names[k]} is constant over the analysed cells (collinear with the intercept)`, { code: 'constant-values', field: `xs.${setup.names[k]}` });
  });
}
