/**
 * Upper tail of the standard normal distribution, Q(z) = 1 − Φ(z) = ½ erfc(z/√2),
 * to about 1e-15 relative accuracy: the positive-term series
 * erf(x) = (2/√π) e^{−x²} Σ_k 2^k x^{2k+1} / (1·3·…·(2k+1)) for x < 2.5 and the
 * continued fraction erfc(x) = (e^{−x²}/√π) · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
 * (modified Lentz) above. NaN → NaN, ±Infinity → 0 / 1. Internal.
 *
 * Reference: Abramowitz, M. & Stegun, I. A. (1964), Handbook of Mathematical
 * Functions, 7.1.6 and 7.1.14.
 */
export function upperNormalTail(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  if (z < 0) return 1 - upperNormalTail(-z);
  return 0.5 * erfc(z / Math.SQRT2);
}

/** erfc(x) for x ≥ 0. */
function erfc(x: number): number {
  if (x < 2.5) {
    // erf by the all-positive series, then erfc = 1 − erf
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let k = 1; k < 200; k++) {
      term *= (2 * x2) / (2 * k + 1);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x2) * sum;
  }
  // continued fraction x + a1/(x + a2/(x + …)), a_k = k/2, by modified Lentz
  const tiny = 1e-300;
  let f = x;
  let C = f;
  let D = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    D = x + a * D;
    if (Math.abs(D) < tiny) D = tiny;
    C = x + a / C;
    if (Math.abs(C) < tiny) C = tiny;
    D = 1 / D;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}
