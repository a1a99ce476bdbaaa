import { invalidArgument } from '../../error/zonelink-error.js';
import type { EdgeWeight, GraphInput } from '../../network/compact-adjacency.js';
import { nodeMatrixFor } from '../dyadic/node-matrix-for.js';
import { blockIndex } from './block-partition.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { nodeMatrixOptionSpecs } from '../dyadic/node-matrix.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter } from '../../progress/progress-reporter.js';
import { choiceOption, numberOption } from '../../options/option-spec.js';

/**
 * Rule turning a block's ties into a 0/1 image cell (Wasserman & Faust 1994, §10.2):
 * `'density'` — 1 when the block density ≥ α (the α-density criterion);
 * `'one-block'` — 1 only when every possible tie of the block is present.
 */
export type BlockCriterion = 'density' | 'one-block';

/** The declared options of {@link blockModel} (checks, defaults and docs/options.md come from here). */
export const blockModelOptions = defineOptions('blockModel', {
  /** Default `'density'`. */
  criterion: choiceOption(['density', 'one-block'] as const, {
    doc: "Rule turning a block's ties into a 0/1 image cell: density ≥ densityCutoff ('density'), or every possible tie present ('one-block').",
    default: 'density',
  }),
  /** Cut-off α of the density criterion (default: the whole network's density, as UCINET). Was `alpha`, renamed because `alpha` is a significance level in localMoran and getisOrdGi. */
  densityCutoff: numberOption({
    doc: 'Cut-off α of the density criterion: image 1 where the block density ≥ it (formerly `alpha`).',
    min: 0,
    defaultText: "the whole network's density Σ_{i≠j} a_ij / (n(n − 1)), as UCINET",
  }),
  /** Edge weight (attribute, function `(id, attributes, source, target) → number`, or `null` for 0/1 ties). Default `'weight'` (1 when no edge has it). */
  weight: nodeMatrixOptionSpecs.weight,
  /** Progress (unit: rows of the adjacency matrix) and cancellation. */
  ...progressOptionSpecs,
});

/** Options of {@link blockModel}, declared in {@link blockModelOptions}. */
export type BlockModelOptions = OptionsOf<typeof blockModelOptions>;

/** Result of {@link blockModel}; matrices are indexed [sending block][receiving block]. */
export interface BlockModelResult {
  /** Block labels, ascending; row/column k of every matrix is block `blocks[k]`. */
  blocks: number[];
  /** Members of each block, in graph order. */
  members: string[][];
  /** Number of ties (cells with a value > 0) from block r to block s, diagonal excluded. */
  ties: number[][];
  /** Sum of tie values from r to s (= ties for an unweighted graph). */
  sums: number[][];
  /** Possible ties: g_r·g_s, or g_r(g_r − 1) within a block. */
  cells: number[][];
  /** sums / cells; null for a one-node block's diagonal (no possible tie). */
  densities: (number | null)[][];
  /** 0/1 image matrix under `criterion`. */
  image: number[][];
  /** The density cut-off α used (density criterion); formerly `alpha`. */
  densityCutoff: number;
  criterion: BlockCriterion;
}

/**
 * A block model: the density of ties between and within the blocks of a partition and its
 * image matrix. For blocks r and s with g_r, g_s members,
 *
 *   Δ_rs = Σ_{i∈r, j∈s, i≠j} a_ij / (g_r g_s)     (r ≠ s),     Δ_rr = Σ_{i,j∈r, i≠j} a_ij / (g_r(g_r − 1)),
 *
 * image b_rs = 1 if Δ_rs ≥ α (density criterion, option `densityCutoff`; α defaults to the whole network's density
 * Σ_{i≠j} a_ij / (n(n − 1)), as UCINET's block-model image), or if the block is complete
 * (one-block criterion). Self-loops are ignored; an undirected graph's matrix is symmetric,
 * so ties[r][s] = ties[s][r]. With weights, densities are mean tie values.
 *
 * Edge cases: a one-node block has no possible tie with itself (density null, image 0);
 * a partition missing a node, naming an unknown node, or with a non-numeric label, and an
 * α that is not a finite number ≥ 0, are ZonelinkErrors naming `blockModel`.
 *
 * Reference: Wasserman, S. & Faust, K. (1994). Social Network Analysis: Methods and
 * Applications, §10.2. Cambridge University Press. White, H. C., Boorman, S. A. & Breiger, R. L.
 * (1976). Social structure from multiple networks I. American Journal of Sociology 81, 730–780.
 *
 * @example
 * const g = new Graph({ type: 'directed' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'a'); g.mergeEdge('a', 'c');
 * const bm = blockModel(g, { a: 0, b: 0, c: 1 });
 * bm.densities; // [[1, 0.5], [0, null]]
 * bm.image;     // [[1, 1], [0, 0]] (α = 3/6 = 0.5)
 */
export function blockModel(graph: GraphInput, partition: Readonly<Record<string, number>>, options: BlockModelOptions = {}): BlockModelResult {
  const caller = 'blockModel';
  const read = blockModelOptions.read(options);
  const { criterion } = read;
  const { nodes, values: a } = nodeMatrixFor(caller, graph, { weight: read.weight });
  const n = nodes.length;
  if (n < 2) invalidArgument(caller, `the graph has ${n} nodes; a block model needs at least 2`, { code: 'too-few-nodes', value: n });
  const { labels, block } = blockIndex(caller, nodes, partition);
  const b = labels.length;
  const square = () => labels.map(() => new Array<number>(b).fill(0));
  const ties = square();
  const sums = square();
  const sizes = new Array<number>(b).fill(0);
  let total = 0;
  const progress = progressReporter(caller, read, n, 'rows');
  for (let i = 0; i < n; i++) {
    progress.tick();
    sizes[block[i]]++;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      total += a[i][j];
      sums[block[i]][block[j]] += a[i][j];
      if (a[i][j] > 0) ties[block[i]][block[j]]++;
    }
  }
  const alpha = read.densityCutoff ?? total / (n * (n - 1));
  const cells = labels.map((_, r) => labels.map((__, s) => (r === s ? sizes[r] * (sizes[r] - 1) : sizes[r] * sizes[s])));
  const densities = cells.map((row, r) => row.map((c, s) => (c === 0 ? null : sums[r][s] / c)));
  const image = densities.map((row, r) =>
    row.map((d, s) => {
      if (d === null) return 0;
      return criterion === 'density' ? (d >= alpha ? 1 : 0) : ties[r][s] === cells[r][s] ? 1 : 0;
    }),
  );
  const members: string[][] = labels.map(() => []);
  nodes.forEach((id, i) => members[block[i]].push(id));
  progress.finish();
  return { blocks: labels, members, ties, sums, cells, densities, image, densityCutoff: alpha, criterion };
}
