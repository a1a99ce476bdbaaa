import { yearOf } from '../schema/fields.js';

/** What a year view does with a zone or linkage that has no date: keep it (assumed to exist) or drop it. */
export type UndatedPolicy = 'keep' | 'drop';

/**
 * Whether a zone belongs to the network as it stood in `year`: approved in or
 * before `year` (the year of its `approved` date, `YYYY` or `YYYY-MM` …); a zone
 * without an approval date (`undefined` or `null`) is kept unless `undated` is
 * `'drop'`. This is the rule of {@link snapshot}, exported so that every measure
 * that takes a `year` (`platformOverlay` reading a dataset's records, the report's
 * tables) applies the same one: one year means one thing.
 *
 * @example
 * zonePresentIn('2013-09', 2015); // true
 * zonePresentIn('2017', 2015); // false
 * zonePresentIn(undefined, 2015); // true (undated zones are kept by default)
 * zonePresentIn(undefined, 2015, 'drop'); // false
 */
export function zonePresentIn(approved: string | null | undefined, year: number, undated: UndatedPolicy = 'keep'): boolean {
  if (approved === undefined || approved === null) return undated === 'keep';
  return yearOf(approved) <= year;
}

/**
 * Whether a linkage is active in `year`: startYear ≤ year ≤ endYear, an open end
 * counting as active; a linkage without a start year is kept unless `undated` is
 * `'drop'`. The rule of {@link snapshot} and of `columnsAdjacency`'s `year`.
 *
 * @example
 * linkageActiveIn(2010, 2015, 2012); // true
 * linkageActiveIn(2010, 2015, 2016); // false
 * linkageActiveIn(2010, undefined, 2030); // true (open end)
 * linkageActiveIn(undefined, undefined, 2012, 'drop'); // false
 */
export function linkageActiveIn(startYear: number | undefined, endYear: number | undefined, year: number, undated: UndatedPolicy = 'keep'): boolean {
  if (startYear === undefined ? undated === 'drop' : startYear > year) return false;
  return endYear === undefined || endYear >= year;
}
