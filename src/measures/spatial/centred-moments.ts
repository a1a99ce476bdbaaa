/** Centred values and their second and fourth moment sums (internal to moranI and gearyC). */
export interface CentredMoments {
  /** z_i = x_i − x̄. */
  z: Float64Array;
  /** Σ z_i². */
  sumSquares: number;
  /** Σ z_i⁴. */
  sumFourth: number;
}

/**
 * The values centred on their mean, with Σz² and Σz⁴: the moments behind Moran's I,
 * Geary's C and the sample kurtosis n Σz⁴/(Σz²)² of their randomisation variances
 * (Cliff & Ord 1981).
 */
export function centredMoments(x: ArrayLike<number>): CentredMoments {
  const units = x.length;
  let mean = 0;
  for (let i = 0; i < units; i++) mean += x[i];
  mean /= units;
  const z = new Float64Array(units);
  let sumSquares = 0;
  let sumFourth = 0;
  for (let i = 0; i < units; i++) {
    z[i] = x[i] - mean;
    sumSquares += z[i] * z[i];
    sumFourth += z[i] ** 4;
  }
  return { z, sumSquares, sumFourth };
}
