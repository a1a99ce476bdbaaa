import { invalidArgument } from '../../error/zonelink-error.js';
import type { EdgeWeight, GraphInput } from '../../network/compact-adjacency.js';
import { nodeMatrixFor } from '../dyadic/node-matrix-for.js';
import { profileCorrelation } from './structural-equivalence.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { nodeMatrixOptionSpecs } from '../dyadic/node-matrix.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter } from '../../progress/progress-reporter.js';
import { numberOption } from '../../options/option-spec.js';

/** The declared options of {@link concor} (checks, defaults and docs/options.md come from here). */
export const concorOptions = defineOptions('concor', {
  /** Depth of the binary split tree: up to 2^splits blocks (integer ≥ 1, default 2). */
  splits: numberOption({ doc: 'Depth of the binary split tree: up to 2^splits blocks.', default: 2, integer: true, min: 1, max: 20 }),
  /** Iterations of correlating the correlation matrix per split (default 25). */
  maxIterations: numberOption({ doc: 'Most iterations of correlating the correlation matrix per split (the split then has converged: false).', default: 25, integer: true, min: 1 }),
  /** Converged when every |r| ≥ 1 − tolerance (default 0.001, i.e. R concoR's cutoff 0.999). */
  tolerance: numberOption({ doc: "Absolute tolerance on the correlations: a split has converged when every |r| ≥ 1 − tolerance (0.001 is R concoR's cutoff 0.999).", default: 0.001, above: 0, below: 1 }),
  /** Edge weight (attribute, function `(id, attributes, source, target) → number`, or `null` for 0/1 ties). Default `'weight'` (1 when no edge has it). */
  weight: nodeMatrixOptionSpecs.weight,
  /** Progress (unit: steps — the n rows of the first correlation matrix, then the iterations of every split; the total counts maxIterations per possible split) and cancellation. */
  ...progressOptionSpecs,
});

/** Options of {@link concor}, declared in {@link concorOptions}. */
export type ConcorOptions = OptionsOf<typeof concorOptions>;

/** One node of the CONCOR split tree. */
export interface ConcorTree {
  /** Members of this block, in graph order. */
  nodes: string[];
  /** Block number in the partition when this is a leaf, else null. */
  block: number | null;
  /** Iterations used to split it (0 for a leaf). */
  iterations: number;
  /** False when the split stopped at `maxIterations` before every |r| reached 1 − tolerance. */
  converged: boolean;
  /** The two halves, or null for a leaf. */
  children: [ConcorTree, ConcorTree] | null;
}

/** Result of {@link concor}. */
export interface ConcorResult {
  /** Node → block number (0, 1, … in the left-to-right order of the tree's leaves). */
  partition: Record<string, number>;
  tree: ConcorTree;
}

/**
 * CONCOR, CONvergence of iterated CORrelations (Breiger, Boorman & Arabie 1975): repeated
 * correlation of a correlation matrix converges to a matrix of +1 and −1 that splits
 * the nodes into two blocks of approximately structurally equivalent nodes; each block is
 * split again, `splits` times.
 *
 * Profiles and the first correlation matrix: node i's profile is its row and its column of
 * the adjacency matrix concatenated (ties sent, then ties received), and the diagonal is
 * ignored — the convention described for UCINET's CONCOR by default (transpose included,
 * self-ties ignored; UCINET itself was not available to compare against). The correlation of i and j leaves out the cells k ∈ {i, j} of both halves;
 * it is exactly `structuralEquivalence(graph, { method: 'correlation' })` (R `sna::sedist`).
 * An undirected graph's symmetric matrix is stacked the same way.
 *
 * Splitting a block: take the block's rows and columns of that first matrix, replace it by
 * the Pearson correlations of its columns until every |r| ≥ 1 − `tolerance` (or
 * `maxIterations`), and put the nodes with r > 0 to the block's first node in one half, the
 * rest in the other (as R concoR, Slez 2016). A block of one node, or whose nodes are all
 * perfectly equivalent (every r = 1), is a leaf. An undefined correlation (a constant column)
 * counts 0, as in sedist.
 *
 * Edge cases (ZonelinkError naming `concor`): fewer than 3 nodes; a node whose whole profile is
 * constant (an isolate, or a node tied to every other node both ways) — it correlates with
 * nothing, so remove it or place it by hand; bad options.
 *
 * Reference: Breiger, R. L., Boorman, S. A. & Arabie, P. (1975). An algorithm for clustering
 * relational data with applications to social network analysis and comparison with
 * multidimensional scaling. Journal of Mathematical Psychology 12(3), 328–383.
 * Wasserman, S. & Faust, K. (1994). Social Network Analysis, §9.5. Cambridge University Press.
 *
 * @example
 * // two stars: hubs h1, h2 point at leaves; leaves are equivalent, hubs are equivalent
 * const g = new Graph({ type: 'directed' });
 * for (const h of ['h1', 'h2']) for (const l of ['l1', 'l2', 'l3']) g.mergeEdge(h, l);
 * concor(g, { splits: 1 }).partition; // { h1: 0, l1: 1, l2: 1, l3: 1, h2: 0 }
 */
