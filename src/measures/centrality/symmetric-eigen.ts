/**
 * Every eigenpair of a small dense symmetric matrix by the cyclic Jacobi method
 * (Golub & Van Loan 2013, Matrix Computations, 4th ed., §8.5): rotations zero the
 * off-diagonal entries one by one until their sum of squares is below
 * (1e-17 × the Frobenius norm)². Accurate to the last digits, and quick for the
 * few dozen rows a Lanczos basis projects onto; not meant for large matrices (O(k³)
 * per sweep).
 *
 * Reads the leading `size` × `size` block of `matrix` (row-major with `stride`
 * columns; only that block is read, and it is not modified). Returns the
 * eigenvalues, unsorted, and the eigenvectors as the columns of a row-major
 * `size` × `size` array (`vectors[i * size + c]` is entry i of eigenvector c),
 * orthonormal.
 */
export function symmetricEigen(matrix: Float64Array, stride: number, size: number): { values: Float64Array; vectors: Float64Array } {
  const k = size;
  const a = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) a[i * k + j] = matrix[i * stride + j];
  const q = new Float64Array(k * k);
  for (let i = 0; i < k; i++) q[i * k + i] = 1;
  let frobenius = 0;
  for (let i = 0; i < k * k; i++) frobenius += a[i] * a[i];
  const threshold = frobenius * 1e-34;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let r = p + 1; r < k; r++) off += a[p * k + r] * a[p * k + r];
    if (!(off > threshold)) break;
    for (let p = 0; p < k; p++) {
      for (let r = p + 1; r < k; r++) {
        const apr = a[p * k + r];
        if (apr === 0) continue;
        // The rotation that zeroes a[p][r] (the smaller of the two angles, for stability).
        const tau = (a[r * k + r] - a[p * k + p]) / (2 * apr);
        const t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        for (let i = 0; i < k; i++) {
          const aip = a[i * k + p];
          const air = a[i * k + r];
          a[i * k + p] = c * aip - s * air;
          a[i * k + r] = s * aip + c * air;
        }
        for (let i = 0; i < k; i++) {
          const api = a[p * k + i];
          const ari = a[r * k + i];
          a[p * k + i] = c * api - s * ari;
          a[r * k + i] = s * api + c * ari;
        }
        for (let i = 0; i < k; i++) {
          const qip = q[i * k + p];
          const qir = q[i * k + r];
          q[i * k + p] = c * qip - s * qir;
          q[i * k + r] = s * qip + c * qir;
        }
      }
    }
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = a[i * k + i];
  return { values, vectors: q };
}
