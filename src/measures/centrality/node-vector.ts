import { ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';

/**
 * Reads a node-keyed option (`personalization`, `dangling`, Katz `beta`) into a
 * vector in node-index order, reporting every problem in one pass: unknown node
 * ids, values that are not finite numbers ≥ 0, missing nodes when `requireAll`,
 * and an all-zero vector when `requirePositiveSum`.
 */
export function nodeVector(
  caller: string,
  field: string,
  record: Record<string, number>,
  index: ReadonlyMap<string, number>,
  rules: { requireAll: boolean; requirePositiveSum: boolean },
): Float64Array {
  const vector = new Float64Array(index.size);
  const issues: ZonelinkIssue[] = [];
  if (record === null || typeof record !== 'object') {
    issues.push({ code: 'invalid-argument', message: `${caller}: option ${field} must be an object keyed by node id`, field });
    throw new ZonelinkError('invalid-argument', `${caller}: invalid option ${field}`, issues);
  }
  let sum = 0;
  for (const [key, value] of Object.entries(record)) {
    const i = index.get(key);
    if (i === undefined) {
      issues.push({ code: 'unknown-node', message: `${caller}: option ${field} names node ${key}, which is not in the graph`, field, id: key });
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      issues.push({
        code: 'invalid-value',
        message: `${caller}: option ${field} has ${String(value)} for node ${key}; expected a finite number ≥ 0`,
        field,
        id: key,
        value,
        expected: 'finite number ≥ 0',
      });
      continue;
    }
    vector[i] = value;
    sum += value;
  }
  if (rules.requireAll) {
    for (const key of index.keys()) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) {
        issues.push({ code: 'missing-node', message: `${caller}: option ${field} has no value for node ${key}`, field, id: key });
      }
    }
  }
  if (issues.length === 0 && rules.requirePositiveSum && !(sum > 0)) {
    issues.push({ code: 'zero-sum', message: `${caller}: option ${field} must have a positive sum`, field });
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid option ${field}`, issues);
  return vector;
}
