import { invalidArgument, ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { haversineKm, type LonLat } from '../../geometry/great-circle-distance.js';
import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { ellipsoidKm } from './ellipsoid-km.js';
import type { SpatialWeights } from './spatial-weights-type.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption, choiceOption } from '../../options/option-spec.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter, type ProgressReporter } from '../../progress/progress-reporter.js';

/** How distances between WGS84 points are measured. */
export type SpatialDistance = 'haversine' | 'ellipsoidal';

/** Fields shared by the point-based sources of {@link spatialWeights}. */
export interface PointSource {
  /** Node → WGS84 point { lon, lat } in degrees. */
  coordinates: Record<string, LonLat>;
  /** Unit order (default `Object.keys(coordinates)`); every listed unit needs coordinates. */
  nodes?: string[];
  /**
   * `'haversine'` (default: a sphere of R = 6371.0088 km, as every other zonelink
   * distance) or `'ellipsoidal'` (the Andoyer–Lambert WGS84 formula of R spdep's
   * `longlat = TRUE`, to reproduce spdep's neighbour sets exactly).
   */
  distance?: SpatialDistance;
}

/** The source of a spatial weights matrix: see {@link spatialWeights}. */
export type SpatialWeightsSource =
  | (PointSource & { method: 'knn'; k: number })
  | (PointSource & { method: 'distance-band'; thresholdKm: number; minKm?: number })
  | (PointSource & { method: 'inverse-distance'; power?: number; thresholdKm?: number })
  | { method: 'graph'; graph: GraphInput; nodes?: string[] };

/** The declared options of {@link spatialWeights} (checks, defaults and docs/options.md come from here). */
export const spatialWeightsOptions = defineOptions('spatialWeights', {
  /** `'row'` (default: row sums 1, spdep style "W") or `'binary'` (unstandardised, spdep "B"). */
  style: choiceOption(['row', 'binary'] as const, { doc: "'row' = row-standardised, each row sums to 1 (spdep style \"W\"); 'binary' = unstandardised (spdep \"B\").", default: 'row' }),
  /** Add each unit to its own neighbours with weight 1 before standardising (spdep `include.self`, for Gi*). Default false. */
  includeSelf: booleanOption({ doc: "Add each unit to its own neighbours with weight 1 before standardising (spdep's include.self, for Gi*).", default: false }),
  /** Progress (unit: rows; the point methods compute n² distances) and cancellation. */
  ...progressOptionSpecs,
});

/** Options of {@link spatialWeights}, declared in {@link spatialWeightsOptions}. */
export type SpatialWeightsOptions = OptionsOf<typeof spatialWeightsOptions>;

const FN = 'spatialWeights';

function fail(message: string, issues: ZonelinkIssue[]): never {
  throw new ZonelinkError('invalid-argument', `${FN}: ${message}`, issues);
}

function readPoints(source: PointSource): { nodes: string[]; points: LonLat[]; measure: (a: LonLat, b: LonLat) => number } {
  const { coordinates } = source;
  if (coordinates === null || typeof coordinates !== 'object' || Array.isArray(coordinates)) {
    invalidArgument(FN, 'coordinates must be an object mapping node → { lon, lat }', { field: 'coordinates' });
  }
  const nodes = readNodeOrder(source.nodes, Object.keys(coordinates));
  const distance = source.distance ?? 'haversine';
  if (distance !== 'haversine' && distance !== 'ellipsoidal') {
    invalidArgument(FN, `distance must be 'haversine' or 'ellipsoidal', got ${String(distance)}`, { field: 'distance', value: distance });
  }
  const issues: ZonelinkIssue[] = [];
  const points = nodes.map((id) => {
    const p = coordinates[id] as LonLat | undefined;
    const ok =
      p != null &&
      typeof p === 'object' &&
      typeof p.lon === 'number' &&
      typeof p.lat === 'number' &&
      Number.isFinite(p.lon) &&
      Number.isFinite(p.lat) &&
      Math.abs(p.lon) <= 180 &&
      Math.abs(p.lat) <= 90;
    if (!ok) issues.push({ code: 'invalid-coordinates', message: `${FN}: node ${id} has no valid coordinates { lon ∈ [−180, 180], lat ∈ [−90, 90] }`, field: 'coordinates', id, value: p });
    return p as LonLat;
  });
  if (issues.length > 0) fail(`missing or invalid coordinates for node(s) ${issues.slice(0, 50).map((i) => i.id).join(', ')}`, issues);
  return { nodes, points, measure: distance === 'haversine' ? haversineKm : ellipsoidKm };
}

