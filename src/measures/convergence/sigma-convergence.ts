import { invalidArgument } from '../../error/zonelink-error.js';
import { readPanel, type PanelSeries } from './panel-series.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption } from '../../options/option-spec.js';

/** The declared options of {@link sigmaConvergence} (checks, defaults and docs/options.md come from here). */
export const sigmaConvergenceOptions = defineOptions('sigmaConvergence', {
  /** Divisor of the standard deviations: `'population'` (n, default, Barro & Sala-i-Martin) or `'sample'` (n − 1). */
  divisor: choiceOption(['population', 'sample'] as const, {
    doc: "Divisor of the standard deviations: 'population' (n, as Barro & Sala-i-Martin) or 'sample' (n − 1).",
    default: 'population',
  }),
});

/** Options of {@link sigmaConvergence}, declared in {@link sigmaConvergenceOptions}. */
export type SigmaConvergenceOptions = OptionsOf<typeof sigmaConvergenceOptions>;

/** The dispersion of one period. */
export interface SigmaPeriod {
  period: number | string;
  /** Mean of the values. */
  mean: number;
  /** σ_t: standard deviation of ln x_it across units. */
  sdLog: number;
  /** CV_t = s_t / x̄_t: coefficient of variation of the values (same divisor). */
  coefficientOfVariation: number;
}

/** Result of {@link sigmaConvergence}. */
export interface SigmaConvergenceResult {
  divisor: 'population' | 'sample';
  /** One entry per period, in order. */
  periods: SigmaPeriod[];
  /** sdLog(last) − sdLog(first): negative under σ-convergence. */
  sdLogChange: number;
  /** coefficientOfVariation(last) − coefficientOfVariation(first). */
  coefficientOfVariationChange: number;
}

const FN = 'sigmaConvergence';

/**
 * σ-convergence: the cross-sectional dispersion of a positive indicator in each
 * period, as the standard deviation of logs and as the coefficient of variation:
 *
 *   σ_t = √( Σ_i (ln x_it − mean_i ln x_it)² / d ),   CV_t = √( Σ_i (x_it − x̄_t)² / d ) / x̄_t,
 *
 * with d = n (default) or n − 1. A falling σ_t over time is σ-convergence (Barro &
 * Sala-i-Martin 1992, who use the SD of logs). Chinese regional studies report both:
 * the SD of logs as "σ 系数", and the coefficient of variation (变异系数) under the same
 * name "σ 收敛"; state which one a table uses. CV is unit-free; the SD of logs is too,
 * and is less sensitive to the largest values.
 *
 * Edge cases (ZonelinkError naming `sigmaConvergence`): fewer than 2 units or 1
 * period, a value missing, not finite or ≤ 0 (logs), a unit with the wrong number of
 * values.
 *
 * Reference: Barro, R. J. & Sala-i-Martin, X. (1992), Convergence, Journal of Political
 * Economy 100(2), 223–251; Sala-i-Martin, X. (1996), The classical approach to
 * convergence analysis, Economic Journal 106, 1019–1036.
 *
 * @example
 * const r = sigmaConvergence({ periods: [2010, 2020], values: { a: [1, 2], b: [4, 4] } });
 * r.periods[0].sdLog; // 0.6931471805599453 = ln 4 / 2
 * r.periods[1].coefficientOfVariation; // 0.3333333333333333 = 1 / 3
 */
export function sigmaConvergence(series: PanelSeries, options: SigmaConvergenceOptions = {}): SigmaConvergenceResult {
  const { divisor } = sigmaConvergenceOptions.read(options);
  const panel = readPanel(FN, series, { minPeriods: 1, minUnits: 2, positive: true });
  const { n, T, data } = panel;
  const d = divisor === 'population' ? n : n - 1;
  const periods: SigmaPeriod[] = [];
  for (let t = 0; t < T; t++) {
    let mean = 0;
    let meanLog = 0;
    for (let i = 0; i < n; i++) {
      mean += data[i * T + t];
      meanLog += Math.log(data[i * T + t]);
    }
    mean /= n;
    meanLog /= n;
    let squares = 0;
    let squaresLog = 0;
    for (let i = 0; i < n; i++) {
      squares += (data[i * T + t] - mean) ** 2;
      squaresLog += (Math.log(data[i * T + t]) - meanLog) ** 2;
    }
    periods.push({ period: panel.periods[t], mean, sdLog: Math.sqrt(squaresLog / d), coefficientOfVariation: Math.sqrt(squares / d) / mean });
  }
  return {
    divisor,
    periods,
    sdLogChange: periods[T - 1].sdLog - periods[0].sdLog,
    coefficientOfVariationChange: periods[T - 1].coefficientOfVariation - periods[0].coefficientOfVariation,
  };
}
