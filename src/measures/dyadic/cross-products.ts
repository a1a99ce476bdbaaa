/** Σ_c a_c b_c (internal). */
export function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let c = 0; c < a.length; c++) s += a[c] * b[c];
  return s;
}

/** G = XᵀX (row-major p × p) of the given columns (internal). */
export function gram(columns: readonly Float64Array[]): Float64Array {
  const p = columns.length;
  const g = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j <= i; j++) g[i * p + j] = g[j * p + i] = dot(columns[i], columns[j]);
  return g;
}

/** Xᵀy (internal). */
export function crossProduct(columns: readonly Float64Array[], y: Float64Array): Float64Array {
  return Float64Array.from(columns, (x) => dot(x, y));
}
