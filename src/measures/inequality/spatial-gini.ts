// Public signatures name graphs by graphology-types' AbstractGraph: graphology's
// default export is a namespace to an ESM consumer under NodeNext (TS2709).
import type { AbstractGraph } from 'graphology-types';
import { invalidArgument, ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { haversineKm, type LonLat } from '../../geometry/great-circle-distance.js';
import { permutationTestWith } from '../../statistics/permutation-test.js';
import { progressReporter } from '../../progress/progress-reporter.js';
import { seedOption } from '../../statistics/check-seed.js';
import { upperNormalTail } from '../../statistics/standard-normal.js';
import { isGraphLike } from '../../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption } from '../../options/option-spec.js';

/** A distance band: units within `thresholdKm` (great-circle, inclusive) of each other are neighbours. */
export interface DistanceBand {
  /** Node → WGS84 point; every valued node needs one. */
  coordinates: Record<string, LonLat>;
  /** Neighbour threshold in km (finite, ≥ 0); a pair at distance d is neighbours when d ≤ thresholdKm. */
  thresholdKm: number;
}

/** The declared options of {@link spatialGini} (checks, defaults and docs/options.md come from here). */
export const spatialGiniOptions = defineOptions('spatialGini', {
  permutations: numberOption({ doc: 'Number of random permutations for the pseudo p-values; 0 = no inference.', default: 999, min: 0, integer: true }),
  seed: seedOption,
});

/** Options of {@link spatialGini}, declared in {@link spatialGiniOptions} (see docs/options.md#spatialgini). */
export type SpatialGiniOptions = OptionsOf<typeof spatialGiniOptions>;

/** Result of {@link spatialGini}; pysal's `Gini_Spatial` attribute names are given in brackets. */
export interface SpatialGiniResult {
  /** Number of units. */
  n: number;
  /** The (uncorrected) Gini G = total / denominator [`g`]. */
  gini: number;
  /** ΣΣ |x_i − x_j| over all ordered pairs [`dtotal`]. */
  total: number;
  /** 2 n² μ [`den`]. */
  denominator: number;
  /** Σ_i Σ_j w_ij |x_i − x_j| over ordered neighbour pairs [`wg`]. */
  neighbourSum: number;
  /** Σ_i Σ_j (1 − w_ij) |x_i − x_j| = total − neighbourSum [`wcg`]. */
  nonNeighbourSum: number;
  /** neighbourSum / denominator: the neighbour part of G. */
  neighbourGini: number;
  /** nonNeighbourSum / denominator: the non-neighbour part of G [`wcg_share`]. */
  nonNeighbourGini: number;
  /** nonNeighbourSum / total: the share of G due to non-neighbour pairs (NaN when total = 0). */
  nonNeighbourShare: number;
  /** Unordered neighbour pairs (pysal's s0/2). */
  neighbourPairs: number;
  /** Unordered non-neighbour pairs, n(n − 1)/2 − neighbourPairs. */
  nonNeighbourPairs: number;
  /**
   * (nonNeighbourSum / neighbourSum) · (neighbourPairs / nonNeighbourPairs): mean
   * non-neighbour gap over mean neighbour gap, expected value 1 [`polarization`].
   * NaN when either kind of pair is absent or both sums are 0; Infinity when only
   * neighbourSum is 0.
   */
  polarization: number;
  /** Permutations run. */
  permutations: number;
  /** Seed used. */
  seed: number;
  /**
   * Folded pseudo p-value of nonNeighbourSum [`p_sim`]: with L the number of
   * permutations whose non-neighbour sum is ≥ the observed one, L ← min(L, P − L),
   * p = (L + 1)/(P + 1). Null without permutations.
   */
  pValue: number | null;
  /** Mean non-neighbour sum over the permutations [`e_wcg`]. */
  expectedNonNeighbourSum: number | null;
  /** Population SD of the permuted non-neighbour sums [`s_wcg`]. */
  sdNonNeighbourSum: number | null;
  /** (nonNeighbourSum − expected) / sd [`z_wcg`] (NaN when sd = 0). */
  z: number | null;
  /** 1 − Φ(z), the normal-approximation p-value [`p_z_sim`]. */
  pValueNormal: number | null;
  /** Upper-tail pseudo p-value of the polarization index, (#{P_perm ≥ P} + 1)/(P + 1) [`polarization_p_sim`]. */
  polarizationPValue: number | null;
}

const FN = 'spatialGini';

function fail(message: string, issues: ZonelinkIssue[]): never {
  throw new ZonelinkError('invalid-argument', `${FN}: ${message}`, issues);
}

function readValues(values: Record<string, number>): { ids: string[]; x: Float64Array } {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    invalidArgument(FN, 'values must be an object mapping node → number', { field: 'values' });
  }
  const ids = Object.keys(values);
  if (ids.length === 0) fail('values is empty', [{ code: 'empty-input', message: `${FN}: values is empty`, field: 'values' }]);
  const x = new Float64Array(ids.length);
  const issues: ZonelinkIssue[] = [];
  ids.forEach((id, i) => {
    const v = values[id] as unknown;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      issues.push({ code: 'invalid-value', message: `${FN}: value of node ${id} is ${String(v)}, expected a finite number`, field: 'values', id, value: v });
    } else x[i] = v;
  });
  if (issues.length > 0) fail(`non-finite values at node(s) ${issues.slice(0, 50).map((i) => i.id).join(', ')}`, issues);
  return { ids, x };
}

