import { invalidArgument, ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';

/**
 * Reads `values` in the unit order `nodes` for the public function `caller`: a
 * record node → number must have a finite number for every node and no other key; an
 * array must have exactly one finite number per node, in `nodes` order. With
 * `rejectConstant`, all-equal values are an error (the statistic's denominator
 * Σ(x − x̄)² would be 0). Internal.
 */
export function readAlignedValues(caller: string, values: Record<string, number> | ArrayLike<number>, nodes: string[], rejectConstant: boolean): Float64Array {
  if (values === null || typeof values !== 'object') invalidArgument(caller, 'values must be an object node → number or an array in weights.nodes order', { field: 'values' });
  const n = nodes.length;
  const x = new Float64Array(n);
  const issues: ZonelinkIssue[] = [];
  const isArray = Array.isArray(values) || ArrayBuffer.isView(values);
  if (isArray) {
    const array = values as ArrayLike<number>;
    if (array.length !== n) invalidArgument(caller, `values has ${array.length} entries but the weights have ${n} units`, { field: 'values', code: 'unaligned-values' });
    for (let i = 0; i < n; i++) {
      const v = array[i] as unknown;
      if (typeof v !== 'number' || !Number.isFinite(v)) issues.push({ code: 'invalid-value', message: `${caller}: value of ${nodes[i]} is ${String(v)}, expected a finite number`, field: 'values', id: nodes[i], index: i, value: v });
      else x[i] = v;
    }
  } else {
    const record = values as Record<string, number>;
    const known = new Set(nodes);
    for (const key of Object.keys(record)) {
      if (!known.has(key)) issues.push({ code: 'unknown-node', message: `${caller}: values has node ${key}, which is not in the weights`, field: 'values', id: key });
    }
    nodes.forEach((id, i) => {
      const v = record[id] as unknown;
      if (v === undefined) issues.push({ code: 'missing-value', message: `${caller}: no value for ${id}`, field: 'values', id });
      else if (typeof v !== 'number' || !Number.isFinite(v)) issues.push({ code: 'invalid-value', message: `${caller}: value of ${id} is ${String(v)}, expected a finite number`, field: 'values', id, value: v });
      else x[i] = v;
    });
  }
  if (issues.length > 0) {
    const first = issues.slice(0, 3).map((issue) => issue.message.slice(caller.length + 2)).join('; ');
    throw new ZonelinkError('invalid-argument', `${caller}: values are not aligned with the weights' units or not finite: ${first}`, issues);
  }
  if (rejectConstant && n > 0 && x.every((v) => v === x[0])) {
    invalidArgument(caller, 'all values are equal; spatial autocorrelation is undefined for a constant variable', { field: 'values', code: 'constant-values' });
  }
  return x;
}
