/**
 * The power of two 2^e with 2^e ≤ x < 2^(e+1), for a finite x > 0 (subnormals
 * included; e ∈ [−1074, 1023]). Dividing numbers by it is exact, so measures
 * that are invariant to the scale of their input use it to bring the largest
 * value into [1, 2) before summing or multiplying: Σ of 1e308s cannot overflow
 * to Infinity, products of 5e-324s cannot underflow to 0, and every result is
 * the one the given values would give in exact arithmetic, bit for bit.
 *
 * @example
 * powerOfTwoBelow(10); // 8
 * powerOfTwoBelow(5e-324); // 5e-324 (2^-1074)
 */
export function powerOfTwoBelow(x: number): number {
  let e = Math.max(-1074, Math.min(1023, Math.floor(Math.log2(x))));
  // Math.log2 may be one off next to a power of two
  while (e < 1023 && x / 2 ** e >= 2) e++;
  while (e > -1074 && x / 2 ** e < 1) e--;
  return 2 ** e;
}
