import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { connectedComponents } from '../paths/connected-components.js';
import { stronglyConnectedComponents } from '../paths/strongly-connected-components.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter, type ProgressReporter } from '../../progress/progress-reporter.js';

/** The declared options of {@link krackhardtDimensions}: progress and cancellation (see docs/options.md#krackhardtdimensions). */
export const krackhardtDimensionsOptions = defineOptions('krackhardtDimensions', { ...progressOptionSpecs });

/** Options of {@link krackhardtDimensions}, declared in {@link krackhardtDimensionsOptions}. */
export type KrackhardtDimensionsOptions = OptionsOf<typeof krackhardtDimensionsOptions>;

/** Krackhardt's (1994) four graph-theoretic dimensions of an organisation's informal structure. */
export interface KrackhardtDimensions {
  /**
   * 网络关联度 connectedness: share of unordered pairs joined by a semipath
   * (weakly connected), Σ_c s_c (s_c − 1)/2 / (n(n − 1)/2) over the weak
   * components' sizes s_c. 1 for n = 1 (as sna).
   */
  connectedness: number;
  /**
   * 网络等级度 hierarchy: 1 − M/(M + A), with M the pairs that reach each other
   * and A the pairs where only one reaches the other; 1 = no pair reaches both
   * ways (a pure hierarchy), 0 = every reachable pair is mutual. NaN when no node
   * reaches another.
   */
  hierarchy: number;
  /**
   * 网络效率 efficiency: 1 − (ties − Σ_c (s_c − 1)) / Σ_c (s_c − 1)², the share of
   * the redundant ties a graph with these weak components could have that are
   * absent (1 = each weak component is a tree). NaN when every component is a
   * single node.
   */
  efficiency: number;
  /**
   * 最近上限 least upper boundedness (lubness): 1 − V / Σ_c (s_c − 1)(s_c − 2)/2,
   * V the pairs of nodes in weak components of 3 or more nodes that lack a least
   * upper bound; 1 when every pair has a common "boss" reaching both that reaches
   * every other common boss. NaN when no weak component has 3 or more nodes.
   */
  lubness: number;
}

/**
 * Krackhardt's (1994) graph-theoretic dimensions of informal organisation,
 * computed exactly as R sna (2.7) `connectedness`, `hierarchy(measure =
 * "krackhardt")`, `efficiency` and `lubness` do — the "network structure"
 * table of many Chinese regional-network studies (网络关联度、网络等级度、
 * 网络效率 and 最近上限, usually from UCINET).
 *
 * Reachability is along directed paths (a node reaches itself); a tie i → j
 * reads "i is above j" for lubness: an upper bound of a pair is a node that
 * reaches both, and a least upper bound is an upper bound that reaches every
 * other upper bound of the pair.
 *
 *   connectedness = Σ_c s_c(s_c − 1)/2 / (n(n − 1)/2)         (sna `connectedness`)
 *   hierarchy     = 1 − M/(M + A) on the reachability digraph (sna: 1 − `grecip(reachability, "dyadic.nonnull")`)
 *   efficiency    = 1 − (t − Σ_c(s_c − 1)) / Σ_c (s_c(s_c − 1) − (s_c − 1))   (sna `efficiency`, `diag = FALSE`)
 *   lubness       = 1 − V / Σ_{c: s_c > 2} (s_c − 1)(s_c − 2)/2            (sna `lubness`)
 *
 * with s_c the sizes of the weak components, t the number of ties between
 * distinct nodes (each direction of a mutual tie counts), M and A the mutual and
 * one-way pairs of the reachability relation, and V the pairs without a least
 * upper bound. Efficiency is computed **per weak component** and pooled, as sna
 * does: the minimum Σ(s_c − 1) ties are those that keep each component
 * connected. Note that lubness's denominator, (s − 1)(s − 2)/2, is Krackhardt's
 * maximum number of violations for a weakly connected graph, not the number of pairs.
 *
 * Weights are ignored (the 0/1 adjacency; sna's `efficiency` would sum the
 * values of a valued matrix) and so are self-loops.
 *
 * **Undirected graphs** are read as symmetric digraphs (each edge a tie in both
 * directions, as sna does with a symmetric sociomatrix): connectedness is the
 * share of pairs in the same component; hierarchy is 0 (every reachable pair is
 * mutual; NaN with no edge); efficiency counts each edge as two ties, so a tree
 * component scores 1 − (s − 1)/(s − 1)² rather than 1; lubness is 1 (any node
 * of a component is a least upper bound of any pair in it).
 *
 * Edge cases: the empty graph gives NaN everywhere; one node gives
 * connectedness 1 and NaN otherwise.
 *
 * Cost O(n·m): one breadth-first search per node (hierarchy) and per source
 * strong component (lubness). Progress (`onProgress`, unit `searches`) counts
 * those searches; `signal` cancels. Options: see docs/options.md#krackhardtdimensions.
 *
 * Reference: D. Krackhardt (1994), Graph theoretical dimensions of informal
 * organizations, in K. M. Carley & M. J. Prietula (eds.), Computational
 * Organization Theory, Lawrence Erlbaum, 89–111; C. T. Butts (2008), Social
 * network analysis with sna, Journal of Statistical Software 24(6).
 *
 * @example
 * // an out-star: a → b, a → c (a perfect chain of command)
 * const g = new Graph({ type: 'directed' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('a', 'c');
 * krackhardtDimensions(g); // { connectedness: 1, hierarchy: 1, efficiency: 1, lubness: 1 }
 */
