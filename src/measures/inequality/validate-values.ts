import { ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { describeValue } from '../../error/argument-checks.js';
import { powerOfTwoBelow } from '../../statistics/power-of-two-below.js';

/**
 * The input policy of every inequality, concentration and polarization index,
 * implemented once and used by all of them:
 *
 * - not an array, or n = 0 → error;
 * - NaN, ±Infinity or a non-number at any position → error naming every such position;
 * - a negative value → error when `negatives: 'error'` (GE, Theil, Atkinson, HHI, the
 *   polarization indices…), accepted when `negatives: 'allow'` (Gini, Lorenz, CV);
 * - weights: wrong length, a non-finite or negative weight → error naming the positions;
 *   all weights zero → error; single zero weights are allowed (the unit counts for
 *   nothing);
 * - every problem of one call is reported in one `ZonelinkError` (code
 *   `invalid-argument`) whose message starts with the public function's name; its
 *   `issues` hold every bad position (`index`), the message lists the first 50.
 *
 * The degenerate cases are classified, not decided, here: `trivial` is
 * `'single'` (n = 1, the index is 0 — or NaN for corrections that divide by n − 1),
 * then `'zero-sum'` (the weighted mean is 0: the index is NaN), then `'all-equal'`
 * (the index is exactly 0, whatever the rounding; judged among units with weight > 0).
 * Each index maps these the same way.
 */
export interface ValidatedValues {
  /** The values as a fresh Float64Array (the input is never mutated). */
  x: Float64Array;
  /** The weights (a fresh Float64Array), or null when none were given. */
  w: Float64Array | null;
  /** Number of units. */
  n: number;
  /** Σ w_i (n when unweighted). */
  totalWeight: number;
  /** μ = Σ w_i x_i / Σ w_i. */
  mean: number;
  /** Degenerate case, in order of precedence (see above), or null. */
  trivial: 'single' | 'zero-sum' | 'all-equal' | null;
  /** The power of two `x` was divided by (`rescale: true`), else 1: the values given are `x · unit`. */
  unit: number;
}

export interface ValidateValuesOptions {
  /** Weights, one per value (population or frequency weights w_i ≥ 0, not all 0). */
  weights?: ArrayLike<number> | null;
  /** Whether negative values are an error (default) or accepted. */
  negatives?: 'error' | 'allow';
  /** Name of the argument in messages (default `values`). */
  argument?: string;
  /** How a position is written in messages (default `position 3`). */
  position?: (index: number) => string;
  /**
   * Divide the values by the power of two that brings the largest |x| into
   * [1, 2) (exact), for indices invariant to the scale of the values: sums of
   * 1e308s then cannot overflow nor products of 5e-324s underflow. Default false.
   */
  rescale?: boolean;
}

const MESSAGE_LIMIT = 50;

function describe(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'bigint') return `bigint ${v}n`;
  if (typeof v === 'symbol' || typeof v === 'function') return typeof v;
  if (typeof v === 'object') return describeValue(v); // may hold BigInts, which JSON cannot write
  return `${typeof v} ${JSON.stringify(v)}`;
}

/**
 * Validates `values` (and `weights`) for the public function `fn` by the shared input
 * policy above; throws one ZonelinkError listing every bad position.
 */
