import { invalidArgument } from '../error/zonelink-error.js';
import { describeValue } from '../error/argument-checks.js';

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
  checkYearRule('zonePresentIn', year, undated);
  if (approved === undefined || approved === null) return undated === 'keep';
  if (typeof approved !== 'string' || !/^\d{4}/.test(approved)) invalidArgument('zonePresentIn', `approved must be a date starting with a 4-digit year, got ${describeValue(approved)}`, { field: 'approved' });
  return Number(approved.slice(0, 4)) <= year;
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
  checkYearRule('linkageActiveIn', year, undated);
  if (startYear !== undefined && !Number.isInteger(startYear)) invalidArgument('linkageActiveIn', `startYear must be an integer or undefined, got ${describeValue(startYear)}`, { field: 'startYear' });
  if (endYear !== undefined && !Number.isInteger(endYear)) invalidArgument('linkageActiveIn', `endYear must be an integer or undefined, got ${describeValue(endYear)}`, { field: 'endYear' });
  if (startYear === undefined ? undated === 'drop' : startYear > year) return false;
  return endYear === undefined || endYear >= year;
}

/** The year is an integer and the undated policy 'keep' or 'drop' (the rule's own arguments). */
function checkYearRule(caller: string, year: unknown, undated: unknown): void {
  if (!Number.isInteger(year)) invalidArgument(caller, `year must be an integer, got ${describeValue(year)}`, { field: 'year' });
  if (undated !== 'keep' && undated !== 'drop') invalidArgument(caller, `undated must be 'keep' or 'drop', got ${describeValue(undated)}`, { field: 'undated' });
}
