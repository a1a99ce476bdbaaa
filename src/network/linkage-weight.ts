import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { clipText } from '../error/clip-text.js';
import type { Linkage } from '../schema/linkage.js';

/** How a network-level function reads a linkage's weight: an attribute name or a function of the linkage. */
export type LinkageWeightOption = string | ((linkage: Linkage, id: string) => number);

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
  const raw: unknown = typeof weight === 'string' ? (linkage as unknown as Record<string, unknown>)[weight] : weight(linkage, id);
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
