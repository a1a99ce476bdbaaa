import { ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';

/** A group label: a string or a finite number. */
export type GroupLabel = string | number;

/** Units assigned to groups: the distinct labels in order of first appearance and each unit's group index. */
export interface GroupedUnits {
  labels: GroupLabel[];
  index: Int32Array;
}

function badLabel(v: unknown): boolean {
  return !(typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
}

/**
 * Checks that `groups` has one label (string or finite number) per unit and maps the
 * labels to 0-based indices in order of first appearance. Throws one ZonelinkError
 * naming `fn` and every bad position.
 */
export function groupUnits(fn: string, groups: ArrayLike<GroupLabel>, n: number, argument = 'groups'): GroupedUnits {
  const issues: ZonelinkIssue[] = [];
  if (groups == null || typeof groups !== 'object' || typeof groups.length !== 'number') {
    throw new ZonelinkError('invalid-argument', `${fn}: ${argument} must be an array of labels`, [
      { code: 'invalid-argument', message: `${fn}: ${argument} must be an array of labels`, field: argument },
    ]);
  }
  if (groups.length !== n) {
    const message = `${fn}: ${argument} has length ${groups.length}, values has length ${n}`;
    throw new ZonelinkError('invalid-argument', message, [{ code: 'length-mismatch', message, field: argument }]);
  }
  const map = new Map<GroupLabel, number>();
  const labels: GroupLabel[] = [];
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const g = groups[i] as unknown;
    if (badLabel(g)) {
      issues.push({ code: 'invalid-group', message: `${fn}: ${argument} at position ${i} is ${String(g)}, expected a string or finite number`, field: argument, index: i, value: g });
      continue;
    }
    let k = map.get(g as GroupLabel);
    if (k === undefined) {
      k = labels.length;
      map.set(g as GroupLabel, k);
      labels.push(g as GroupLabel);
    }
    index[i] = k;
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', issues.map((i) => i.message).join('; '), issues);
  return { labels, index };
}

/** Per-group population share v_g, weighted mean μ_g and size, from validated values. */
export interface GroupSummary {
  /** v_g = Σ_{i∈g} w_i / Σ w. */
  populationShares: Float64Array;
  /** μ_g (NaN for a group whose weights are all zero). */
  means: Float64Array;
  /** Number of units n_g. */
  sizes: Int32Array;
  /** Σ_{i∈g} w_i. */
  weights: Float64Array;
}

/** Group totals of validated values `x` with optional weights `w`. */
export function summarizeGroups(x: Float64Array, w: Float64Array | null, index: Int32Array, k: number): GroupSummary {
  const weights = new Float64Array(k);
  const sums = new Float64Array(k);
  const sizes = new Int32Array(k);
  for (let i = 0; i < x.length; i++) {
    const g = index[i];
    const wi = w ? w[i] : 1;
    weights[g] += wi;
    sums[g] += wi * x[i];
    sizes[g]++;
  }
  let total = 0;
  for (let g = 0; g < k; g++) total += weights[g];
  const populationShares = new Float64Array(k);
  const means = new Float64Array(k);
  for (let g = 0; g < k; g++) {
    populationShares[g] = weights[g] / total;
    means[g] = sums[g] / weights[g];
  }
  return { populationShares, means, sizes, weights };
}

/** The values (and weights) of each group as separate arrays, in the input order. */
export function splitGroups(
  x: Float64Array,
  w: Float64Array | null,
  index: Int32Array,
  k: number,
): { x: Float64Array[]; w: (Float64Array | null)[] } {
  const sizes = new Int32Array(k);
  for (let i = 0; i < index.length; i++) sizes[index[i]]++;
  const xs: Float64Array[] = [];
  const ws: (Float64Array | null)[] = [];
  for (let g = 0; g < k; g++) {
    xs.push(new Float64Array(sizes[g]));
    ws.push(w ? new Float64Array(sizes[g]) : null);
  }
  const fill = new Int32Array(k);
  for (let i = 0; i < index.length; i++) {
    const g = index[i];
    const j = fill[g]++;
    xs[g][j] = x[i];
    const wg = ws[g];
    if (wg && w) wg[j] = w[i];
  }
  return { x: xs, w: ws };
}