export function krackhardtDimensions(graph: GraphInput, options: KrackhardtDimensionsOptions = {}): KrackhardtDimensions {
  const caller = 'krackhardtDimensions';
  const progressOptions = krackhardtDimensionsOptions.read(options);
  const csr = compactAdjacency(graph, { weight: null, caller });
  const n = csr.nodes.length;
  if (n === 0) return { connectedness: NaN, hierarchy: NaN, efficiency: NaN, lubness: NaN };
  const weak = connectedComponents(csr);
  const weakLabel = new Int32Array(n);
  for (let i = 0; i < n; i++) weakLabel[i] = weak.membership[csr.nodes[i]];

  let connectedPairs = 0;
  let requiredTies = 0;
  let maxRedundant = 0;
  let maxViolations = 0;
  for (const s of weak.sizes) {
    connectedPairs += (s * (s - 1)) / 2;
    requiredTies += s - 1;
    maxRedundant += s * (s - 1) - (s - 1);
    if (s > 2) maxViolations += ((s - 1) * (s - 2)) / 2;
  }
  const connectedness = n <= 1 ? 1 : connectedPairs / ((n * (n - 1)) / 2);
  const ties = csr.directed ? csr.edgeCount - csr.selfLoopCount : 2 * (csr.edgeCount - csr.selfLoopCount);
  const efficiency = maxRedundant > 0 ? 1 - (ties - requiredTies) / maxRedundant : NaN;

  // hierarchy: M = pairs inside the same strong component; ordered reachable
  // pairs R = 2M + A, so A = R − 2M
  const strong = stronglyConnectedComponents(csr);
  let mutualPairs = 0;
  for (const s of strong.sizes) mutualPairs += (s * (s - 1)) / 2;
  const sources = maxViolations > 0 ? sourceRepresentatives(csr.outOffsets, csr.outTargets, csr.nodes, strong.membership) : [];
  const progress = progressReporter(caller, progressOptions, n + sources.length, 'searches');
  const reachedFrom = reachCounts(csr.outOffsets, csr.outTargets, n, progress);
  let orderedReachable = 0;
  for (let i = 0; i < n; i++) orderedReachable += reachedFrom[i] - 1;
  const oneWayPairs = orderedReachable - 2 * mutualPairs;
  const hierarchy = mutualPairs + oneWayPairs > 0 ? 1 - mutualPairs / (mutualPairs + oneWayPairs) : NaN;

  const lubness = maxViolations > 0 ? 1 - lubViolations(csr.outOffsets, csr.outTargets, sources, weakLabel, progress) / maxViolations : NaN;
  progress.finish();
  return { connectedness, hierarchy, efficiency, lubness };
}