function readNodeOrder(given: string[] | undefined, fallback: readonly string[]): string[] {
  if (given === undefined) return [...fallback];
  if (!Array.isArray(given) || given.some((id) => typeof id !== 'string')) {
    invalidArgument(FN, 'nodes must be an array of node keys', { field: 'nodes' });
  }
  const seen = new Set<string>();
  for (const id of given) {
    if (seen.has(id)) invalidArgument(FN, `node ${id} is listed twice in nodes`, { field: 'nodes', id, code: 'duplicate-node' });
    seen.add(id);
  }
  return [...given];
}

function checkPositiveNumber(field: string, value: unknown, allowZero: boolean, allowInfinity = false): number {
  const ok = typeof value === 'number' && !Number.isNaN(value) && (allowInfinity || Number.isFinite(value)) && (allowZero ? value >= 0 : value > 0);
  if (!ok) invalidArgument(FN, `${field} must be a ${allowInfinity ? '' : 'finite '}number ${allowZero ? '≥' : '>'} 0, got ${String(value)}`, { field, value });
  return value as number;
}

/** All ordered distances, computed once per unordered pair. */
function pairDistances(points: LonLat[], measure: (a: LonLat, b: LonLat) => number, progress: ProgressReporter): Float64Array {
  const n = points.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    progress.tick();
    for (let j = i + 1; j < n; j++) {
      const v = measure(points[i], points[j]);
      d[i * n + j] = v;
      d[j * n + i] = v;
    }
  }
  return d;
}

/**
 * Builds a {@link SpatialWeights} matrix from one of four sources:
 *
 * - `{ method: 'knn', coordinates, k }`: each unit's k nearest other units by
 *   great-circle distance, w_ij = 1 (spdep `knn2nb(knearneigh(coords, k, longlat =
 *   TRUE))`). Not symmetric in general: j may be among i's k nearest while i is not
 *   among j's. Ties in distance go to the unit listed first (as spdep's C code).
 *   Needs 1 ≤ k ≤ n − 1.
 * - `{ method: 'distance-band', coordinates, thresholdKm, minKm = 0 }`: neighbours
 *   when minKm ≤ d_ij ≤ thresholdKm, w_ij = 1 (spdep `dnearneigh(coords, minKm,
 *   thresholdKm, longlat = TRUE)`, bounds "GE", "LE"). Symmetric; a unit farther than
 *   thresholdKm from every other has no neighbours.
 * - `{ method: 'inverse-distance', coordinates, power = 1, thresholdKm = Infinity }`:
 *   w_ij = d_ij^−power for every pair within thresholdKm (the full inverse-distance
 *   matrix by default, as most Chinese regional studies use; spdep `nb2listw(nb,
 *   glist = lapply(nbdists(nb, coords, longlat = TRUE), function(d) 1/d^power))`).
 *   Coincident units (d = 0) are an error.
 * - `{ method: 'graph', graph }`: w_ij = 1 when i and j are joined by an edge in
 *   either direction (contiguity from a zonelink GraphInput: a graphology graph, a
 *   ZoneNetwork or a compact adjacency); self-loops are ignored; units are the graph's
 *   nodes (or `nodes`, which must all be in the graph; other graph nodes are dropped).
 *
 * Distances are haversine on R = 6371.0088 km by default; `distance: 'ellipsoidal'`
 * uses the Andoyer–Lambert WGS84 formula of spdep's `longlat = TRUE` (see
 * {@link ellipsoidalDistanceKm}). The two differ by up to ≈ 0.5 %, enough to change a
 * neighbour set when a distance lies near a band threshold or two candidate
 * neighbours are almost equally far: on the centres of China's 336 prefecture-level
 * cities, the 6-nearest sets of 5 cities and the 512 km band sets of 30 differ.
 *
 * Then `includeSelf` (default false) adds w_ii = 1 (spdep `include.self`, for the
 * Getis–Ord Gi*), and `style` (default `'row'`) divides each non-empty row by its sum
 * (spdep "W": w_ij / Σ_j w_ij) or leaves the weights as built (`'binary'`, spdep "B").
 *
 * Edge cases: a listed unit without valid coordinates, a duplicate in `nodes`, a
 * `nodes` entry missing from the graph, k outside [1, n − 1], a non-positive power or
 * threshold → ZonelinkError naming `spatialWeights`. O(n²) distances for the point
 * sources.
 *
 * Reference: Bivand, R. S., Pebesma, E. & Gómez-Rubio, V. (2013), Applied Spatial Data
 * Analysis with R, 2nd ed., Springer, ch. 9; Anselin, L. (1988), Spatial Econometrics:
 * Methods and Models, Kluwer, ch. 3.
 *
 * @example
 * const coordinates = { a: { lon: 0, lat: 0 }, b: { lon: 1, lat: 0 }, c: { lon: 3, lat: 0 } };
 * const w = spatialWeights({ method: 'knn', coordinates, k: 1 }, { style: 'binary' });
 * w.neighbours; // [[1], [0], [1]]: c's nearest is b, but b's nearest is a
 * w.symmetric;  // false
 */
