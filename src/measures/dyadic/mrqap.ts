import { invalidArgument } from '../../error/zonelink-error.js';
import { permutationTestWith } from '../../statistics/permutation-test.js';
import { progressReporter } from '../../progress/progress-reporter.js';
import { crossProduct, dot, gram } from './cross-products.js';
import { permutedCells, type DyadicMode, type FlatMatrix } from './dyadic-cells.js';
import { checkCovariatesVary, dyadicRegressionSetup, mrqapOptionSpecs, type DyadicRegressionSetup, type MrqapMethod } from './dyadic-regression-setup.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';
import { leastSquares } from './least-squares.js';
import type { NodeMatrix } from './node-matrix-type.js';
import type { DyadicRegressors } from './regressors.js';
import { replayedPermutationTests } from './replayed-permutation-tests.js';
import { semiPartialResidual } from './semi-partial-residual.js';

export type { MrqapMethod } from './dyadic-regression-setup.js';

/** The declared options of {@link mrqap} (checks, defaults and docs/options.md come from here). */
export const mrqapOptions = defineOptions('mrqap', {
  /** Number of permutations per coefficient (default 1000; 0 = estimates only). */
  permutations: numberOption({ doc: "Number of permutations per coefficient (as sna's netlm reps; 0 = estimates only).", default: 1000, integer: true, min: 0, max: 1e8 }),
  ...mrqapOptionSpecs,
});

/** Options of {@link mrqap}, declared in {@link mrqapOptions}. */
export type MrqapOptions = OptionsOf<typeof mrqapOptions>;

/** One coefficient of {@link mrqap}. */
export interface MrqapCoefficient {
  /** `'(intercept)'`, then the covariate's name (record key, or x1, x2, … for a list). */
  name: string;
  /** OLS estimate. */
  estimate: number;
  /** β·sd(x)/sd(y) over the analysed cells; null for the intercept. */
  standardized: number | null;
  /** Classical standard error √((XᵀX)⁻¹_kk · RSS/(m − p)). */
  standardError: number;
  /** estimate / standardError: the statistic permuted. */
  tValue: number;
  /** (#{t_π ≥ t} + 1)/(P + 1); null when P = 0. */
  pGreater: number | null;
  /** (#{t_π ≤ t} + 1)/(P + 1); null when P = 0. */
  pLess: number | null;
  /** (#{|t_π| ≥ |t|} + 1)/(P + 1); null when P = 0. */
  pAbsolute: number | null;
}

/** Result of {@link mrqap}. */
export interface MrqapResult {
  coefficients: MrqapCoefficient[];
  /** 1 − RSS/TSS (TSS about the mean of y). */
  rSquared: number;
  /** 1 − (1 − R²)(m − 1)/(m − p). */
  adjustedRSquared: number;
  /** √(RSS/(m − p)). */
  residualStandardError: number;
  /** Number of cells m (observations). */
  cells: number;
  method: MrqapMethod;
  mode: DyadicMode;
  permutations: number;
  seed: number;
}

/**
 * Multiple regression QAP (MRQAP): OLS of the off-diagonal cells of y on those of
 * node-aligned covariate matrices plus an intercept, each coefficient tested by a
 * seeded permutation test of its t-value:
 *
 *   y_ij = β₀ + Σ_k β_k x_k,ij + ε_ij  (i ≠ j),   t_k = β̂_k / se(β̂_k).
 *
 * Double semi-partialling (default): for coefficient k, e_k = residuals of x_k on the
 * other regressors (intercept included); the model y ~ others + e_k^π is refitted for each
 * relabelling π and t of e_k^π recorded. Estimates, t-values and R² equal R
 * `sna::netlm(y, x)` (`summary()`'s R² and adjusted R²); the permuted statistic is the t-value
 * as netlm's default `test.statistic = "t-value"`, so p-values agree within Monte-Carlo error
 * (netlm counts #{…}/P, zonelink (#{…} + 1)/(P + 1)). Permutations use the shared
 * {@link permutationTest}; every coefficient sees the same sequence of relabellings.
 *
 * Edge cases (ZonelinkError naming `mrqap`): unaligned node orders, missing values, fewer
 * than 3 nodes, a constant y, a constant covariate or collinear covariates, and no more
 * cells than coefficients.
 *
 * Reference: Dekker, D., Krackhardt, D. & Snijders, T. A. B. (2007). Sensitivity of MRQAP
 * tests to collinearity and autocorrelation conditions. Psychometrika 72(4), 563–581.
 * Krackhardt, D. (1988). Predicting with networks: nonparametric multiple regression analysis
 * of dyadic data. Social Networks 10(4), 359–381.
 *
 * @example
 * const nodes = ['a', 'b', 'c', 'd'];
 * const x = { nodes, values: [[0, 1, 2, 3], [1, 0, 1, 2], [2, 1, 0, 1], [3, 2, 1, 0]] };
 * const y = { nodes, values: x.values.map((row) => row.map((v) => 2 * v + 1)) };
 * const fit = mrqap(y, [x], { permutations: 0 });
 * fit.coefficients.map((c) => c.estimate); // [1, 2] (up to rounding)
 * fit.rSquared;                              // 1
 */
