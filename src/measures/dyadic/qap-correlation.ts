import { invalidArgument } from '../../error/zonelink-error.js';
import { pearsonCorrelation } from '../../statistics/pearson-correlation.js';
import { permutationTestWith } from '../../statistics/permutation-test.js';
import { progressReporter } from '../../progress/progress-reporter.js';
import { cellPairs, checkAligned, dyadicModeOption, flatMatrix, permutedCells } from './dyadic-cells.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';
import { seedOption } from '../../statistics/check-seed.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import type { NodeMatrix } from './node-matrix-type.js';

/** The declared options of {@link qapCorrelation} (checks, defaults and docs/options.md come from here). */
export const qapCorrelationOptions = defineOptions('qapCorrelation', {
  /** Number of random relabellings (default 5000; 0 = no test, p-values null). */
  permutations: numberOption({ doc: 'Number of random relabellings of the permutation test (0 = no test: p-values null).', default: 5000, integer: true, min: 0, max: 1e8 }),
  /** Seed (default 0): same seed → same p-values. */
  seed: seedOption,
  /** Cells analysed (default `'directed'`: every off-diagonal cell, as `sna::gcor`). */
  mode: dyadicModeOption,
  ...progressOptionSpecs,
});

/** Options of {@link qapCorrelation}, declared in {@link qapCorrelationOptions}. */
export type QapCorrelationOptions = OptionsOf<typeof qapCorrelationOptions>;

/** Result of {@link qapCorrelation}. */
export interface QapCorrelationResult {
  /** Pearson correlation of the analysed cells of x and y. */
  correlation: number;
  /** (#{r_p ≥ r} + 1)/(P + 1). */
  pGreater: number | null;
  /** (#{r_p ≤ r} + 1)/(P + 1). */
  pLess: number | null;
  /** (#{|r_p| ≥ |r|} + 1)/(P + 1). */
  pAbsolute: number | null;
  /** Number of permutations drawn. */
  permutations: number;
  /** Seed used. */
  seed: number;
  /** Number of cells correlated: n(n − 1) directed, n(n − 1)/2 undirected. */
  cells: number;
}

/**
 * QAP correlation (Krackhardt 1987): the Pearson correlation between the off-diagonal
 * cells of two node-aligned matrices, tested against relabellings of x's nodes —
 * rows and columns permuted together, which keeps the dependence among the cells of
 * each row and column that breaks an ordinary correlation test.
 *
 *   r = corr({x_ij}, {y_ij}),  i ≠ j;   p₊ = (#{r_π ≥ r} + 1)/(P + 1), r_π = corr({x_π(i)π(j)}, {y_ij}).
 *
 * The statistic equals R `sna::gcor(x, y)` and the test `sna::qaptest(list(x, y), gcor, g1 = 1, g2 = 2)`
 * (whose p-values count #{r_π ≥ r}/P; ours add the observed labelling, Davison & Hinkley 1997).
 * Uses the shared seeded {@link permutationTest}.
 *
 * Edge cases (ZonelinkError naming `qapCorrelation`): unaligned node orders (first mismatch
 * named), a missing or non-finite off-diagonal value, fewer than 3 nodes, and a constant
 * x or y over the analysed cells (the correlation is undefined).
 *
 * Reference: Krackhardt, D. (1987). QAP partialling as a test of spuriousness. Social
 * Networks 9(2), 171–186. Hubert, L. & Schultz, J. (1976). Quadratic assignment as a general
 * data analysis strategy. British Journal of Mathematical and Statistical Psychology 29, 190–241.
 *
 * @example
 * const x = { nodes: ['a', 'b', 'c'], values: [[0, 1, 2], [1, 0, 3], [2, 3, 0]] };
 * const y = { nodes: ['a', 'b', 'c'], values: [[0, 2, 4], [2, 0, 6], [4, 6, 0]] };
 * qapCorrelation(x, y, { permutations: 99 }).correlation; // 1
 */
export function qapCorrelation(x: NodeMatrix, y: NodeMatrix, options: QapCorrelationOptions = {}): QapCorrelationResult {
  const caller = 'qapCorrelation';
  const read = qapCorrelationOptions.read(options);
  const { mode, permutations, seed } = read;
  const fx = flatMatrix(caller, x, 'x');
  const fy = flatMatrix(caller, y, 'y');
  checkAligned(caller, fx, 'x', fy, 'y');
  const pairs = cellPairs(fx.n, mode);
  const yCells = permutedCells(fy, pairs);
  const xCells = permutedCells(fx, pairs);
  if (!Number.isFinite(pearsonCorrelation(xCells, xCells))) invalidArgument(caller, 'x is constant over the analysed cells; the correlation is undefined', { code: 'constant-values', field: 'x' });
  if (!Number.isFinite(pearsonCorrelation(yCells, yCells))) invalidArgument(caller, 'y is constant over the analysed cells; the correlation is undefined', { code: 'constant-values', field: 'y' });
  const buffer = new Float64Array(pairs.rows.length);
  const progress = progressReporter(caller, read, permutations, 'permutations');
  const test = permutationTestWith(caller, fx.n, (order) => pearsonCorrelation(permutedCells(fx, pairs, order, buffer), yCells), { permutations, seed }, progress);
  progress.finish();
  return {
    correlation: test.observed,
    pGreater: test.pGreater,
    pLess: test.pLess,
    pAbsolute: test.pAbsolute,
    permutations: test.permutations,
    seed: test.seed,
    cells: pairs.rows.length,
  };
}
