import { invalidArgument } from '../../error/zonelink-error.js';
import { readAlternative, type Alternative } from './alternative.js';
import { readAlignedValues } from './read-aligned-values.js';
import { readSpatialWeights, type WeightsRows } from './read-spatial-weights.js';
import type { SpatialWeights } from './spatial-weights-type.js';
import { weightsConstants, type WeightsConstants } from './weights-constants.js';

/** The checked inputs of a global autocorrelation statistic (internal to moranI and gearyC). */
export interface GlobalAutocorrelationInputs {
  alternative: Alternative;
  rows: WeightsRows;
  /** The values aligned with `rows.nodes`. */
  x: Float64Array;
  /** n, S0, S1, S2 of the weights (n: units with neighbours). */
  constants: WeightsConstants;
}

/**
 * Reads the alternative (default 'greater') and `zeroPolicy`, the weights (no
 * self-weights) and the values aligned with them, the weights' constants, and
 * checks that at least 4 units have neighbours (the randomisation variances
 * divide by (n − 1)(n − 2)(n − 3)).
 */
export function globalAutocorrelationInputs(
  caller: string,
  values: Record<string, number> | ArrayLike<number>,
  weights: SpatialWeights,
  options: { alternative?: Alternative; zeroPolicy?: boolean },
): GlobalAutocorrelationInputs {
  const alternative = readAlternative(caller, options.alternative, 'greater');
  const zeroPolicy = options.zeroPolicy ?? false;
  if (typeof zeroPolicy !== 'boolean') invalidArgument(caller, 'zeroPolicy must be a boolean', { field: 'zeroPolicy', value: zeroPolicy });
  const rows = readSpatialWeights(caller, weights, zeroPolicy, false);
  const x = readAlignedValues(caller, values, rows.nodes, true);
  const constants = weightsConstants(rows);
  if (constants.n < 4) invalidArgument(caller, `at least 4 units with neighbours are needed, got ${constants.n}`, { field: 'values', code: 'too-few-nodes' });
  return { alternative, rows, x, constants };
}