export function spatialWeights(source: SpatialWeightsSource, options: SpatialWeightsOptions = {}): SpatialWeights {
  const read = spatialWeightsOptions.read(options);
  const { style, includeSelf } = read;
  if (source === null || typeof source !== 'object') invalidArgument(FN, 'source must be an object with a method', { field: 'source' });
  let progress = progressReporter(FN, undefined, 0, 'rows');

  let nodes: string[];
  let neighbours: number[][];
  let weights: number[][];
  const method = (source as { method?: unknown }).method;
  if (method === 'graph') {
    ({ nodes, neighbours } = graphNeighbours(source as { graph: GraphInput; nodes?: string[] }));
    progress = progressReporter(FN, read, nodes.length, 'rows');
    weights = neighbours.map((row) => row.map(() => 1));
  } else if (method === 'knn' || method === 'distance-band' || method === 'inverse-distance') {
    const points = readPoints(source as PointSource);
    nodes = points.nodes;
    const n = nodes.length;
    if (n < 2) invalidArgument(FN, `at least 2 units are needed, got ${n}`, { field: 'coordinates', code: 'too-few-nodes' });
    // the n² distances (one tick per row), then the n neighbour rows
    progress = progressReporter(FN, read, 2 * n, 'rows');
    const d = pairDistances(points.points, points.measure, progress);
    neighbours = [];
    weights = [];
    if (method === 'knn') {
      const k = (source as { k: unknown }).k;
      if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > n - 1) {
        invalidArgument(FN, `k must be an integer in [1, ${n - 1}] (n − 1), got ${String(k)}`, { field: 'k', value: k });
      }
      const others = new Int32Array(n - 1);
      for (let i = 0; i < n; i++) {
        progress.tick();
        let m = 0;
        for (let j = 0; j < n; j++) if (j !== i) others[m++] = j;
        const sorted = Array.from(others).sort((p, q) => d[i * n + p] - d[i * n + q] || p - q);
        const row = sorted.slice(0, k).sort((p, q) => p - q);
        neighbours.push(row);
        weights.push(row.map(() => 1));
      }
    } else if (method === 'distance-band') {
      const { thresholdKm, minKm = 0 } = source as { thresholdKm: number; minKm?: number };
      checkPositiveNumber('thresholdKm', thresholdKm, false, true);
      checkPositiveNumber('minKm', minKm, true);
      for (let i = 0; i < n; i++) {
        progress.tick();
        const row: number[] = [];
        for (let j = 0; j < n; j++) {
          const dij = d[i * n + j];
          if (j !== i && dij >= minKm && dij <= thresholdKm) row.push(j);
        }
        neighbours.push(row);
        weights.push(row.map(() => 1));
      }
    } else {
      const { power = 1, thresholdKm = Infinity } = source as { power?: number; thresholdKm?: number };
      checkPositiveNumber('power', power, false);
      checkPositiveNumber('thresholdKm', thresholdKm, false, true);
      const issues: ZonelinkIssue[] = [];
      for (let i = 0; i < n; i++) {
        progress.tick();
        const row: number[] = [];
        const wrow: number[] = [];
        for (let j = 0; j < n; j++) {
          const dij = d[i * n + j];
          if (j === i || dij > thresholdKm) continue;
          if (dij === 0 && j > i) issues.push({ code: 'coincident-points', message: `${FN}: ${nodes[i]} and ${nodes[j]} are at distance 0`, field: 'coordinates', id: nodes[j] });
          row.push(j);
          wrow.push(dij ** -power);
        }
        neighbours.push(row);
        weights.push(wrow);
      }
      if (issues.length > 0) fail('inverse distance is infinite for coincident units', issues);
    }
  } else {
    invalidArgument(FN, `method must be 'knn', 'distance-band', 'inverse-distance' or 'graph', got ${String(method)}`, { field: 'method', value: method });
  }

  if (includeSelf) {
    for (let i = 0; i < nodes.length; i++) {
      let at = 0;
      while (at < neighbours[i].length && neighbours[i][at] < i) at++;
      neighbours[i].splice(at, 0, i);
      weights[i].splice(at, 0, 1);
    }
  }
  if (style === 'row') {
    weights = weights.map((row) => {
      const sum = row.reduce((s, v) => s + v, 0);
      return row.map((v) => v / sum);
    });
  }
  const result: SpatialWeights = { nodes, neighbours, weights, style, selfIncluded: includeSelf, symmetric: isSymmetric(neighbours, weights) };
  progress.finish();
  return result;
}