/** Number of nodes each node reaches along directed paths, itself included. */
function reachCounts(offsets: Int32Array, targets: Int32Array, n: number, progress: ProgressReporter): Int32Array {
  const counts = new Int32Array(n);
  const seen = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    seen[s] = s;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (seen[w] !== s) {
          seen[w] = s;
          queue[tail++] = w;
        }
      }
    }
    counts[s] = tail;
    progress.tick();
  }
  return counts;
}

/**
 * Pairs {i, j} of nodes in the same weak component (of 3 or more nodes) that
 * have no least upper bound, counted as sna's `lubness_con_R` defines it, but
 * without its n⁴ loop: the upper bounds U of a pair (nodes reaching both) are
 * closed under "reached by", so an element of U reaching all of U exists iff
 * exactly one *source* strong component (one no other component reaches)
 * reaches both i and j. Nodes are grouped by the set of source components that
 * reach them, and pairs counted per group pair.
 */
function lubViolations(offsets: Int32Array, targets: Int32Array, representative: readonly number[], weakLabel: Int32Array, progress: ProgressReporter): number {
  const n = weakLabel.length;
  const sources = representative.length;
  const words = Math.ceil(sources / 32);
  const reachedBy = new Uint32Array(n * words); // bit s of node v: source s reaches v
  const seen = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let s = 0; s < sources; s++) {
    const start = representative[s];
    seen[start] = s;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++];
      reachedBy[v * words + (s >>> 5)] |= 1 << (s & 31);
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (seen[w] !== s) {
          seen[w] = s;
          queue[tail++] = w;
        }
      }
    }
    progress.tick();
  }
  // group the nodes of each weak component by their set of reaching sources
  const groups = new Map<number, Map<string, { count: number; bits: Uint32Array }>>();
  for (let v = 0; v < n; v++) {
    const bits = reachedBy.subarray(v * words, (v + 1) * words);
    const key = bits.join(',');
    let byKey = groups.get(weakLabel[v]);
    if (byKey === undefined) groups.set(weakLabel[v], (byKey = new Map()));
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, { count: 1, bits });
    else group.count++;
  }
  let violations = 0;
  for (const byKey of groups.values()) {
    const list = [...byKey.values()];
    let size = 0;
    for (const g of list) size += g.count;
    if (size <= 2) continue;
    for (let a = 0; a < list.length; a++) {
      if (commonCount(list[a].bits, list[a].bits) !== 1) violations += (list[a].count * (list[a].count - 1)) / 2;
      for (let b = a + 1; b < list.length; b++) {
        if (commonCount(list[a].bits, list[b].bits) !== 1) violations += list[a].count * list[b].count;
      }
    }
  }
  return violations;
}

/** Number of bits set in both bitsets. */
function commonCount(a: Uint32Array, b: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    let x = a[i] & b[i];
    while (x !== 0) {
      x &= x - 1;
      count++;
    }
  }
  return count;
}

/**
 * One node of every source strong component (one that no other strong
 * component reaches), in node order: the starts of the lubness searches.
 */
function sourceRepresentatives(offsets: Int32Array, targets: Int32Array, nodes: readonly string[], strongMembership: Record<string, number>): number[] {
  const n = nodes.length;
  const strongLabel = new Int32Array(n);
  let strongCount = 0;
  for (let i = 0; i < n; i++) {
    strongLabel[i] = strongMembership[nodes[i]];
    if (strongLabel[i] + 1 > strongCount) strongCount = strongLabel[i] + 1;
  }
  const hasIncoming = new Uint8Array(strongCount);
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      if (strongLabel[w] !== strongLabel[v]) hasIncoming[strongLabel[w]] = 1;
    }
  }
  // one representative node per source strong component
  const representative: number[] = [];
  const taken = new Uint8Array(strongCount);
  for (let v = 0; v < n; v++) {
    const c = strongLabel[v];
    if (!hasIncoming[c] && !taken[c]) {
      taken[c] = 1;
      representative.push(v);
    }
  }
  return representative;
}
