import Graph from 'graphology';
// Public signatures name graphs by graphology-types' AbstractGraph: graphology's
// default export is a namespace to an ESM consumer under NodeNext (TS2709).
import type { AbstractGraph } from 'graphology-types';
import { ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { degree, strength } from '../centrality/degree.js';
import { multiplexOptionSpecs, readMultiplex, type MultiplexInput } from './multiplex-layers.js';
import { kendallTau, spearmanCorrelation } from './rank-correlation.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption, customOption } from '../../options/option-spec.js';

const CENTRALITY_TYPE = "'degree', 'strength' or a function (graph) → { node: value }";

/** The declared options of {@link layerCentralityComparison} (checks, defaults and docs/options.md come from here). */
export const layerCentralityComparisonOptions = defineOptions('layerCentralityComparison', {
  ...multiplexOptionSpecs,
  /**
   * The single-layer measure: `'degree'`, `'strength'` (default) or any function of a
   * simple undirected graph (attribute `weight`) returning a value per node.
   */
  centrality: customOption<'degree' | 'strength' | ((graph: AbstractGraph) => Record<string, number>)>({
    type: CENTRALITY_TYPE,
    doc: 'The single-layer measure: degree, strength, or any function of a simple undirected graph (edge attribute `weight`) returning a value per node.',
    default: 'strength',
    check: (v) => (v === 'degree' || v === 'strength' || typeof v === 'function' ? undefined : CENTRALITY_TYPE),
  }),
  /** Aggregation: `'weighted'` W = Σ_α c_α W^α (default) or `'binary'` (union of the layers, every link 1). */
  aggregate: choiceOption(['weighted', 'binary'] as const, {
    doc: "Aggregation: 'weighted' W = Σ_α c_α W^α, or 'binary' (union of the layers, every link 1).",
    default: 'weighted',
  }),
  /** Layer weights c_α (default 1 each); finite, ≥ 0. */
  layerWeights: customOption<Record<string, number>>({
    type: 'an object { layer: finite number ≥ 0 }',
    doc: 'Layer weights c_α of the weighted aggregate (layers left out get 1).',
    defaultText: '1 for every layer',
    check: (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? undefined : 'an object { layer: finite number ≥ 0 }'),
  }),
});

/** Options of {@link layerCentralityComparison}, declared in {@link layerCentralityComparisonOptions}. */
export type LayerCentralityOptions = OptionsOf<typeof layerCentralityComparisonOptions>;

/** Per-layer and aggregate centralities with their rank correlations (result of {@link layerCentralityComparison}). */
export interface LayerCentralityComparison {
  layers: string[];
  centrality: string;
  /** The centrality of every node in every layer. */
  perLayer: Record<string, Record<string, number>>;
  /** The centrality on the aggregate graph. */
  aggregate: Record<string, number>;
  /** Rank correlation of each layer's centrality with the aggregate's (over all nodes). */
  correlation: Array<{ layer: string; spearman: number; kendall: number }>;
}

function layerGraph(nodes: readonly string[], adj: Map<number, number>[][], coefficients: number[], binary: boolean): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const v of nodes) g.addNode(v);
  adj.forEach((layer, a) => {
    if (!binary && coefficients[a] === 0) return;
    layer.forEach((row, i) => {
      for (const [j, w] of row) {
        if (i >= j) continue;
        const add = binary ? 1 : coefficients[a] * w;
        g.updateEdge(nodes[i], nodes[j], (attr) => ({ weight: binary ? 1 : ((attr.weight as number | undefined) ?? 0) + add }));
      }
    });
  });
  return g;
}

/**
 * Per-layer versus aggregate centrality of a multiplex (Battiston, Nicosia & Latora 2014): the chosen
 * single-layer measure ({@link degree}, {@link strength} or any function of a simple
 * graph) on every layer and on the aggregate W = Σ_α c_α W^α (c_α default 1) or the
 * binary union, with Spearman's ρ and Kendall's τ_b between each layer's values and
 * the aggregate's — does a node central in the resource-factor layer also lead overall?
 *
 * Layers are read undirected, self-loops ignored. Correlations are NaN when a side is
 * constant (an empty layer) or there are fewer than two nodes.
 *
 * @throws ZonelinkError naming `layerCentralityComparison` for unknown or invalid layer
 *   weights (all listed), an unknown centrality or aggregate, or problems of the layers.
 *
 * Reference: Battiston, Nicosia & Latora (2014), Phys. Rev. E 89, 032804 (aggregation);
 * Spearman (1904); Kendall (1945).
 *
 * @example
 * layerCentralityComparison(network, { centrality: 'degree' }).correlation;
 */
export function layerCentralityComparison(input: MultiplexInput, options: LayerCentralityOptions = {}): LayerCentralityComparison {
  const caller = 'layerCentralityComparison';
  const read = layerCentralityComparisonOptions.read(options);
  const { centrality, aggregate, layerWeights } = read;
  const m = readMultiplex(caller, input, read);
  const coefficients = m.layers.map(() => 1);
  if (layerWeights !== undefined) {
    const issues: ZonelinkIssue[] = [];
    for (const [layer, c] of Object.entries(layerWeights)) {
      const a = m.layers.indexOf(layer);
      if (a === -1) issues.push({ code: 'unknown-layer', message: `${caller}: layerWeights names layer ${layer}, which is not a layer (${m.layers.join(', ')})`, field: `layerWeights.${layer}` });
      else if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) issues.push({ code: 'invalid-layer-weight', message: `${caller}: layer weight of ${layer} is ${String(c)}; expected a finite number ≥ 0`, field: `layerWeights.${layer}`, value: c });
      else coefficients[a] = c;
    }
    if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid layer weights`, issues);
  }
  const measure = (g: Graph): Record<string, number> =>
    centrality === 'degree' ? degree(g) : centrality === 'strength' ? strength(g, { weight: 'weight' }) : centrality(g);
  const perLayer: Record<string, Record<string, number>> = {};
  m.layers.forEach((layer, a) => {
    perLayer[layer] = measure(layerGraph(m.nodes, [m.adjacency[a]], [1], false));
  });
  const aggregateValues = measure(layerGraph(m.nodes, m.adjacency, coefficients, aggregate === 'binary'));
  const y = m.nodes.map((v) => aggregateValues[v]);
  const correlation = m.layers.map((layer) => {
    const x = m.nodes.map((v) => perLayer[layer][v]);
    return { layer, spearman: spearmanCorrelation(x, y), kendall: kendallTau(x, y) };
  });
  return { layers: m.layers, centrality: typeof centrality === 'function' ? centrality.name || 'custom' : centrality, perLayer, aggregate: aggregateValues, correlation };
}
