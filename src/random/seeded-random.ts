import { checkFunction, describeValue } from '../error/argument-checks.js';
import { invalidArgument } from '../error/zonelink-error.js';
/**
 * A seeded pseudo-random generator returning floats in [0, 1): mulberry32
 * (Tommy Ettinger, public domain), 32-bit state, the same sequence for the
 * same seed on every platform. zonelink never draws unseeded randomness: every
 * randomised algorithm takes a `seed` option and builds one of these.
 *
 * Formula: t ← state + 0x6D2B79F5; z = (t ^ t>>>15)·(t|1); z ^= z + (z ^ z>>>7)·(z|61);
 * return (z ^ z>>>14) / 2³².
 *
 * @param seed any finite number; non-integers are hashed by their 32-bit truncation.
 * @example
 * const random = seededRandom(42);
 * random(); // 0.6011037519201636, and the same on every run
 */
export function seededRandom(seed: number): () => number {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) invalidArgument('seededRandom', `seed must be a finite number, got ${describeValue(seed)} ${typeof seed === 'symbol' ? '' : String(seed)}`.trimEnd(), { field: 'seed' });
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A uniformly random integer in [0, n) drawn from `random`.
 *
 * @example
 * randomInteger(seededRandom(1), 6); // a die roll, the same for seed 1 every time
 */
export function randomInteger(random: () => number, n: number): number {
  checkFunction('randomInteger', random, 'random');
  if (typeof n !== 'number' || !(n >= 0)) invalidArgument('randomInteger', 'n must be a number ≥ 0', { field: 'n' });
  return Math.floor(random() * n);
}

/**
 * Fisher–Yates shuffle of `array` in place using `random`; returns the array.
 *
 * @example
 * shuffleInPlace(seededRandom(7), ['a', 'b', 'c']);
 */
export function shuffleInPlace<T>(random: () => number, array: T[] | Int32Array): T[] | Int32Array {
  checkFunction('shuffleInPlace', random, 'random');
  if (!Array.isArray(array) && !(array instanceof Int32Array)) invalidArgument('shuffleInPlace', `array must be an array, got ${describeValue(array)}`, { field: 'array' });
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = array[i];
    array[i] = array[j];
    array[j] = t as never;
  }
  return array;
}
