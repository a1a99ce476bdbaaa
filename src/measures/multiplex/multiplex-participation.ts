import { invalidArgument } from '../../error/zonelink-error.js';
import { multiplexOptionSpecs, readMultiplex, type MultiplexInput } from './multiplex-layers.js';
import { overlappingDegreeOf } from './overlapping-degree.js';
import { zScores } from '../../statistics/z-scores.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption, numberOption } from '../../options/option-spec.js';

/** Class of a node by multiplex participation: focused (< 1/3), mixed, truly multiplex (> 2/3). */
export type ParticipationClass = 'focused' | 'mixed' | 'multiplex';

/** The declared options of {@link multiplexParticipation} (checks, defaults and docs/options.md come from here). */
export const multiplexParticipationOptions = defineOptions('multiplexParticipation', {
  ...multiplexOptionSpecs,
  /** Use strengths s_i^α instead of degrees k_i^α. */
  weighted: booleanOption({ doc: 'Use strengths s_i^α instead of degrees k_i^α.', default: false }),
  /** Multiplex hubs: z-score of the overlapping degree (or strength) ≥ this. */
  hubZ: numberOption({ doc: 'Multiplex hubs: z-score of the overlapping degree (or strength) ≥ this.', default: 2, infinity: true }),
});

/** Options of {@link multiplexParticipation}, declared in {@link multiplexParticipationOptions}. */
export type MultiplexParticipationOptions = OptionsOf<typeof multiplexParticipationOptions>;

/** Result of {@link multiplexParticipation}. */
export interface MultiplexParticipationResult {
  layers: string[];
  /** P_i = M/(M − 1) · [1 − Σ_α (k_i^α / o_i)²]; 0 when o_i = 0. */
  participation: Record<string, number>;
  class: Record<string, ParticipationClass>;
  /** The overlapping degree (or strength) o_i used. */
  overlapping: Record<string, number>;
  /** z(o_i) with the population SD; σ = 0 → 0. */
  z: Record<string, number>;
  /** Nodes with z(o_i) ≥ hubZ, by decreasing o then id. */
  hubs: string[];
}

/**
 * Multiplex participation coefficient P_i = M/(M − 1) · [1 − Σ_α (k_i^α/o_i)²]
 * (Battiston, Nicosia & Latora 2014), with o_i the overlapping degree; P_i = 0 when o_i = 0. P = 1 when
 * a node's links are spread evenly over the M layers, 0 when they all lie in one.
 * Classes: focused P < 1/3, truly multiplex P > 2/3, mixed otherwise. Multiplex hubs:
 * z(o_i) = (o_i − mean o)/σ_o ≥ 2 (population SD; σ = 0 gives z = 0 for all).
 *
 * `weighted: true` uses strengths in place of degrees. Layers are read as in
 * {@link overlappingDegree}.
 *
 * @throws ZonelinkError naming `multiplexParticipation` for fewer than two layers, and
 *   for any problem of the layers.
 *
 * Reference: Battiston, Nicosia & Latora (2014), Phys. Rev. E 89, 032804; BRAPH-2
 * (MultiplexParticipation test: layers {1-2, 1-3}, {1-2, 2-3} → P = [8/9, 8/9, 1]).
 *
 * @example
 * multiplexParticipation([l1, l2]).participation; // { 1: 0.888…, 2: 0.888…, 3: 1 }
 */
export function multiplexParticipation(input: MultiplexInput, options: MultiplexParticipationOptions = {}): MultiplexParticipationResult {
  const caller = 'multiplexParticipation';
  const read = multiplexParticipationOptions.read(options);
  const hubZ = read.hubZ;
  const m = readMultiplex(caller, input, read);
  const M = m.layers.length;
  if (M < 2) invalidArgument(caller, `participation needs at least two layers, got ${M}`, { field: 'layers', value: m.layers });
  const od = overlappingDegreeOf(m);
  const key = read.weighted ? 'strength' : 'degree';
  const result: MultiplexParticipationResult = { layers: m.layers, participation: {}, class: {}, overlapping: {}, z: {}, hubs: [] };
  // shared standard scores (divisor n); a constant overlapping degree has no z, reported as 0
  const scores = zScores(m.nodes.map((v) => od[key][v]));
  m.nodes.forEach((v, index) => {
    const o = od[key][v];
    let p = 0;
    if (o > 0) {
      let sq = 0;
      for (const layer of m.layers) sq += (od.byLayer[layer][key][v] / o) ** 2;
      p = (M / (M - 1)) * (1 - sq);
    }
    result.participation[v] = p;
    result.class[v] = p < 1 / 3 ? 'focused' : p > 2 / 3 ? 'multiplex' : 'mixed';
    result.overlapping[v] = o;
    const z = Number.isNaN(scores[index]) ? 0 : scores[index];
    result.z[v] = z;
    if (z >= hubZ) result.hubs.push(v);
  });
  result.hubs.sort((a, b) => result.overlapping[b] - result.overlapping[a] || (a < b ? -1 : a > b ? 1 : 0));
  return result;
}