export function validateValues(fn: string, values: ArrayLike<number>, options: ValidateValuesOptions = {}): ValidatedValues {
  const argument = options.argument ?? 'values';
  const negatives = options.negatives ?? 'error';
  const position = options.position ?? ((i: number) => `position ${i}`);
  const fail = (message: string, issues: ZonelinkIssue[]): never => {
    throw new ZonelinkError('invalid-argument', `${fn}: ${message}`, issues);
  };
  if (values == null || typeof values !== 'object' || typeof (values as ArrayLike<number>).length !== 'number') {
    fail(`${argument} must be an array of numbers`, [{ code: 'invalid-argument', message: `${fn}: ${argument} must be an array of numbers`, field: argument }]);
  }
  const n = values.length;
  if (n === 0) {
    fail(`${argument} is empty`, [{ code: 'empty-input', message: `${fn}: ${argument} is empty`, field: argument }]);
  }
  const issues: ZonelinkIssue[] = [];
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as unknown;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      const message = `${argument} at ${position(i)} is ${describe(v)}, expected a finite number`;
      issues.push({ code: 'non-finite-value', message, field: argument, index: i, value: v, expected: 'finite number' });
    } else if (v < 0 && negatives === 'error') {
      const message = `${argument} at ${position(i)} is negative (${v}), expected a value ≥ 0`;
      issues.push({ code: 'negative-value', message, field: argument, index: i, value: v, expected: 'number ≥ 0' });
    } else x[i] = v;
  }
  let w: Float64Array | null = null;
  const weights = options.weights;
  if (weights != null) {
    if (typeof weights !== 'object' || typeof weights.length !== 'number') {
      issues.push({ code: 'invalid-weights', message: 'weights must be an array of numbers', field: 'weights' });
    } else if (weights.length !== n) {
      issues.push({ code: 'length-mismatch', message: `weights has length ${weights.length}, ${argument} has length ${n}`, field: 'weights' });
    } else {
      w = new Float64Array(n);
      let positive = false;
      for (let i = 0; i < n; i++) {
        const v = weights[i] as unknown;
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          issues.push({ code: 'non-finite-weight', message: `weights at ${position(i)} is ${describe(v)}, expected a finite number ≥ 0`, field: 'weights', index: i, value: v, expected: 'finite number ≥ 0' });
        } else if (v < 0) {
          issues.push({ code: 'negative-weight', message: `weights at ${position(i)} is negative (${v})`, field: 'weights', index: i, value: v, expected: 'number ≥ 0' });
        } else {
          w[i] = v;
          if (v > 0) positive = true;
        }
      }
      if (!positive && issues.every((is) => is.field !== 'weights')) {
        issues.push({ code: 'zero-weights', message: 'all weights are zero', field: 'weights' });
      }
    }
  }
  if (issues.length > 0) {
    // the message lists the first MESSAGE_LIMIT problems; `issues` always holds every one
    const shown = issues.slice(0, MESSAGE_LIMIT).map((is) => is.message);
    if (issues.length > MESSAGE_LIMIT) shown.push(`and ${issues.length - MESSAGE_LIMIT} more (see issues)`);
    const list = shown.join('; ');
    throw new ZonelinkError('invalid-argument', `${fn}: ${list}`, issues.map((is) => ({ ...is, message: `${fn}: ${is.message}` })));
  }
  let unit = 1;
  if (options.rescale) {
    let max = 0;
    for (let i = 0; i < n; i++) max = Math.max(max, Math.abs(x[i]));
    if (max > 0) unit = powerOfTwoBelow(max);
    if (unit !== 1) for (let i = 0; i < n; i++) x[i] /= unit;
  }
  let totalWeight = n;
  let sum = 0;
  if (w) {
    totalWeight = 0;
    for (let i = 0; i < n; i++) {
      totalWeight += w[i];
      sum += w[i] * x[i];
    }
  } else for (let i = 0; i < n; i++) sum += x[i];
  const mean = sum / totalWeight;
  let trivial: ValidatedValues['trivial'] = null;
  if (n === 1) trivial = 'single';
  else if (mean === 0) trivial = 'zero-sum';
  else {
    // all-equal among the units that carry weight (zero-weight units count for nothing)
    let equal = true;
    let first = NaN;
    for (let i = 0; i < n; i++) {
      if (w && w[i] === 0) continue;
      if (first !== first) first = x[i];
      else if (x[i] !== first) {
        equal = false;
        break;
      }
    }
    if (equal) trivial = 'all-equal';
  }
  return { x, w, n, totalWeight, mean, trivial, unit };
}
