import { invalidArgument, ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';
import type { SpatialWeights } from './spatial-weights-type.js';

/** A validated {@link SpatialWeights} in typed arrays (internal). */
export interface WeightsRows {
  n: number;
  nodes: string[];
  offsets: Int32Array;
  targets: Int32Array;
  values: Float64Array;
  /** Σ_j w_ij. */
  rowSums: Float64Array;
  /** Number of neighbours of each unit (spdep `card`). */
  cards: Int32Array;
  selfIncluded: boolean;
  style: 'binary' | 'row';
}

/**
 * Validates a {@link SpatialWeights} for the public function `caller` and returns it
 * in compressed sparse rows. Every problem is listed in one ZonelinkError. With
 * `zeroPolicy` false, a unit without neighbours is an error (spdep's default
 * `zero.policy = FALSE`). Internal.
 */
export function readSpatialWeights(caller: string, weights: SpatialWeights, zeroPolicy: boolean, allowSelf: boolean): WeightsRows {
  if (weights === null || typeof weights !== 'object') invalidArgument(caller, 'weights must be a SpatialWeights object (see spatialWeights)', { field: 'weights' });
  const { nodes, neighbours, style } = weights;
  const w = weights.weights;
  if (!Array.isArray(nodes) || !Array.isArray(neighbours) || !Array.isArray(w)) {
    invalidArgument(caller, 'weights needs arrays nodes, neighbours and weights', { field: 'weights' });
  }
  const n = nodes.length;
  if (neighbours.length !== n || w.length !== n) {
    invalidArgument(caller, `weights has ${n} nodes but ${neighbours.length} neighbour rows and ${w.length} weight rows`, { field: 'weights', code: 'unaligned-weights' });
  }
  if (style !== 'binary' && style !== 'row') invalidArgument(caller, `weights.style must be 'binary' or 'row', got ${String(style)}`, { field: 'weights.style', value: style });
  const selfIncluded = weights.selfIncluded === true;
  if (selfIncluded && !allowSelf) invalidArgument(caller, 'units are their own neighbours (selfIncluded); build the weights without includeSelf', { field: 'weights.selfIncluded' });
  const issues: ZonelinkIssue[] = [];
  const seen = new Set<string>();
  for (const id of nodes) {
    if (typeof id !== 'string') issues.push({ code: 'invalid-node', message: `${caller}: node keys must be strings, got ${String(id)}`, field: 'weights.nodes', value: id });
    else if (seen.has(id)) issues.push({ code: 'duplicate-node', message: `${caller}: node ${id} appears twice in weights.nodes`, field: 'weights.nodes', id });
    seen.add(id);
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const row = neighbours[i];
    const wrow = w[i];
    if (!Array.isArray(row) || !Array.isArray(wrow) || row.length !== wrow.length) {
      issues.push({ code: 'unaligned-weights', message: `${caller}: row ${i} (${nodes[i]}) has different numbers of neighbours and weights`, field: 'weights', index: i });
      offsets[i + 1] = offsets[i];
      continue;
    }
    offsets[i + 1] = offsets[i] + row.length;
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid spatial weights`, issues);
  const targets = new Int32Array(offsets[n]);
  const values = new Float64Array(offsets[n]);
  const rowSums = new Float64Array(n);
  const cards = new Int32Array(n);
  const isolated: string[] = [];
  for (let i = 0; i < n; i++) {
    const row = neighbours[i];
    const wrow = w[i];
    let previous = -1;
    for (let k = 0; k < row.length; k++) {
      const j = row[k];
      const v = wrow[k];
      if (typeof j !== 'number' || !Number.isInteger(j) || j < 0 || j >= n || j <= previous) {
        issues.push({ code: 'invalid-neighbour', message: `${caller}: neighbours of ${nodes[i]} must be ascending distinct indices in [0, ${n - 1}], got ${String(j)}`, field: 'weights.neighbours', index: i, value: j });
      } else if (j === i && !selfIncluded) {
        issues.push({ code: 'self-neighbour', message: `${caller}: ${nodes[i]} is its own neighbour but selfIncluded is false`, field: 'weights.neighbours', index: i });
      }
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
        issues.push({ code: 'invalid-weight', message: `${caller}: weight ${String(v)} of ${nodes[i]} → ${String(j)} must be a finite number > 0`, field: 'weights.weights', index: i, value: v });
      }
      previous = typeof j === 'number' ? j : previous;
      targets[offsets[i] + k] = j;
      values[offsets[i] + k] = v;
      rowSums[i] += v;
    }
    cards[i] = row.length - (selfIncluded && row.includes(i) ? 1 : 0);
    if (cards[i] === 0) isolated.push(nodes[i]);
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid spatial weights`, issues);
  if (isolated.length > 0 && !zeroPolicy) {
    throw new ZonelinkError(
      'invalid-argument',
      `${caller}: unit(s) without neighbours: ${isolated.slice(0, 50).join(', ')} (pass zeroPolicy: true to give them a zero spatial lag, as spdep's zero.policy)`,
      isolated.map((id) => ({ code: 'no-neighbours', message: `${caller}: ${id} has no neighbours`, field: 'weights.neighbours', id })),
    );
  }
  return { n, nodes, offsets, targets, values, rowSums, cards, selfIncluded, style };
}
