import { quantileSorted } from 'd3-array';
import { invalidArgument } from '../error/zonelink-error.js';
import { LinkageModeSchema, type Linkage } from '../schema/linkage.js';
import type { LinkageMode } from '../schema/taxonomy.js';

/**
 * Which estimated links to keep: each node's `topK` strongest (a pair is kept when it
 * is among the k strongest of either end; arcs by their source), those at or above the
 * `quantile` q of all candidate values (type 7, linear interpolation), or those at or
 * above the `'mean'`. Zero values are never kept (a linkage weight is > 0).
 */
export type LinkageThreshold = { topK: number } | { quantile: number } | 'mean';

/** A candidate link between node indices i and j with its model value. */
export interface Candidate {
  i: number;
  j: number;
  value: number;
}

/** Normalises the caller's linkage mode (any accepted spelling) or throws naming the caller. */
export function parseMode(caller: string, mode: unknown): LinkageMode {
  if (mode === undefined) invalidArgument(caller, 'mode is required: the linkage mode the estimated links get', { field: 'mode' });
  const parsed = LinkageModeSchema.safeParse(mode);
  if (!parsed.success) invalidArgument(caller, `unknown linkage mode ${String(mode)}; expected resource-factor, industrial-chain or cross-regional`, { code: 'unknown-mode', field: 'mode', value: mode });
  return parsed.data;
}

/** Candidates kept by the threshold (internal), in input order. */
export function applyThreshold(caller: string, candidates: readonly Candidate[], threshold: LinkageThreshold | undefined, directed: boolean): Candidate[] {
  const positive = candidates.filter((c) => c.value > 0);
  if (threshold === undefined) return positive;
  if (threshold === 'mean') {
    let sum = 0;
    for (const c of candidates) sum += c.value;
    const mean = candidates.length > 0 ? sum / candidates.length : 0;
    return positive.filter((c) => c.value >= mean);
  }
  if (typeof threshold === 'object' && threshold !== null && 'quantile' in threshold) {
    const q = threshold.quantile;
    if (typeof q !== 'number' || !(q >= 0 && q <= 1)) invalidArgument(caller, `threshold.quantile must be in [0, 1], got ${String(q)}`, { field: 'threshold.quantile', value: q });
    const sorted = candidates.map((c) => c.value).sort((a, b) => a - b);
    const cut = sorted.length > 0 ? quantileSorted(sorted, q)! : 0;
    return positive.filter((c) => c.value >= cut);
  }
  if (typeof threshold === 'object' && threshold !== null && 'topK' in threshold) {
    const k = threshold.topK;
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) invalidArgument(caller, `threshold.topK must be a positive integer, got ${String(k)}`, { field: 'threshold.topK', value: k });
    const byNode = new Map<number, number[]>();
    positive.forEach((c, p) => {
      for (const end of directed ? [c.i] : [c.i, c.j]) {
        if (!byNode.has(end)) byNode.set(end, []);
        byNode.get(end)!.push(p);
      }
    });
    const keep = new Uint8Array(positive.length);
    for (const list of byNode.values()) {
      // strongest first; equal values by the position of the candidate (node order)
      list.sort((a, b) => positive[b].value - positive[a].value || a - b);
      for (let t = 0; t < Math.min(k, list.length); t++) keep[list[t]] = 1;
    }
    return positive.filter((_, p) => keep[p] === 1);
  }
  return invalidArgument(caller, `threshold must be { topK }, { quantile } or 'mean', got ${JSON.stringify(threshold, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`, { field: 'threshold' });
}

/** A Linkage record for an estimated link, citing the model (`model:gravity` …). */
export function modelLinkage(model: string, source: string, target: string, directed: boolean, weight: number, mode: LinkageMode, startYear: number | undefined): Linkage {
  const linkage: Linkage = {
    id: `${model}:${source}${directed ? '->' : '--'}${target}`,
    source,
    target,
    mode,
    directed,
    weight,
    enclave: false,
    citation: `model:${model}`,
  };
  if (startYear !== undefined) linkage.startYear = startYear;
  return linkage;
}