/** Unordered neighbour pairs (i < j, as unit indices) from a graph or a distance band. */
function neighbourPairsOf(ids: string[], neighbours: AbstractGraph | DistanceBand): { a: Int32Array; b: Int32Array } {
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const pa: number[] = [];
  const pb: number[] = [];
  // duck-typed, not `instanceof Graph`: graphs from graphology's CommonJS build count too
  if (isGraphLike(neighbours)) {
    const absent = ids.filter((id) => !neighbours.hasNode(id));
    if (absent.length > 0) {
      fail(
        `node(s) not in the neighbour graph: ${absent.slice(0, 50).join(', ')}`,
        absent.map((id) => ({ code: 'unknown-node', message: `${FN}: node ${id} is not in the neighbour graph`, field: 'neighbours', id })),
      );
    }
    for (let i = 0; i < n; i++) {
      for (const other of neighbours.neighbors(ids[i])) {
        const j = index.get(other);
        if (j !== undefined && j > i) {
          pa.push(i);
          pb.push(j);
        }
      }
    }
  } else if (neighbours !== null && typeof neighbours === 'object' && 'thresholdKm' in neighbours) {
    const { coordinates, thresholdKm } = neighbours;
    if (typeof thresholdKm !== 'number' || !Number.isFinite(thresholdKm) || thresholdKm < 0) {
      invalidArgument(FN, `thresholdKm must be a finite number ≥ 0, got ${String(thresholdKm)}`, { field: 'neighbours.thresholdKm', value: thresholdKm });
    }
    if (coordinates === null || typeof coordinates !== 'object') {
      invalidArgument(FN, 'neighbours.coordinates must be an object mapping node → { lon, lat }', { field: 'neighbours.coordinates' });
    }
    const issues: ZonelinkIssue[] = [];
    const points: LonLat[] = [];
    for (const id of ids) {
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
      if (!ok) issues.push({ code: 'invalid-coordinates', message: `${FN}: node ${id} has no valid coordinates { lon ∈ [−180, 180], lat ∈ [−90, 90] }`, field: 'neighbours.coordinates', id, value: p });
      points.push(p as LonLat);
    }
    if (issues.length > 0) fail(`missing or invalid coordinates for node(s) ${issues.slice(0, 50).map((i) => i.id).join(', ')}`, issues);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (haversineKm(points[i], points[j]) <= thresholdKm) {
          pa.push(i);
          pb.push(j);
        }
      }
    }
  } else {
    invalidArgument(FN, 'neighbours must be a graphology graph or a distance band { coordinates, thresholdKm }', { field: 'neighbours' });
  }
  return { a: Int32Array.from(pa), b: Int32Array.from(pb) };
}

