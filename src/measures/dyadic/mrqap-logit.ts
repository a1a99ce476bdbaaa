import { invalidArgument } from '../../error/zonelink-error.js';
import { permutationTestWith } from '../../statistics/permutation-test.js';
import { progressReporter } from '../../progress/progress-reporter.js';
import { permutedCells, type DyadicMode } from './dyadic-cells.js';
import { checkCovariatesVary, dyadicRegressionSetup, mrqapOptionSpecs, type DyadicRegressionSetup, type MrqapMethod } from './dyadic-regression-setup.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';
import { logisticFit } from './logistic-fit.js';
import type { NodeMatrix } from './node-matrix-type.js';
import type { DyadicRegressors } from './regressors.js';
import { replayedPermutationTests } from './replayed-permutation-tests.js';
import { semiPartialResidual } from './semi-partial-residual.js';

/** The declared options of {@link mrqapLogit} (checks, defaults and docs/options.md come from here). */
export const mrqapLogitOptions = defineOptions('mrqapLogit', {
  /** Number of permutations per coefficient (default 1000; 0 = estimates only). */
  permutations: numberOption({ doc: 'Number of permutations per coefficient (0 = estimates only); each is a logistic refit.', default: 1000, integer: true, min: 0, max: 1e8 }),
  ...mrqapOptionSpecs,
});

/** Options of {@link mrqapLogit}, declared in {@link mrqapLogitOptions}. */
export type MrqapLogitOptions = OptionsOf<typeof mrqapLogitOptions>;

/** One coefficient of {@link mrqapLogit}. */
export interface MrqapLogitCoefficient {
  name: string;
  /** Maximum-likelihood estimate (log-odds). */
  estimate: number;
  /** Asymptotic standard error √((XᵀWX)⁻¹_kk). */
  standardError: number;
  /** Wald z = estimate / standardError: the statistic permuted, as `sna::netlogit`'s default `test.statistic = "z-value"`. */
  zValue: number;
  /** Odds ratio e^β. */
  oddsRatio: number;
  /** (#{z_π ≥ z} + 1)/(P + 1); null when P = 0. */
  pGreater: number | null;
  /** (#{z_π ≤ z} + 1)/(P + 1); null when P = 0. */
  pLess: number | null;
  /** (#{|z_π| ≥ |z|} + 1)/(P + 1); null when P = 0. */
  pAbsolute: number | null;
}

/** Result of {@link mrqapLogit}. */
export interface MrqapLogitResult {
  coefficients: MrqapLogitCoefficient[];
  /** Residual deviance −2 log L. */
  deviance: number;
  /** Deviance of the intercept-only model (netlogit reports glm.fit's 2m ln 2, the model with every p = 1/2). */
  nullDeviance: number;
  /** deviance + 2p. */
  aic: number;
  /** deviance + p·ln m (as netlogit). */
  bic: number;
  /** IRLS iterations of the observed fit. */
  iterations: number;
  cells: number;
  method: MrqapMethod;
  mode: DyadicMode;
  permutations: number;
  seed: number;
}

/**
 * Logistic MRQAP for a 0/1 network: maximum-likelihood logit of the off-diagonal cells of y on
 * node-aligned covariates plus an intercept (IRLS), each coefficient tested by a seeded
 * permutation test:
 *
 *   logit P(y_ij = 1) = β₀ + Σ_k β_k x_k,ij   (i ≠ j).
 *
 * As R `sna::netlogit` (sna 2.7): the permuted statistic is the Wald z-value β/se; double
 * semi-partialling permutes the *linear* (OLS) residuals of x_k on the other regressors and
 * refits the logit; y-permutation relabels y. Estimates equal `netlogit`'s (glm's) to 1e-6;
 * p-values agree within Monte-Carlo error. Uses the shared {@link permutationTest}.
 *
 * Edge cases (ZonelinkError naming `mrqapLogit`): y not 0/1 on the analysed cells, all-0 or
 * all-1 y, a constant or collinear covariate, unaligned node orders, missing values, fewer than
 * 3 nodes, and complete separation (the likelihood has no maximum; IRLS does not converge in
 * 100 iterations). Each permutation is a full logistic fit, so P × p fits cost time on large
 * networks.
 *
 * Reference: Krackhardt, D. (1988). Predicting with networks: nonparametric multiple regression
 * analysis of dyadic data. Social Networks 10(4), 359–381. Dekker, D., Krackhardt, D. &
 * Snijders, T. A. B. (2007). Psychometrika 72(4), 563–581. McCullagh, P. & Nelder, J. A. (1989).
 * Generalized Linear Models, 2nd ed., Chapman & Hall.
 *
 * @example
 * const nodes = ['a', 'b', 'c', 'd'];
 * const y = { nodes, values: [[0, 1, 0, 1], [1, 0, 0, 0], [1, 1, 0, 0], [0, 1, 1, 0]] };
 * const x = { nodes, values: [[0, 1, 2, 3], [1, 0, 1, 2], [2, 1, 0, 1], [3, 2, 1, 0]] };
 * mrqapLogit(y, { distance: x }, { permutations: 0 }).coefficients[1].name; // 'distance'
 */
