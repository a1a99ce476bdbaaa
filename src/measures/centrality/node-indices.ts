import { ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';

/**
 * Reads a `nodes` option (a list of node keys) into node indices, in the given
 * order, reporting every unknown or repeated key in one ZonelinkError.
 */
export function nodeIndices(caller: string, keys: readonly string[], nodes: readonly string[]): Int32Array {
  if (!Array.isArray(keys)) {
    throw new ZonelinkError('invalid-argument', `${caller}: option nodes must be an array of node keys`, [
      { code: 'invalid-argument', message: `${caller}: option nodes must be an array of node keys`, field: 'nodes' },
    ]);
  }
  const index = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) index.set(nodes[i], i);
  const result = new Int32Array(keys.length);
  const seen = new Set<string>();
  const issues: ZonelinkIssue[] = [];
  keys.forEach((key, k) => {
    const i = index.get(key);
    if (i === undefined) issues.push({ code: 'unknown-node', message: `${caller}: option nodes names ${String(key)}, which is not in the graph`, field: 'nodes', id: String(key) });
    else if (seen.has(key)) issues.push({ code: 'duplicate-node', message: `${caller}: option nodes lists ${key} twice`, field: 'nodes', id: key });
    else result[k] = i;
    seen.add(key);
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid option nodes`, issues);
  return result;
}