/** 2 Σ_{pairs} |x[perm[a]] − x[perm[b]]| (ordered-pair sum), identity when perm is null. */
function pairSum(x: Float64Array, a: Int32Array, b: Int32Array, perm: Int32Array | null): number {
  let s = 0;
  if (perm) for (let k = 0; k < a.length; k++) s += Math.abs(x[perm[a[k]]] - x[perm[b[k]]]);
  else for (let k = 0; k < a.length; k++) s += Math.abs(x[a[k]] - x[b[k]]);
  return 2 * s;
}

function polarizationOf(wcg: number, wg: number, scale: number): number {
  if (!Number.isFinite(scale) || scale === 0) return NaN;
  if (wg === 0) return wcg === 0 ? NaN : Infinity;
  return (wcg / wg) * scale;
}

/**
 * The spatial decomposition of the Gini coefficient (Rey & Smith 2013): with binary
 * neighbour weights w_ij (w_ii = 0),
 *
 *   G = [Σ_i Σ_j w_ij |x_i − x_j| + Σ_i Σ_j (1 − w_ij) |x_i − x_j|] / (2 n² μ),
 *
 * the neighbour component and the non-neighbour component of the Gini numerator, with
 * a random-permutation test of the non-neighbour component: values are shuffled over
 * the units `permutations` times (successive Fisher–Yates shuffles of one index array,
 * seeded) and the folded pseudo p-value is computed as in pysal. A non-neighbour
 * component larger than under random placement means neighbours are more alike than
 * chance (spatial clustering of the values).
 *
 * Conventions follow pysal `inequality.gini.Gini_Spatial` (attribute names in
 * {@link SpatialGiniResult}): wg = neighbour sum, wcg = non-neighbour sum,
 * p_sim = (min(L, P − L) + 1)/(P + 1) with L = #{wcg_perm ≥ wcg}, e_wcg, s_wcg
 * (population SD), z_wcg, p_z_sim = 1 − Φ(z), polarization =
 * (wcg/wg)·(neighbour pairs/non-neighbour pairs) and its upper-tail p-value. pysal's
 * numpy random stream is not reproduced: p-values come from zonelink's seeded
 * generator (mulberry32); units are permuted in `Object.keys(values)` order (JavaScript
 * puts integer-like keys such as city codes first, ascending).
 *
 * `neighbours`: a graphology graph (w_ij = 1 when i and j are joined by any edge, in
 * either direction; parallel edges and self-loops change nothing; graph nodes without
 * a value are ignored) or a distance band `{ coordinates, thresholdKm }` (w_ij = 1 when
 * the great-circle distance, haversine on R = 6371.0088 km, is ≤ thresholdKm).
 *
 * Edge cases: empty values, a non-finite value, a valued node missing from the graph
 * or without coordinates → ZonelinkError listing every such node; n = 1 or all values
 * equal → G and both sums 0; Σx = 0 → G NaN; negative values are accepted (as for the
 * Gini). O(n log n + E) per statistic, O(E) per permutation (E = neighbour pairs; a
 * distance band costs O(n²) once). Options: see docs/options.md#spatialgini.
 *
 * Reference: Rey, S. J. & Smith, R. J. (2013), A spatial decomposition of the Gini
 * coefficient, Letters in Spatial and Resource Sciences 6:55–70; pysal/inequality
 * `Gini_Spatial`.
 *
 * @example
 * const g = new Graph(); // a path a – b – c – d
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('c', 'd');
 * const r = spatialGini({ a: 1, b: 2, c: 3, d: 4 }, g, { permutations: 99, seed: 1 });
 * r.gini; // 0.25 = 20 / (2·16·2.5)
 * r.neighbourSum; // 6 = 2·(1 + 1 + 1)
 * r.nonNeighbourSum; // 14
 */
