/**
 * Whether a linkage is active in `year` (`null`: every year): started by then (or
 * undated) and not ended before it. The explorer's year filter.
 *
 * @example
 * edgeActiveIn({ startYear: 2010, endYear: 2015 }, 2016); // false
 */
export function edgeActiveIn(edge: { startYear?: number; endYear?: number }, year: number | null): boolean {
  if (year === null) return true;
  if (edge.startYear !== undefined && edge.startYear > year) return false;
  return !(edge.endYear !== undefined && edge.endYear < year);
}
