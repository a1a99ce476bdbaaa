import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { clipText } from '../error/clip-text.js';
import type { Linkage } from '../schema/linkage.js';

/**
 * How a network-level function reads a linkage's weight: the name of a numeric
 * linkage attribute, a function `(id, linkage, source, target) → number` (the
 * same arguments in the same order as every edge-weight callback of the library,
 * a linkage being an edge of the ZoneNetwork keyed by its id), or `null` for
 * unweighted (every linkage counts 1).
 */
export type LinkageWeightOption = string | null | ((id: string, linkage: Linkage, source: string, target: string) => number);

/**
 * Reads one linkage's weight by `weight` and checks it is a finite number ≥ 0.
 * Returns the number, or pushes an `invalid-weight` issue naming `caller`, the
 * linkage and its ends onto `issues` and returns `undefined`, so that callers
 * report every bad linkage in one pass.
 */
export function readLinkageWeight(
  caller: string,
  weight: LinkageWeightOption,
  linkage: Linkage,
  id: string,
  source: string,
  target: string,
  issues: ZonelinkIssue[],
): number | undefined {
  const raw: unknown =
    weight === null ? 1 : typeof weight === 'string' ? (linkage as unknown as Record<string, unknown>)[weight] : weight(id, linkage, source, target);
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) return raw;
  issues.push({
    code: 'invalid-weight',
    message: `${caller}: linkage ${clipText(id)} (${clipText(source)} – ${clipText(target)}) has weight ${clipText(String(raw))}; expected a finite number ≥ 0`,
    id,
    field: typeof weight === 'string' ? weight : 'weight',
    value: raw,
    expected: 'finite number ≥ 0',
  });
  return undefined;
}
