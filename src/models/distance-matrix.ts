import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../error/zonelink-error.js';
import { haversineKm } from '../geometry/great-circle-distance.js';
import type { ModelNode } from './node-masses.js';

/**
 * Distance between nodes: `'great-circle'` (km, from each node's `coordinates`), an
 * n × n matrix in node order (travel time, road km …), or a function of two nodes.
 */
export type DistanceSpec = 'great-circle' | readonly (readonly number[])[] | ((a: ModelNode, b: ModelNode) => number);

/** Rule for co-located nodes (D = 0): a distance, or a function of the two nodes. */
export type IntraCityDistance = number | ((a: ModelNode, b: ModelNode) => number);

/**
 * The full distance matrix (row-major, n × n, diagonal 0), validated in one pass:
 * every missing coordinate, bad matrix cell or bad function value is reported.
 * With `zero: 'error'`, an off-diagonal D = 0 without an intra-city rule is an
 * error; with an intra-city rule those cells take its value (internal).
 */
export function distanceMatrix(
  caller: string,
  nodes: readonly ModelNode[],
  spec: DistanceSpec | undefined,
  options: { zero: 'error' | 'allow'; intraCityDistance?: IntraCityDistance },
): Float64Array {
  const n = nodes.length;
  const d = new Float64Array(n * n);
  const issues: ZonelinkIssue[] = [];
  const distance = spec ?? 'great-circle';
  if (distance === 'great-circle') {
    nodes.forEach((node, i) => {
      const c = node.coordinates;
      if (!c || typeof c.lon !== 'number' || typeof c.lat !== 'number' || !Number.isFinite(c.lon) || !Number.isFinite(c.lat)) {
        issues.push({ code: 'missing-coordinates', message: `${caller}: node ${node.id} (position ${i}) has no valid coordinates for great-circle distance`, id: node.id, index: i, field: 'coordinates' });
      }
    });
    if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: nodes without coordinates`, issues);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) d[i * n + j] = d[j * n + i] = haversineKm(nodes[i].coordinates!, nodes[j].coordinates!);
  } else if (Array.isArray(distance)) {
    if (distance.length !== n) invalidArgument(caller, `the distance matrix has ${distance.length} rows for ${n} nodes`, { code: 'length-mismatch', field: 'distance' });
    for (let i = 0; i < n; i++) {
      const row = distance[i];
      if (!Array.isArray(row) || row.length !== n) {
        issues.push({ code: 'length-mismatch', message: `${caller}: distance row ${i} (node ${nodes[i].id}) has ${Array.isArray(row) ? row.length : 'no'} entries for ${n} nodes`, index: i, field: 'distance' });
        continue;
      }
      for (let j = 0; j < n; j++) if (i !== j) d[i * n + j] = row[j];
    }
  } else if (typeof distance === 'function') {
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) d[i * n + j] = distance(nodes[i], nodes[j]);
  } else {
    invalidArgument(caller, `distance must be 'great-circle', a matrix or a function, got ${String(distance)}`, { field: 'distance' });
  }
  const intra = options.intraCityDistance;
  if (intra !== undefined && typeof intra !== 'function' && (typeof intra !== 'number' || !Number.isFinite(intra) || intra <= 0)) {
    invalidArgument(caller, `intraCityDistance must be a finite number > 0 or a function, got ${String(intra)}`, { field: 'intraCityDistance', value: intra });
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      let v = d[i * n + j];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        issues.push({ code: 'invalid-distance', message: `${caller}: distance ${nodes[i].id} → ${nodes[j].id} (row ${i}, column ${j}) is ${String(v)}; expected a finite number ≥ 0`, id: nodes[i].id, index: i, value: v, field: 'distance' });
        continue;
      }
      if (v === 0 && options.zero === 'error') {
        if (intra === undefined) {
          if (i < j) issues.push({ code: 'zero-distance', message: `${caller}: nodes ${nodes[i].id} and ${nodes[j].id} (positions ${i}, ${j}) are at distance 0; give intraCityDistance`, id: nodes[i].id, index: i, field: 'distance' });
          continue;
        }
        v = typeof intra === 'function' ? intra(nodes[i], nodes[j]) : intra;
        if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
          issues.push({ code: 'invalid-distance', message: `${caller}: intraCityDistance for ${nodes[i].id} → ${nodes[j].id} is ${String(v)}; expected a finite number > 0`, id: nodes[i].id, index: i, value: v, field: 'intraCityDistance' });
          continue;
        }
        d[i * n + j] = v;
      }
    }
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid distances`, issues);
  return d;
}
