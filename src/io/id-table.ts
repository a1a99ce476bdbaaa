import { ZonelinkError } from '../error/zonelink-error.js';
import { grownArray } from './grown-array.js';

/** Code units the table holds at most (its offsets are Int32). */
const MAX_CODES = 2 ** 31 - 1;

/**
 * A string → integer table kept in typed arrays (open addressing, FNV-1a hash,
 * linear probing, load ≤ 1/2), for the ids a large file must check for
 * duplicates: at 10⁷ linkages a `Map` holds ten million strings on the
 * JavaScript heap, and every major garbage collection walks them; here they
 * are UTF-16 code units in one growing buffer that the collector never scans.
 * About 2 bytes per character plus 20 bytes per id.
 *
 * Exact: a lookup compares the stored code units, never the hash alone.
 * Bounded: ids of more than 2³¹ − 1 characters in all are refused with a
 * `ZonelinkError` naming the caller (a file of that many id characters is over 2 GB).
 *
 * @example
 * const ids = new IdTable();
 * ids.getOrAdd('l1', 2);   // -1 (new: 2 is stored with it)
 * ids.getOrAdd('l1', 9);   // 2  (already there: its value)
 * ids.size;                // 1
 */
export class IdTable {
  /**
   * @param caller the public function whose input the ids are (named in the error when they do not fit)
   * @param maxCodes characters held at most (default and ceiling 2³¹ − 1)
   */
  constructor(
    private readonly caller = 'IdTable',
    private readonly maxCodes = MAX_CODES,
  ) {}

  private codes = new Uint16Array(1 << 12);
  private used = 0;
  /** Entry k's code units are codes[starts[k] .. starts[k + 1]). */
  private starts = new Int32Array(1 << 8);
  private values = new Int32Array(1 << 8);
  private hashes = new Int32Array(1 << 8);
  /** 0 = empty, otherwise entry index + 1. */
  private slots = new Int32Array(1 << 9);
  private count = 0;

  /** Number of ids stored. */
  get size(): number {
    return this.count;
  }

  /** The value stored with `id`; or, when `id` is new, stores `value` with it and returns −1. */
  getOrAdd(id: string, value: number): number {
    const n = id.length;
    let h = 0x811c9dc5 | 0; // as an Int32, the form `hashes` stores (an empty id never passes through Math.imul)
    for (let i = 0; i < n; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const entry = this.slots[s] - 1;
      if (entry < 0) {
        this.add(id, h, value, s);
        return -1;
      }
      if (this.hashes[entry] === h && this.sameId(entry, id)) return this.values[entry];
    }
  }

  private sameId(entry: number, id: string): boolean {
    const start = this.starts[entry];
    if (this.starts[entry + 1] - start !== id.length) return false;
    const codes = this.codes;
    for (let i = 0; i < id.length; i++) if (codes[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private add(id: string, hash: number, value: number, slot: number): void {
    const k = this.count;
    if (k + 2 > this.starts.length) {
      this.starts = grownArray(this.starts, 2 * this.starts.length);
      this.values = grownArray(this.values, this.starts.length);
      this.hashes = grownArray(this.hashes, this.starts.length);
    }
    const limit = Math.min(this.maxCodes, MAX_CODES);
    if (this.used + id.length > limit) {
      const message = `${this.caller}: the ids checked for duplicates exceed ${limit.toLocaleString('en-US')} characters in all; split the file`;
      throw new ZonelinkError('invalid-input', message, [{ code: 'file-too-large', message, value: this.count, expected: `ids of at most ${limit} characters in all` }]);
    }
    if (this.used + id.length > this.codes.length) this.codes = grownArray(this.codes, Math.min(limit, Math.max(2 * this.codes.length, this.used + id.length)));
    for (let i = 0; i < id.length; i++) this.codes[this.used + i] = id.charCodeAt(i);
    this.used += id.length;
    this.starts[k + 1] = this.used;
    this.values[k] = value;
    this.hashes[k] = hash;
    this.slots[slot] = k + 1;
    this.count = k + 1;
    if (2 * this.count > this.slots.length) this.rehash(2 * this.slots.length);
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let k = 0; k < this.count; k++) {
      let s = this.hashes[k] & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = k + 1;
    }
    this.slots = slots;
  }
}
