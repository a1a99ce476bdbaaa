const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Values sorted ascending with their weights carried along, by an LSD radix sort on the
 * IEEE-754 bit patterns (4 passes of 16 bits; negative numbers have all bits flipped,
 * the others only the sign bit, so unsigned order is numeric order; −0 sorts just below
 * +0). O(n), no comparator calls. Values must be finite (validated before). Internal,
 * shared by the Lorenz curve and the Dagum decomposition.
 */
export function sortWithWeights(x: Float64Array, w: Float64Array): { x: Float64Array; w: Float64Array } {
  const n = x.length;
  const bits = new Uint32Array(Float64Array.from(x).buffer);
  const hiOff = LITTLE_ENDIAN ? 1 : 0;
  const loOff = 1 - hiOff;
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = bits[2 * i + hiOff];
    const l = bits[2 * i + loOff];
    if (h & 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
    idx[i] = i;
  }
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let idx2 = new Uint32Array(n);
  const count = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(word[i] >>> shift) & 0xffff]++;
    if (count[(word[0] >>> shift) & 0xffff] === n) continue; // every key shares this digit
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const j = count[(word[i] >>> shift) & 0xffff]++;
      hi2[j] = hi[i];
      lo2[j] = lo[i];
      idx2[j] = idx[i];
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
  }
  const sx = new Float64Array(n);
  const sw = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    sx[k] = x[idx[k]];
    sw[k] = w[idx[k]];
  }
  return { x: sx, w: sw };
}