function graphNeighbours(source: { graph: GraphInput; nodes?: string[] }): { nodes: string[]; neighbours: number[][] } {
  if (source.graph == null || typeof source.graph !== 'object') invalidArgument(FN, 'graph must be a graphology graph, a ZoneNetwork or a compact adjacency', { field: 'graph' });
  const csr = compactAdjacency(source.graph, { weight: null, caller: FN });
  const nodes = readNodeOrder(source.nodes, csr.nodes);
  const missing = nodes.filter((id) => !csr.index.has(id));
  if (missing.length > 0) {
    fail(
      `node(s) not in the graph: ${missing.slice(0, 50).join(', ')}`,
      missing.map((id) => ({ code: 'unknown-node', message: `${FN}: node ${id} is not in the graph`, field: 'nodes', id })),
    );
  }
  const position = new Map<number, number>();
  nodes.forEach((id, i) => position.set(csr.index.get(id) as number, i));
  const neighbours = nodes.map((id) => {
    const v = csr.index.get(id) as number;
    const set = new Set<number>();
    for (let p = csr.outOffsets[v]; p < csr.outOffsets[v + 1]; p++) {
      const j = position.get(csr.outTargets[p]);
      if (j !== undefined && csr.outTargets[p] !== v) set.add(j);
    }
    for (let p = csr.inOffsets[v]; p < csr.inOffsets[v + 1]; p++) {
      const j = position.get(csr.inSources[p]);
      if (j !== undefined && csr.inSources[p] !== v) set.add(j);
    }
    return [...set].sort((a, b) => a - b);
  });
  return { nodes, neighbours };
}

function isSymmetric(neighbours: number[][], weights: number[][]): boolean {
  const maps = neighbours.map((row, i) => new Map(row.map((j, k) => [j, weights[i][k]])));
  for (let i = 0; i < neighbours.length; i++) {
    for (let k = 0; k < neighbours[i].length; k++) {
      const j = neighbours[i][k];
      const back = maps[j].get(i);
      if (back === undefined || Math.abs(back - weights[i][k]) > 1e-12 * Math.max(1, Math.abs(back))) return false;
    }
  }
  return true;
}