export function mrqapLogit(y: NodeMatrix, xs: DyadicRegressors, options: MrqapLogitOptions = {}): MrqapLogitResult {
  const caller = 'mrqapLogit';
  const read = mrqapLogitOptions.read(options);
  const { permutations, seed } = read;
  const setup = dyadicRegressionSetup(caller, y, xs, read);
  const { method, mode, n, pairs, m, p, yCells, columns } = setup;
  let ones = 0;
  for (let r = 0; r < m; r++) {
    if (yCells[r] !== 0 && yCells[r] !== 1) {
      invalidArgument(caller, `y[${setup.y.nodes[pairs.rows[r]]}][${setup.y.nodes[pairs.cols[r]]}] is ${yCells[r]}; a logistic model needs 0/1 ties`, { code: 'not-binary', field: 'y', value: yCells[r] });
    }
    ones += yCells[r];
  }
  if (ones === 0 || ones === m) invalidArgument(caller, `y is constant (${ones === 0 ? 'no' : 'every'} cell is a tie)`, { code: 'constant-values', field: 'y' });
  checkCovariatesVary(caller, setup);
  const fit = logisticFit(columns, yCells);
  if (fit === null) invalidArgument(caller, 'the covariates are collinear; drop one', { code: 'collinear' });
  if (!fit.converged) invalidArgument(caller, 'the logistic fit did not converge in 100 iterations (complete or quasi-complete separation: a covariate predicts the ties perfectly)', { code: 'no-convergence' });
  const rate = ones / m;
  const nullDeviance = -2 * (ones * Math.log(rate) + (m - ones) * Math.log(1 - rate));

  const testOptions = { permutations, seed };
  // one task: a refit per relabelling (y-permutation), or one test per coefficient
  const progress = progressReporter(caller, read, method === 'y-permutation' ? permutations : permutations * p, 'permutations');
  const tests =
    method === 'y-permutation'
      ? replayedPermutationTests(caller, n, p, yPermutationDraw(setup, fit.coefficients), testOptions, progress)
      : columns.map((_, k) => permutationTestWith(caller, n, semiPartialLogit(k, setup), testOptions, progress));
  progress.finish();
  return {
    coefficients: setup.names.map((name, k) => ({
      name,
      estimate: fit.coefficients[k],
      standardError: Math.sqrt(fit.varianceDiagonal[k]),
      zValue: fit.coefficients[k] / Math.sqrt(fit.varianceDiagonal[k]),
      oddsRatio: Math.exp(fit.coefficients[k]),
      pGreater: tests[k].pGreater,
      pLess: tests[k].pLess,
      pAbsolute: tests[k].pAbsolute,
    })),
    deviance: fit.deviance,
    nullDeviance,
    aic: fit.deviance + 2 * p,
    bic: fit.deviance + p * Math.log(m),
    iterations: fit.iterations,
    cells: m,
    method,
    mode,
    permutations: tests[0].permutations,
    seed: tests[0].seed,
  };
}

/** y-permutation: every coefficient's Wald z after relabelling y's rows and columns (warm start from the observed fit). */
function yPermutationDraw(setup: DyadicRegressionSetup, start: Float64Array): (order: Int32Array) => Float64Array {
  const { y, pairs, columns, m, p } = setup;
  const buffer = new Float64Array(m);
  return (order) => {
    const yp = Float64Array.from(permutedCells(y, pairs, order, buffer));
    let refit = logisticFit(columns, yp, start);
    if (refit === null || !refit.converged) refit = logisticFit(columns, yp);
    return refit === null ? new Float64Array(p).fill(Number.NaN) : waldZ(refit);
  };
}

/** Coefficient of the permuted OLS residual of x_k (on the other regressors) in the logit refit. */
function semiPartialLogit(k: number, setup: DyadicRegressionSetup): (order: Int32Array) => number {
  const { yCells, pairs } = setup;
  const { others, matrix } = semiPartialResidual(k, setup);
  // the permuted residual is nearly orthogonal to y, so the refit starts from the logit on the others alone
  const reduced = logisticFit(others, yCells);
  const start = Float64Array.from([...(reduced?.converged ? reduced.coefficients : new Float64Array(others.length)), 0]);
  return (order) => {
    const e = permutedCells(matrix, pairs, order);
    const design = [...others, e];
    let refit = logisticFit(design, yCells, start);
    // a warm start far from a permuted optimum can stall; the cold start of glm is the fallback
    if (refit === null || !refit.converged) refit = logisticFit(design, yCells);
    return refit === null ? Number.NaN : refit.coefficients[others.length] / Math.sqrt(refit.varianceDiagonal[others.length]);
  };
}

/** Wald z-values β_k/√((XᵀWX)⁻¹_kk) of a logistic fit. */
function waldZ(fit: { coefficients: Float64Array; varianceDiagonal: Float64Array }): Float64Array {
  return fit.coefficients.map((b, k) => b / Math.sqrt(fit.varianceDiagonal[k]));
}
