import { multiplexOptionSpecs, readMultiplex, type MultiplexInput } from './multiplex-layers.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';

/** The declared options of {@link edgeOverlap} (checks, defaults and docs/options.md come from here). Weights are ignored (presence only) but accepted so that one options object serves every multiplex measure. */
export const edgeOverlapOptions = defineOptions('edgeOverlap', { ...multiplexOptionSpecs });

/** Options of {@link edgeOverlap}, declared in {@link edgeOverlapOptions}. */
export type EdgeOverlapOptions = OptionsOf<typeof edgeOverlapOptions>;

/** A node pair linked in at least one layer. */
export interface PairOverlap {
  source: string;
  target: string;
  /** o_ij = number of layers holding i–j. */
  overlap: number;
  layers: string[];
}

/** Overlap between two layers. */
export interface LayerPairOverlap {
  layerA: string;
  layerB: string;
  /** Number of node pairs linked in both layers. */
  totalOverlap: number;
  /** |E_A ∩ E_B| / |E_A ∪ E_B| (NaN when both layers are empty). */
  jaccard: number;
  /** Per node: the number of its neighbours it is linked to in both layers. */
  localOverlap: Record<string, number>;
}

/** Result of {@link edgeOverlap}. */
export interface EdgeOverlapResult {
  layers: string[];
  /** Pairs with o_ij > 0, ordered by source then target (source < target). */
  pairs: PairOverlap[];
  layerPairs: LayerPairOverlap[];
  /** Σ o_ij / (M · #pairs with o_ij > 0); NaN without links. */
  averageEdgeOverlap: number;
}

/**
 * Edge overlap of a multiplex (Battiston, Nicosia & Latora 2014): for each node pair, o_ij = the number
 * of layers linking i and j; between every two layers the total overlap (pairs linked in
 * both), the Jaccard index |E_A ∩ E_B|/|E_A ∪ E_B| and the local overlap of each node
 * (neighbours shared across the two layers); and the average edge overlap
 * Σ_{ij} o_ij / (M · #{ij : o_ij > 0}), which is 1/M when no pair repeats and 1 when
 * every layer is the same.
 *
 * Layers are read undirected, self-loops ignored, weights ignored (presence only).
 *
 * @throws ZonelinkError naming `edgeOverlap` for any problem of the layers.
 *
 * Reference: Battiston, Nicosia & Latora (2014), Phys. Rev. E 89, 032804; Bianconi (2013),
 * Phys. Rev. E 87, 062806.
 *
 * @example
 * edgeOverlap([l1, l2]).averageEdgeOverlap; // (2 + 1 + 1) / (2 · 3) = 2/3
 */
export function edgeOverlap(input: MultiplexInput, options: EdgeOverlapOptions = {}): EdgeOverlapResult {
  const m = readMultiplex('edgeOverlap', input, edgeOverlapOptions.read(options));
  const M = m.layers.length;
  const n = m.nodes.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (m.nodes[a] < m.nodes[b] ? -1 : m.nodes[a] > m.nodes[b] ? 1 : 0));
  const pairs: PairOverlap[] = [];
  let sum = 0;
  for (const i of order) {
    const partners = new Set<number>();
    for (let a = 0; a < M; a++) for (const j of m.adjacency[a][i].keys()) if (m.nodes[i] < m.nodes[j]) partners.add(j);
    const sorted = [...partners].sort((a, b) => (m.nodes[a] < m.nodes[b] ? -1 : 1));
    for (const j of sorted) {
      const layers = m.layers.filter((_, a) => m.adjacency[a][i].has(j));
      pairs.push({ source: m.nodes[i], target: m.nodes[j], overlap: layers.length, layers });
      sum += layers.length;
    }
  }
  const layerPairs: LayerPairOverlap[] = [];
  for (let a = 0; a < M; a++) {
    for (let b = a + 1; b < M; b++) {
      let both = 0;
      let either = 0;
      const localOverlap: Record<string, number> = {};
      for (let i = 0; i < n; i++) {
        let local = 0;
        for (const j of m.adjacency[a][i].keys()) if (m.adjacency[b][i].has(j)) local++;
        localOverlap[m.nodes[i]] = local;
        both += local;
        either += m.adjacency[a][i].size + m.adjacency[b][i].size - local;
      }
      // every pair was seen from both ends
      both /= 2;
      either /= 2;
      layerPairs.push({ layerA: m.layers[a], layerB: m.layers[b], totalOverlap: both, jaccard: either > 0 ? both / either : NaN, localOverlap });
    }
  }
  return { layers: m.layers, pairs, layerPairs, averageEdgeOverlap: pairs.length > 0 ? sum / (M * pairs.length) : NaN };
}
