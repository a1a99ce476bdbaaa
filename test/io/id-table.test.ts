import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable } from '../../src/io/id-table.js';
import { seededRandom } from '../../src/random/seeded-random.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

/** What a Map does for the same calls: the reference. */
function reference(): { getOrAdd(id: string, value: number): number } {
  const map = new Map<string, number>();
  return {
    getOrAdd(id, value) {
      const known = map.get(id);
      if (known !== undefined) return known;
      map.set(id, value);
      return -1;
    },
  };
}

describe('IdTable', () => {
  it('answers as a Map would for any sequence of ids (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.constantFrom('l1', 'l10', 'l1 ', 'L1', '')), fc.nat()), { maxLength: 400 }), (calls) => {
        const table = new IdTable();
        const map = reference();
        for (const [id, value] of calls) expect(table.getOrAdd(id, value)).toBe(map.getOrAdd(id, value));
        expect(table.size).toBe(new Set(calls.map(([id]) => id)).size);
      }),
    );
  });

  it('stays exact through many growths: 300,000 ids, every one found again with its first value', () => {
    const table = new IdTable();
    const random = seededRandom(7);
    const ids: string[] = [];
    for (let k = 0; k < 300_000; k++) {
      const id = k % 3 === 0 ? `l${k}` : k % 3 === 1 ? `etdz-${String(k).padStart(6, '0')}` : `链${Math.floor(random() * 1e9)}-${k}`;
      ids.push(id);
      expect(table.getOrAdd(id, k)).toBe(-1);
    }
    expect(table.size).toBe(ids.length);
    for (let k = 0; k < ids.length; k += 7) expect(table.getOrAdd(ids[k], -5)).toBe(k);
    // near misses are new ids: a longer, a shorter and a changed last character
    expect(table.getOrAdd(`${ids[3]}x`, 1)).toBe(-1);
    expect(table.getOrAdd(ids[3].slice(0, -1), 2)).toBe(-1);
    expect(table.getOrAdd(`${ids[3].slice(0, -1)}z`, 3)).toBe(-1);
  });

  it('tells apart ids whose code units differ only beyond the first character, and surrogate pairs', () => {
    const table = new IdTable();
    expect(table.getOrAdd('😀', 1)).toBe(-1);
    expect(table.getOrAdd('😁', 2)).toBe(-1);
    expect(table.getOrAdd('\ud83d', 3)).toBe(-1); // a lone high surrogate is its own id
    expect(table.getOrAdd('😀', 9)).toBe(1);
    expect(table.getOrAdd('\ud83d', 9)).toBe(3);
    expect(table.size).toBe(3);
  });
});

describe('IdTable bounds', () => {
  it('refuses ids beyond its character bound with a ZonelinkError naming the caller, keeping what it holds', () => {
    const table = new IdTable('readLinkageColumns', 10);
    expect(table.getOrAdd('abcd', 1)).toBe(-1);
    expect(table.getOrAdd('efghij', 2)).toBe(-1); // 10 characters in all: still inside
    const error = zonelinkErrorOf(() => table.getOrAdd('k', 3));
    expect(error.message).toContain('readLinkageColumns');
    expect(error.issues[0].code).toBe('file-too-large');
    expect(table.getOrAdd('abcd', 9)).toBe(1);
    expect(table.size).toBe(2);
  });
});