export function spatialGini(values: Record<string, number>, neighbours: AbstractGraph | DistanceBand, options: SpatialGiniOptions = {}): SpatialGiniResult {
  const { permutations, seed } = spatialGiniOptions.read(options);
  if (neighbours == null) invalidArgument(FN, 'neighbours is required (a graph or { coordinates, thresholdKm })', { field: 'neighbours' });
  const { ids, x } = readValues(values);
  const n = ids.length;
  const { a, b } = neighbourPairsOf(ids, neighbours);

  // total = ΣΣ|x_i − x_j| over ordered pairs = 2 Σ_k x_(k) (2k − n + 1), k 0-based ascending
  const sorted = Float64Array.from(x).sort();
  let sum = 0;
  let half = 0;
  for (let k = 0; k < n; k++) {
    sum += x[k];
    half += sorted[k] * (2 * k - n + 1);
  }
  const allEqual = sorted[0] === sorted[n - 1];
  const total = allEqual ? 0 : 2 * half;
  const mean = sum / n;
  const denominator = 2 * n * n * mean;
  const gini = allEqual ? (mean === 0 ? NaN : 0) : mean === 0 ? NaN : total / denominator;
  const wg = allEqual ? 0 : pairSum(x, a, b, null);
  const wcg = total - wg;
  const neighbourPairs = a.length;
  const nonNeighbourPairs = (n * (n - 1)) / 2 - neighbourPairs;
  const scale = neighbourPairs / nonNeighbourPairs;
  const polarization = polarizationOf(wcg, wg, scale);
  const byDen = (s: number): number => (denominator === 0 ? NaN : s / denominator);

  const result: SpatialGiniResult = {
    n,
    gini,
    total,
    denominator,
    neighbourSum: wg,
    nonNeighbourSum: wcg,
    neighbourGini: allEqual && mean !== 0 ? 0 : byDen(wg),
    nonNeighbourGini: allEqual && mean !== 0 ? 0 : byDen(wcg),
    nonNeighbourShare: total === 0 ? NaN : wcg / total,
    neighbourPairs,
    nonNeighbourPairs,
    polarization,
    permutations,
    seed,
    pValue: null,
    expectedNonNeighbourSum: null,
    sdNonNeighbourSum: null,
    z: null,
    pValueNormal: null,
    polarizationPValue: null,
  };
  if (permutations === 0) return result;

  // the shared seeded permutation test: successive Fisher–Yates shuffles of one index
  // array from mulberry32(seed), the same sequence this function has always drawn
  const test = permutationTestWith(FN, n, (perm) => total - pairSum(x, a, b, perm), { permutations, seed }, progressReporter(FN, undefined, permutations, 'permutations'));
  const wcgp = test.distribution;
  let above = 0;
  let polarAbove = 0;
  for (let p = 0; p < permutations; p++) {
    const sim = wcgp[p];
    if (sim >= wcg) above++;
    if (polarizationOf(sim, total - sim, scale) >= polarization) polarAbove++;
  }
  const larger = Math.min(above, permutations - above);
  const expected = test.mean as number;
  let ss = 0;
  for (let p = 0; p < permutations; p++) ss += (wcgp[p] - expected) ** 2;
  const sd = Math.sqrt(ss / permutations);
  const z = sd === 0 ? NaN : (wcg - expected) / sd;
  result.pValue = (larger + 1) / (permutations + 1);
  result.expectedNonNeighbourSum = expected;
  result.sdNonNeighbourSum = sd;
  result.z = z;
  result.pValueNormal = upperNormalTail(z);
  result.polarizationPValue = (polarAbove + 1) / (permutations + 1);
  return result;
}