export function concor(graph: GraphInput, options: ConcorOptions = {}): ConcorResult {
  const caller = 'concor';
  const read = concorOptions.read(options);
  const { splits, maxIterations, tolerance } = read;
  const { nodes, values: a } = nodeMatrixFor(caller, graph, { weight: read.weight });
  const n = nodes.length;
  if (n < 3) invalidArgument(caller, `the graph has ${n} nodes; CONCOR needs at least 3`, { code: 'too-few-nodes', value: n });
  for (let i = 0; i < n; i++) {
    const first = a[i][i === 0 ? 1 : 0];
    let constant = true;
    for (let k = 0; k < n && constant; k++) if (k !== i && (a[i][k] !== first || a[k][i] !== first)) constant = false;
    if (constant) {
      invalidArgument(caller, `node ${nodes[i]} has a constant tie profile (every tie sent and received is ${first}); it correlates with no node — remove it or place it by hand`, {
        code: 'constant-values',
        id: nodes[i],
        index: i,
      });
    }
  }
  // an upper bound of the work: n rows of c0, then at most maxIterations per split (2^splits − 1 splits at most)
  const progress = progressReporter(caller, read, n + maxIterations * (2 ** splits - 1), 'steps');
  const c0 = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    progress.tick();
    for (let j = i; j < n; j++) c0[i * n + j] = c0[j * n + i] = profileCorrelation(a, i, j);
  }

  let nextBlock = 0;
  const partition: Record<string, number> = {};
  const split = (members: number[], depth: number): ConcorTree => {
    const leaf = (): ConcorTree => {
      const block = nextBlock++;
      for (const i of members) partition[nodes[i]] = block;
      return { nodes: members.map((i) => nodes[i]), block, iterations: 0, converged: true, children: null };
    };
    if (depth === splits || members.length < 2) return leaf();
    const m = members.length;
    let r: Float64Array = new Float64Array(m * m);
    let equivalent = true;
    for (let p = 0; p < m; p++) {
      for (let q = 0; q < m; q++) {
        r[p * m + q] = c0[members[p] * n + members[q]];
        if (r[p * m + q] < 1 - 1e-12) equivalent = false;
      }
    }
    if (equivalent) return leaf();
    let iterations = 0;
    let converged = false;
    while (iterations < maxIterations) {
      progress.tick();
      r = columnCorrelations(r, m);
      iterations++;
      converged = true;
      for (let e = 0; e < m * m; e++) if (Math.abs(r[e]) < 1 - tolerance) converged = false;
      if (converged) break;
    }
    const first: number[] = [];
    const second: number[] = [];
    for (let p = 0; p < m; p++) (p === 0 || r[p * m] > 0 ? first : second).push(members[p]);
    if (second.length === 0) return leaf();
    const children: [ConcorTree, ConcorTree] = [split(first, depth + 1), split(second, depth + 1)];
    return { nodes: members.map((i) => nodes[i]), block: null, iterations, converged, children };
  };
  const tree = split(
    nodes.map((_, i) => i),
    0,
  );
  const ordered: Record<string, number> = {};
  for (const id of nodes) ordered[id] = partition[id];
  progress.finish();
  return { partition: ordered, tree };
}

/** Pearson correlations between the columns of an m × m matrix; an undefined one counts 0. */
function columnCorrelations(r: Float64Array, m: number): Float64Array {
  const centred = new Float64Array(m * m);
  const norms = new Float64Array(m);
  for (let q = 0; q < m; q++) {
    let mean = 0;
    for (let p = 0; p < m; p++) mean += r[p * m + q];
    mean /= m;
    let s = 0;
    for (let p = 0; p < m; p++) {
      const d = r[p * m + q] - mean;
      centred[q * m + p] = d;
      s += d * d;
    }
    norms[q] = Math.sqrt(s);
  }
  const out = new Float64Array(m * m);
  for (let q1 = 0; q1 < m; q1++) {
    for (let q2 = q1; q2 < m; q2++) {
      let s = 0;
      for (let p = 0; p < m; p++) s += centred[q1 * m + p] * centred[q2 * m + p];
      const v = norms[q1] > 0 && norms[q2] > 0 ? Math.max(-1, Math.min(1, s / (norms[q1] * norms[q2]))) : 0;
      out[q1 * m + q2] = out[q2 * m + q1] = v;
    }
  }
  return out;
}
