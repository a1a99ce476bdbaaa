/** A typed array of `length` elements holding a copy of `a` at its start (the rest zero): how the streaming readers grow their columns. */
export function grownArray<T extends Int32Array | Float64Array | Uint8Array | Uint16Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}
