import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { dyadCounts } from './dyad-census.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption } from '../../options/option-spec.js';

/**
 * Which reciprocity, with M mutual, A asymmetric and N null dyads (R sna `grecip`):
 * - `'edgewise'`: share of ties that are reciprocated, 2M / (2M + A);
 * - `'dyadic'`: share of dyads that are symmetric (mutual or null), (M + N) / (M + A + N);
 * - `'dyadic-nonnull'`: share of joined dyads that are mutual, M / (M + A).
 */
export type ReciprocityMeasure = 'edgewise' | 'dyadic' | 'dyadic-nonnull';

/**
 * The declared options of {@link reciprocity} (checks, defaults and
 * docs/options.md come from here). No progress options: the dyad census is O(n + m).
 */
export const reciprocityOptions = defineOptions('reciprocity', {
  measure: choiceOption(['edgewise', 'dyadic', 'dyadic-nonnull'] as const satisfies readonly ReciprocityMeasure[], {
    doc: "Which reciprocity (R sna `grecip`), with M mutual, A asymmetric and N null dyads: `'edgewise'` 2M / (2M + A), `'dyadic'` (M + N) / (M + A + N), `'dyadic-nonnull'` M / (M + A).",
    default: 'edgewise',
  }),
});

/** Options of {@link reciprocity}, declared in {@link reciprocityOptions} (see docs/options.md#reciprocity). */
export type ReciprocityOptions = OptionsOf<typeof reciprocityOptions>;

/**
 * Reciprocity of a directed graph, as R sna `grecip(measure = …)` computes it
 * from the dyad census (Holland & Leinhardt 1970): with M mutual, A asymmetric
 * and N null dyads among the n(n − 1)/2 pairs,
 *
 *   edgewise       = 2M / (2M + A)       (sna `"edgewise"`; NetworkX `overall_reciprocity`; igraph `reciprocity()`)
 *   dyadic         = (M + N) / (M + A + N) (sna `"dyadic"`, the default there)
 *   dyadic-nonnull = M / (M + A)          (sna `"dyadic.nonnull"`; igraph `reciprocity(ignore_loops=True, mode="ratio")`)
 *
 * Self-loops are ignored (sna drops the diagonal; NetworkX would count a loop as
 * an unreciprocated tie); weights play no part. A graph without ties gives NaN
 * for edgewise and dyadic-nonnull (0/0; NetworkX raises), fewer than two nodes
 * NaN for dyadic.
 *
 * Reference: P. W. Holland & S. Leinhardt (1970), A method for detecting
 * structure in sociometric data, American Journal of Sociology 76:492–513;
 * S. Wasserman & K. Faust (1994), Social Network Analysis, §13.
 *
 * Options: see docs/options.md#reciprocity (`measure`).
 *
 * @throws ZonelinkError `invalid-argument` for an undirected graph (every tie is
 *   reciprocated by definition) or an unknown `measure`.
 * @example
 * const g = new Graph({ type: 'directed' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'a'); g.mergeEdge('b', 'c');
 * reciprocity(g); // 2/3
 * reciprocity(g, { measure: 'dyadic' }); // (1 + 1) / 3 = 2/3
 * reciprocity(g, { measure: 'dyadic-nonnull' }); // 1/2
 */
export function reciprocity(graph: GraphInput, options: ReciprocityOptions = {}): number {
  const caller = 'reciprocity';
  const { measure } = reciprocityOptions.read(options);
  const csr = compactAdjacency(graph, { weight: null, caller });
  if (!csr.directed) invalidArgument(caller, 'reciprocity is defined for directed graphs; every tie of an undirected graph is mutual', { code: 'undirected-graph' });
  const { mutual, asymmetric, null: empty } = dyadCounts(csr);
  if (measure === 'edgewise') return 2 * mutual + asymmetric > 0 ? (2 * mutual) / (2 * mutual + asymmetric) : NaN;
  if (measure === 'dyadic-nonnull') return mutual + asymmetric > 0 ? mutual / (mutual + asymmetric) : NaN;
  const dyads = mutual + asymmetric + empty;
  return dyads > 0 ? (mutual + empty) / dyads : NaN;
}
