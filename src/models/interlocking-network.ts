import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../error/zonelink-error.js';
import type { Linkage } from '../schema/linkage.js';
import { applyThreshold, modelLinkage, parseMode, type Candidate } from './model-linkages.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { modelLinkageOptionSpecs } from './model-option-specs.js';

/**
 * Service values v_aj of firm j in place a: a matrix with the places as rows, or a
 * sparse record place → firm → value (a missing cell is 0).
 */
export type ServiceValues =
  | { places: readonly string[]; firms?: readonly string[]; values: readonly (readonly number[])[] }
  | Readonly<Record<string, Readonly<Record<string, number>>>>;

/** The declared options of {@link interlockingNetwork} (checks, defaults and docs/options.md come from here); `mode` is required. */
export const interlockingNetworkOptions = defineOptions('interlockingNetwork', { ...modelLinkageOptionSpecs });

/** Options of {@link interlockingNetwork}, declared in {@link interlockingNetworkOptions} (see docs/options.md#interlockingnetwork): `mode` is required. */
export type InterlockingOptions = OptionsOf<typeof interlockingNetworkOptions> & { mode: string };

/** Result of {@link interlockingNetwork}. */
export interface InterlockingResult {
  places: string[];
  /** Undirected linkages a–b weighted by r_ab (citation `model:interlocking`). */
  linkages: Linkage[];
  /** r_ab = Σ_j v_aj v_bj for every pair a ≠ b. */
  strength: Record<string, Record<string, number>>;
  /** Network connectivity C_a = Σ_b r_ab. */
  connectivity: Record<string, number>;
  /** C_a / max_b C_b (NaN when every connectivity is 0). */
  relativeConnectivity: Record<string, number>;
}

function readServiceValues(caller: string, input: ServiceValues): { places: string[]; v: number[][] } {
  const issues: ZonelinkIssue[] = [];
  if (input === null || typeof input !== 'object') invalidArgument(caller, 'serviceValues must be { places, values } or a record place → firm → value', { field: 'serviceValues' });
  let places: string[];
  let v: number[][];
  if (Array.isArray((input as { values?: unknown }).values)) {
    const m = input as { places: readonly string[]; firms?: readonly string[]; values: readonly (readonly number[])[] };
    if (!Array.isArray(m.places)) invalidArgument(caller, 'serviceValues.places must be an array of place ids', { field: 'places' });
    places = [...m.places];
    if (m.values.length !== places.length) invalidArgument(caller, `serviceValues has ${m.values.length} rows for ${places.length} places`, { code: 'length-mismatch', field: 'values' });
    const width = m.firms ? m.firms.length : (m.values[0]?.length ?? 0);
    v = m.values.map((row, a) => {
      if (!Array.isArray(row) || row.length !== width) {
        issues.push({ code: 'length-mismatch', message: `${caller}: row ${a} (place ${places[a]}) has ${Array.isArray(row) ? row.length : 'no'} values for ${width} firms`, index: a, field: 'values' });
        return [];
      }
      return row.map((x, j) => {
        if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) issues.push({ code: 'invalid-service-value', message: `${caller}: service value of place ${places[a]} (row ${a}), firm ${m.firms?.[j] ?? j} (column ${j}) is ${String(x)}; expected a finite number ≥ 0`, id: places[a], index: a, value: x, field: 'values' });
        return x;
      });
    });
  } else {
    const record = input as Readonly<Record<string, Readonly<Record<string, number>>>>;
    places = Object.keys(record);
    const firms = [...new Set(places.flatMap((p) => (record[p] && typeof record[p] === 'object' ? Object.keys(record[p]) : [])))].sort();
    v = places.map((p, a) => {
      const row = record[p];
      if (row === null || typeof row !== 'object') {
        issues.push({ code: 'invalid-service-value', message: `${caller}: place ${p} must map firms to values`, id: p, index: a });
        return [];
      }
      return firms.map((f) => {
        const x = Object.prototype.hasOwnProperty.call(row, f) ? row[f] : 0;
        if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) issues.push({ code: 'invalid-service-value', message: `${caller}: service value of place ${p}, firm ${f} is ${String(x)}; expected a finite number ≥ 0`, id: p, index: a, value: x, field: f });
        return x;
      });
    });
  }
  const seen = new Set<string>();
  places.forEach((p, a) => {
    if (typeof p !== 'string' || p.length === 0) issues.push({ code: 'invalid-id', message: `${caller}: place at position ${a} has no id`, index: a });
    else if (seen.has(p)) issues.push({ code: 'duplicate-id', message: `${caller}: place ${p} appears twice (position ${a})`, id: p, index: a });
    seen.add(p);
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid service values`, issues);
  return { places, v };
}

/**
 * Interlocking network model (Taylor 2001): from the service-value matrix V (places ×
 * firms), the link between places a and b is r_ab = Σ_j v_aj v_bj, i.e. R = V Vᵀ with a
 * zero diagonal; network connectivity C_a = Σ_b r_ab and relative connectivity
 * C_a / max C. Pairs with r_ab > 0 (or those a `threshold` keeps) become undirected
 * Linkage records of the caller's `mode` with citation `model:interlocking`.
 *
 * @throws ZonelinkError naming `interlockingNetwork` listing every NaN, negative or
 *   missing service value, ragged rows, duplicate places, an unknown mode.
 *   Options: see docs/options.md#interlockingnetwork.
 *
 * Reference: Taylor, P. J. (2001), Specification of the world city network,
 * Geographical Analysis 33(2), 181–194.
 *
 * @example
 * interlockingNetwork({ places: ['a', 'b', 'c'], values: [[2, 1], [1, 0], [0, 3]] }, { mode: 'resource-factor' }).connectivity;
 * // { a: 5, b: 2, c: 3 } (r_ab = 2, r_ac = 3, r_bc = 0)
 */
export function interlockingNetwork(serviceValues: ServiceValues, options: InterlockingOptions): InterlockingResult {
  const caller = 'interlockingNetwork';
  if (options === undefined) invalidArgument(caller, 'options { mode } are required', { field: 'options' });
  const read = interlockingNetworkOptions.read(options);
  const mode = parseMode(caller, read.mode);
  const { startYear } = read;
  const { places, v } = readServiceValues(caller, serviceValues);
  const n = places.length;
  const strength: Record<string, Record<string, number>> = {};
  const connectivity: Record<string, number> = {};
  const candidates: Candidate[] = [];
  for (let a = 0; a < n; a++) {
    strength[places[a]] = {};
    connectivity[places[a]] = 0;
  }
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      let r = 0;
      for (let j = 0; j < v[a].length; j++) r += v[a][j] * v[b][j];
      strength[places[a]][places[b]] = r;
      strength[places[b]][places[a]] = r;
      connectivity[places[a]] += r;
      connectivity[places[b]] += r;
      candidates.push({ i: a, j: b, value: r });
    }
  }
  let max = 0;
  for (const p of places) if (connectivity[p] > max) max = connectivity[p];
  const relativeConnectivity: Record<string, number> = {};
  for (const p of places) relativeConnectivity[p] = max > 0 ? connectivity[p] / max : NaN;
  const kept = applyThreshold(caller, candidates, read.threshold, false);
  const linkages = kept.map((c) => modelLinkage('interlocking', places[c.i], places[c.j], false, c.value, mode, startYear));
  return { places, linkages, strength, connectivity, relativeConnectivity };
}