export function mrqap(y: NodeMatrix, xs: DyadicRegressors, options: MrqapOptions = {}): MrqapResult {
  const caller = 'mrqap';
  const read = mrqapOptions.read(options);
  const { permutations, seed } = read;
  const setup = dyadicRegressionSetup(caller, y, xs, read);
  const { method, mode, n, pairs, m, p, yCells, columns } = setup;
  const ySd = sampleSd(yCells);
  if (!(ySd > 0)) invalidArgument(caller, 'y is constant over the analysed cells', { code: 'constant-values', field: 'y' });
  checkCovariatesVary(caller, setup);
  const g = gram(columns);
  const c = crossProduct(columns, yCells);
  const yy = dot(yCells, yCells);
  const fit = leastSquares(g, c, yy, m, p);
  if (fit === null) invalidArgument(caller, 'the covariates are collinear; drop one', { code: 'collinear' });
  // RSS from the residuals themselves (yᵀy − βᵀXᵀy loses digits when R² is near 1)
  let rss = 0;
  for (let r = 0; r < m; r++) {
    let e = yCells[r];
    for (let k = 0; k < p; k++) e -= fit.coefficients[k] * columns[k][r];
    rss += e * e;
  }
  const variance = rss / (m - p);
  let yMean = 0;
  for (let r = 0; r < m; r++) yMean += yCells[r];
  yMean /= m;
  let tss = 0;
  for (let r = 0; r < m; r++) tss += (yCells[r] - yMean) ** 2;
  const standardErrors = Array.from(fit.inverseDiagonal, (d) => Math.sqrt(d * variance));
  const tValues = standardErrors.map((se, k) => fit.coefficients[k] / se);

  const testOptions = { permutations, seed };
  // one task: a refit per relabelling (y-permutation), or one test per coefficient
  const progress = progressReporter(caller, read, method === 'y-permutation' ? permutations : permutations * p, 'permutations');
  const tests =
    method === 'y-permutation'
      ? replayedPermutationTests(caller, n, p, yPermutationDraw(pairs, setup.y, columns, g, m, p), testOptions, progress)
      : tValues.map((_, k) => permutationTestWith(caller, n, semiPartialStatistic(k, setup), testOptions, progress));
  progress.finish();
  const rSquared = 1 - rss / tss;
  return {
    coefficients: setup.names.map((name, k) => ({
      name,
      estimate: fit.coefficients[k],
      standardized: k === 0 ? null : (fit.coefficients[k] * sampleSd(columns[k])) / ySd,
      standardError: standardErrors[k],
      tValue: tValues[k],
      pGreater: tests[k].pGreater,
      pLess: tests[k].pLess,
      pAbsolute: tests[k].pAbsolute,
    })),
    rSquared,
    adjustedRSquared: 1 - ((1 - rSquared) * (m - 1)) / (m - p),
    residualStandardError: Math.sqrt(variance),
    cells: m,
    method,
    mode,
    permutations: tests[0].permutations,
    seed: tests[0].seed,
  };
}

function sampleSd(x: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < x.length; i++) mean += x[i];
  mean /= x.length;
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] - mean) ** 2;
  return Math.sqrt(s / (x.length - 1));
}

/** y-permutation: every coefficient's t after relabelling y's rows and columns. */
function yPermutationDraw(
  pairs: { rows: Int32Array; cols: Int32Array },
  y: FlatMatrix,
  columns: Float64Array[],
  g: Float64Array,
  m: number,
  p: number,
): (order: Int32Array) => Float64Array {
  const buffer = new Float64Array(m);
  return (order) => {
    const yp = permutedCells(y, pairs, order, buffer);
    const fit = leastSquares(g, crossProduct(columns, yp), dot(yp, yp), m, p);
    return fit === null ? new Float64Array(p).fill(Number.NaN) : fit.tValues;
  };
}

/** Double semi-partialling statistic for coefficient k: t of the permuted residual of x_k on the others. */
function semiPartialStatistic(k: number, setup: DyadicRegressionSetup): (order: Int32Array) => number {
  const { yCells, pairs, m } = setup;
  const { others, othersGram: gz, matrix } = semiPartialResidual(k, setup);
  const q = others.length;
  const zy = crossProduct(others, yCells);
  const yy = dot(yCells, yCells);
  const p = q + 1;
  const g = new Float64Array(p * p);
  for (let i = 0; i < q; i++) for (let j = 0; j < q; j++) g[i * p + j] = gz[i * q + j];
  const c = new Float64Array(p);
  c.set(zy);
  const buffer = new Float64Array(m);
  return (order) => {
    const e = permutedCells(matrix, pairs, order, buffer);
    for (let j = 0; j < q; j++) g[j * p + q] = g[q * p + j] = dot(others[j], e);
    g[q * p + q] = dot(e, e);
    c[q] = dot(e, yCells);
    const fit = leastSquares(g, c, yy, m, p);
    return fit === null ? Number.NaN : fit.tValues[q];
  };
}
