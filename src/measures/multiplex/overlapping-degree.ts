import { multiplexOptionSpecs, readMultiplex, type MultiplexInput, type MultiplexLayers } from './multiplex-layers.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';

/** The declared options of {@link overlappingDegree} (checks, defaults and docs/options.md come from here). */
export const overlappingDegreeOptions = defineOptions('overlappingDegree', { ...multiplexOptionSpecs });

/** Options of {@link overlappingDegree}, declared in {@link overlappingDegreeOptions}. */
export type OverlappingDegreeOptions = OptionsOf<typeof overlappingDegreeOptions>;

/** Per-layer and overlapping degree and strength of every node. */
export interface OverlappingDegreeResult {
  layers: string[];
  /** o_i = Σ_α k_i^α. */
  degree: Record<string, number>;
  /** Σ_α s_i^α. */
  strength: Record<string, number>;
  /** k_i^α and s_i^α per layer. */
  byLayer: Record<string, { degree: Record<string, number>; strength: Record<string, number> }>;
}

/**
 * Overlapping degree o_i = Σ_α k_i^α and overlapping strength Σ_α s_i^α of a
 * multiplex (Battiston, Nicosia & Latora 2014): k_i^α is the number of neighbours of i in layer α,
 * s_i^α the weight of its links there (weights as strengths).
 *
 * Layers are read undirected (a directed arc counts for both ends; two arcs between
 * the same pair are one neighbour whose weight is their sum); self-loops are ignored.
 * A ZoneNetwork gives one layer per linkage mode (parallel linkages of one mode merged
 * by summing weights); simple layer graphs must share one node set.
 *
 * @throws ZonelinkError naming `overlappingDegree` for layers over different node sets
 *   (every difference listed), multigraph layers, invalid weights or modes.
 *
 * Reference: Battiston, Nicosia & Latora (2014), Structural measures for multiplex
 * networks, Phys. Rev. E 89, 032804.
 *
 * @example
 * // BRAPH-2 test: layers {1-2, 1-3} and {1-2, 2-3}
 * overlappingDegree([l1, l2]).degree; // { 1: 3, 2: 3, 3: 2 }
 */
export function overlappingDegree(input: MultiplexInput, options: OverlappingDegreeOptions = {}): OverlappingDegreeResult {
  const m = readMultiplex('overlappingDegree', input, overlappingDegreeOptions.read(options));
  return overlappingDegreeOf(m);
}

/** Overlapping degree of already read layers (internal). */
export function overlappingDegreeOf(m: MultiplexLayers): OverlappingDegreeResult {
  const result: OverlappingDegreeResult = { layers: m.layers, degree: {}, strength: {}, byLayer: {} };
  for (const v of m.nodes) {
    result.degree[v] = 0;
    result.strength[v] = 0;
  }
  m.layers.forEach((layer, a) => {
    const degree: Record<string, number> = {};
    const strength: Record<string, number> = {};
    m.nodes.forEach((v, i) => {
      const adj = m.adjacency[a][i];
      let s = 0;
      for (const w of adj.values()) s += w;
      degree[v] = adj.size;
      strength[v] = s;
      result.degree[v] += adj.size;
      result.strength[v] += s;
    });
    result.byLayer[layer] = { degree, strength };
  });
  return result;
}
