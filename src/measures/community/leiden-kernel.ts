/**
 * The Leiden algorithm (Traag, Waltman & van Eck 2019) for modularity on a
 * compact, direction-free level graph. Internal kernel of `leiden()` and
 * `consensusPartition()`: typed arrays only, no allocation per move.
 *
 * Quality (up to a positive constant): Σ_c [ e_c − s · (A_c B_c) ] where for a
 * directed graph e is a_ij + a_ji, A/B are out/in strength sums and s = γ / W;
 * for an undirected graph A = B = strength and s = γ / (4m). The gain of
 * moving node v into community C is e_vC − s (a_v B_C + b_v A_C).
 */

import type { KernelProgress } from './kernel-progress.js';

/** One level of the Leiden hierarchy: a symmetric CSR without self-loops plus node strengths. */
export interface LevelGraph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** Out-strength (undirected: strength, self-loops twice). */
  readonly a: Float64Array;
  /** In-strength (undirected: the same array as `a`). */
  readonly b: Float64Array;
  readonly directed: boolean;
  /**
   * True when every weight is exactly 1 (an unweighted base graph): the inner
   * loops then skip reading `weights`, a third of the memory they stream.
   */
  readonly unit?: boolean;
  /**
   * When > 0, `targets[p]` packs the neighbour into its low `packed` bits and
   * the (integer) weight into the bits above, and `weights` is unused: an
   * aggregated level of an integer-weighted graph then takes 4 bytes per entry
   * instead of 12. Read a neighbour as `targets[p] & mask` (mask = 2^packed − 1,
   * or −1 unpacked) and a weight as `targets[p] >>> packed`.
   */
  readonly packed?: number;
}

/** Mask of the neighbour bits of a level's `targets` (−1 keeps every bit: not packed). */
function targetMask(g: LevelGraph): number {
  const bits = g.packed ?? 0;
  return bits > 0 ? (1 << bits) - 1 : -1;
}

/**
 * Neighbour bits for a packed level of `r` nodes, or 0 when packing would leave
 * fewer than 8 bits for the weights (over 2^24 nodes).
 */
function packedBits(r: number): number {
  const bits = Math.max(1, 32 - Math.clz32(r - 1));
  return bits <= 24 ? bits : 0;
}

/** True when every weight of the base graph is an integer: then so is every aggregated weight, and a level can be packed. */
function integerWeights(g: LevelGraph): boolean {
  if (g.unit === true) return true;
  const { weights } = g;
  for (let p = 0; p < weights.length; p++) if (!Number.isInteger(weights[p])) return false;
  return true;
}

export interface LeidenKernelOptions {
  /** γ / W' (see the module comment). */
  scale: number;
  /** Randomness θ of the refinement. */
  theta: number;
  random: () => number;
  maxIterations: number;
  /** Minimum gain for a move (guards against floating-point ping-pong). */
  epsilon: number;
  /** Optional starting partition (dense labels < n). */
  initial?: Int32Array;
  /**
   * `false` skips the refinement and aggregates on the moved partition itself:
   * the Louvain method (Blondel et al. 2008) with fast local moving, iterated
   * like Leiden. Communities may then be badly connected. Default `true`.
   */
  refine?: boolean;
  /** Progress and cancellation hooks (see `kernelProgress`). */
  progress?: KernelProgress;
}

export interface LeidenKernelResult {
  membership: Int32Array;
  count: number;
  iterations: number;
  converged: boolean;
}

/**
 * Per-node working arrays, allocated once per run for the base graph's n and
 * reused by every level. Arrays used in different phases share storage (the
 * phases never overlap): `emptyStack` (local moving) is `start` (refinement,
 * aggregation), `queue` (local moving, connected parts) is `members`
 * (refinement, aggregation), `slot` (aggregation) is `relabel` (renumbering).
 */
interface Workspace {
  commA: Float64Array;
  commB: Float64Array;
  commSize: Int32Array;
  emptyStack: Int32Array;
  queue: Int32Array;
  inQueue: Uint8Array;
  neighbourWeight: Float64Array;
  neighbourList: Int32Array;
  /** Candidate clusters of one node in the refinement: sized by the longest row seen (grown on demand). */
  candidates: Int32Array;
  cumulative: Float64Array;
  relabel: Int32Array;
  refined: Int32Array;
  clusterA: Float64Array;
  clusterB: Float64Array;
  partition: [Int32Array, Int32Array];
  start: Int32Array;
  members: Int32Array;
  slot: Int32Array;
  /**
   * Two buffers the aggregated levels alternate between (level k+1 is built
   * while level k is read), each sized for the largest level written into it
   * (see {@link levelCapacity}), not for the base graph.
   */
  levels: [LevelBuffer | null, LevelBuffer | null];
  /**
   * True when the last local moving left in `clusterA[v]` each node's weight
   * to its own community (kept exactly: integer weights), so the refinement
   * need not scan every row again to get it.
   */
  externalKnown: boolean;
}

interface LevelBuffer {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  a: Float64Array;
  b: Float64Array;
}

const NO_WEIGHTS = new Float64Array(0);

/** A level buffer; `weights` only for levels that cannot be packed (see `LevelGraph.packed`). */
function levelBuffer(n: number, nnz: number, directed: boolean, weighted: boolean): LevelBuffer {
  const a = new Float64Array(n);
  return {
    offsets: new Int32Array(n + 1),
    targets: new Int32Array(nnz),
    weights: weighted ? new Float64Array(nnz) : NO_WEIGHTS,
    a,
    b: directed ? new Float64Array(n) : a,
  };
}

function workspace(n: number, directed: boolean): Workspace {
  // In-strength sums exist only for directed graphs (undirected: A = B, one array).
  const nb = directed ? n : 0;
  const start = new Int32Array(n + 1);
  const members = new Int32Array(n);
  const slot = new Int32Array(n);
  return {
    refined: new Int32Array(n),
    clusterA: new Float64Array(n),
    clusterB: new Float64Array(nb),
    partition: [new Int32Array(n), new Int32Array(n)],
    start,
    members,
    slot,
    levels: [null, null],
    externalKnown: false,
    commA: new Float64Array(n),
    commB: new Float64Array(nb),
    commSize: new Int32Array(n),
    emptyStack: start,
    queue: members,
    inQueue: new Uint8Array(n),
    neighbourWeight: new Float64Array(n),
    neighbourList: new Int32Array(n),
    candidates: new Int32Array(0),
    cumulative: new Float64Array(0),
    relabel: slot,
  };
}

/**
 * Entries level k+1 can have when level k (`g`, n nodes) is collapsed onto `r`
 * clusters. Each refined cluster is connected through positive-weight entries
 * (a node joins a cluster only through such an edge; the fallback uses
 * connected parts), so a cluster of size s keeps at least 2(s − 1) of its
 * entries inside: at most e − 2(n − r) entries remain. Clusters that need not
 * be connected (Louvain aggregates communities) are counted exactly.
 */
function levelCapacity(g: LevelGraph, labels: Int32Array, r: number, connected: boolean): number {
  const entries = g.offsets[g.n];
  if (connected) return entries - 2 * (g.n - r);
  const { offsets, targets } = g;
  const mask = targetMask(g);
  let crossing = 0;
  for (let v = 0; v < g.n; v++) {
    const c = labels[v];
    for (let p = offsets[v]; p < offsets[v + 1]; p++) if (labels[targets[p] & mask] !== c) crossing++;
  }
  return crossing;
}

/** Makes the candidate arrays of the refinement long enough for every row of `g` (plus staying alone). */
function ensureCandidateCapacity(g: LevelGraph, ws: Workspace): void {
  const { n, offsets } = g;
  let longest = 0;
  for (let v = 0; v < n; v++) longest = Math.max(longest, offsets[v + 1] - offsets[v]);
  if (ws.candidates.length < longest + 1) {
    ws.candidates = new Int32Array(longest + 1);
    ws.cumulative = new Float64Array(longest + 1);
  }
}

/**
 * Runs Leiden iterations until no node moves (or `maxIterations`).
 *
 * Working memory beyond the base graph: 65 bytes per base node (workspace,
 * membership and node map; directed graphs 16 more) plus two level buffers sized by the
 * largest aggregated levels they hold — 4 bytes per entry when the base
 * weights are integers (packed levels), 12 otherwise. On a Barabási–Albert
 * graph of 200,000 nodes and 1M edges the first two aggregates keep 1.7M and
 * 1.6M of the 2M entries, hence ≈ 30 bytes per edge in all.
 */
export function leidenKernel(base: LevelGraph, options: LeidenKernelOptions): LeidenKernelResult {
  const n0 = base.n;
  // Buffers are allocated once per run (the two level buffers on first use):
  // large typed-array allocations per level would trigger full garbage
  // collections of the caller's heap.
  const ws = workspace(n0, base.directed);
  const membership = new Int32Array(n0);
  if (options.initial) membership.set(options.initial);
  else for (let i = 0; i < n0; i++) membership[i] = i;
  let count = renumber(membership, n0, ws.relabel);
  // integer weights stay integers when summed: aggregated levels can then be packed
  const integer = integerWeights(base);
  let iterations = 0;
  let converged = false;
  const nodeMap = new Int32Array(n0);
  while (iterations < options.maxIterations) {
    iterations++;
    let changed = false;
    let g = base;
    let P: Int32Array = ws.partition[0];
    P.set(membership);
    let level = 0;
    for (let i = 0; i < n0; i++) nodeMap[i] = i;
    for (;;) {
      if (moveNodesFast(g, P, options, ws)) changed = true;
      options.progress?.level();
      const k = renumber(P, g.n, ws.relabel);
      if (k === g.n) break;
      let refined: Int32Array;
      if (options.refine === false) {
        refined = ws.refined;
        refined.set(P.subarray(0, g.n));
      } else {
        ensureCandidateCapacity(g, ws);
        refined = refinePartition(g, P, k, options, ws);
      }
      let r = renumber(refined, g.n, ws.relabel);
      if (r === g.n) {
        // Refinement merged nothing: aggregate on the connected parts of P's
        // communities instead (keeps every community connected).
        refined = connectedParts(g, P, ws);
        r = renumber(refined, g.n, ws.relabel);
        if (r === g.n) {
          P = refined;
          break;
        }
      }
      const next = ws.partition[P === ws.partition[0] ? 1 : 0];
      for (let v = 0; v < g.n; v++) next[refined[v]] = P[v];
      for (let i = 0; i < n0; i++) nodeMap[i] = refined[nodeMap[i]];
      const bits = integer ? packedBits(r) : 0;
      let buffer = ws.levels[level & 1];
      if (buffer === null || buffer.a.length < r || buffer.targets.length < g.offsets[g.n]) {
        const entries = levelCapacity(g, refined, r, options.refine !== false);
        if (buffer === null || buffer.a.length < r || buffer.targets.length < entries) {
          // 1/32 spare: later iterations' levels are about as large, and a
          // regrown buffer leaves the old one to the garbage collector
          const spare = (x: number) => x + (x >> 5);
          buffer = levelBuffer(Math.max(spare(r), buffer?.a.length ?? 0), Math.max(spare(entries), buffer?.targets.length ?? 0), g.directed, bits === 0);
          ws.levels[level & 1] = buffer;
        }
      }
      let aggregated = bits > 0 ? aggregate(g, refined, r, ws, buffer, bits) : null;
      if (aggregated === null) {
        // not packable (non-integer weights, or a weight too large for the bits left): 12 bytes per entry
        if (buffer.weights.length < buffer.targets.length) buffer.weights = new Float64Array(buffer.targets.length);
        aggregated = aggregate(g, refined, r, ws, buffer, 0)!;
      }
      g = aggregated;
      level++;
      P = next;
    }
    for (let i = 0; i < n0; i++) membership[i] = P[nodeMap[i]];
    count = renumber(membership, n0, ws.relabel);
    options.progress?.iteration(iterations);
    if (!changed) {
      converged = true;
      break;
    }
  }
  options.progress?.finish(iterations);
  return { membership, count, iterations, converged };
}

/** Relabels `labels[0..n)` densely in order of first appearance; returns the count. */
function renumber(labels: Int32Array, n: number, relabel: Int32Array): number {
  relabel.fill(-1, 0, n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    let d = relabel[c];
    if (d < 0) {
      d = k++;
      relabel[c] = d;
    }
    labels[i] = d;
  }
  return k;
}

function shuffledRange(target: Int32Array, n: number, random: () => number): void {
  for (let i = 0; i < n; i++) target[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = target[i];
    target[i] = target[j];
    target[j] = t;
  }
}

/** Fast local moving with a queue (Traag et al. 2019, MoveNodesFast). Returns whether any node moved. */
function moveNodesFast(g: LevelGraph, P: Int32Array, options: LeidenKernelOptions, ws: Workspace): boolean {
  if (!g.directed) return moveNodesFastUndirected(g, P, options, ws);
  const { n, offsets, targets, weights, a, b } = g;
  const bits = g.packed ?? 0;
  const mask = targetMask(g);
  const { commA, commB, commSize, emptyStack, queue, inQueue, neighbourWeight: nw, neighbourList: nl } = ws;
  ws.externalKnown = false;
  const s = options.scale;
  const eps = options.epsilon;
  commA.fill(0, 0, n);
  commB.fill(0, 0, n);
  commSize.fill(0, 0, n);
  for (let v = 0; v < n; v++) {
    const c = P[v];
    commA[c] += a[v];
    commB[c] += b[v];
    commSize[c]++;
  }
  let emptyCount = 0;
  for (let c = n - 1; c >= 0; c--) if (commSize[c] === 0) emptyStack[emptyCount++] = c;
  shuffledRange(queue, n, options.random);
  inQueue.fill(1, 0, n);
  let head = 0;
  let tail = 0; // next write position (the queue is full: tail === head)
  let length = n;
  let moved = false;
  while (length > 0) {
    const v = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    length--;
    inQueue[v] = 0;
    const cv = P[v];
    const av = a[v];
    const bv = b[v];
    let k = 0;
    const start = offsets[v];
    const end = offsets[v + 1];
    if (bits > 0) {
      for (let p = start; p < end; p++) {
        const x = targets[p];
        const w = x >>> bits;
        if (w === 0) continue;
        const c = P[x & mask];
        if (nw[c] === 0) nl[k++] = c;
        nw[c] += w;
      }
    } else {
      for (let p = start; p < end; p++) {
        const w = weights[p];
        if (!(w > 0)) continue;
        const c = P[targets[p]];
        if (nw[c] === 0) nl[k++] = c;
        nw[c] += w;
      }
    }
    commA[cv] -= av;
    commB[cv] -= bv;
    commSize[cv]--;
    let best = cv;
    let bestGain = nw[cv] - s * (av * commB[cv] + bv * commA[cv]);
    const ownGain = bestGain;
    for (let i = 0; i < k; i++) {
      const c = nl[i];
      if (c === cv) continue;
      const gain = nw[c] - s * (av * commB[c] + bv * commA[c]);
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    if (bestGain < 0 && commSize[cv] > 0 && emptyCount > 0) {
      best = emptyStack[--emptyCount];
      bestGain = 0;
    }
    for (let i = 0; i < k; i++) nw[nl[i]] = 0;
    if (best !== cv && bestGain - ownGain <= eps) {
      if (commSize[best] === 0) emptyCount++; // put the unused empty community back
      best = cv;
    }
    commA[best] += av;
    commB[best] += bv;
    commSize[best]++;
    if (best !== cv) {
      if (commSize[cv] === 0) emptyStack[emptyCount++] = cv;
      P[v] = best;
      moved = true;
      for (let p = start; p < end; p++) {
        const u = targets[p] & mask;
        if (inQueue[u] === 0 && P[u] !== best) {
          inQueue[u] = 1;
          queue[tail] = u;
          tail = tail + 1 === n ? 0 : tail + 1;
          length++;
        }
      }
    }
  }
  return moved;
}

/** {@link moveNodesFast} specialised for undirected level graphs (A = B). */
function moveNodesFastUndirected(g: LevelGraph, P: Int32Array, options: LeidenKernelOptions, ws: Workspace): boolean {
  const { n, offsets, targets, weights, a } = g;
  const unit = g.unit === true;
  const bits = g.packed ?? 0;
  const mask = targetMask(g);
  const { commA, commSize, emptyStack, queue, inQueue, neighbourWeight: nw, neighbourList: nl } = ws;
  // With integer weights each node's weight to its own community is kept
  // exactly as nodes move (set when the node is visited — every node is —
  // and adjusted when a neighbour moves), for the refinement.
  const track = unit || bits > 0;
  const external = ws.clusterA;
  ws.externalKnown = track;
  const s2 = 2 * options.scale;
  const eps = options.epsilon;
  commA.fill(0, 0, n);
  commSize.fill(0, 0, n);
  for (let v = 0; v < n; v++) {
    const c = P[v];
    commA[c] += a[v];
    commSize[c]++;
  }
  let emptyCount = 0;
  for (let c = n - 1; c >= 0; c--) if (commSize[c] === 0) emptyStack[emptyCount++] = c;
  shuffledRange(queue, n, options.random);
  inQueue.fill(1, 0, n);
  let head = 0;
  let tail = 0; // next write position (the queue is full: tail === head)
  let length = n;
  let moved = false;
  while (length > 0) {
    const v = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    length--;
    inQueue[v] = 0;
    const cv = P[v];
    const av = a[v];
    let k = 0;
    const start = offsets[v];
    const end = offsets[v + 1];
    if (unit) {
      for (let p = start; p < end; p++) {
        const c = P[targets[p]];
        if (nw[c] === 0) nl[k++] = c;
        nw[c] += 1;
      }
    } else if (bits > 0) {
      for (let p = start; p < end; p++) {
        const x = targets[p];
        const w = x >>> bits;
        if (w === 0) continue;
        const c = P[x & mask];
        if (nw[c] === 0) nl[k++] = c;
        nw[c] += w;
      }
    } else {
      for (let p = start; p < end; p++) {
        const w = weights[p];
        if (!(w > 0)) continue;
        const c = P[targets[p]];
        if (nw[c] === 0) nl[k++] = c;
        nw[c] += w;
      }
    }
    commA[cv] -= av;
    commSize[cv]--;
    let best = cv;
    let bestGain = nw[cv] - s2 * av * commA[cv];
    const ownGain = bestGain;
    for (let i = 0; i < k; i++) {
      const c = nl[i];
      if (c === cv) continue;
      const gain = nw[c] - s2 * av * commA[c];
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    if (bestGain < 0 && commSize[cv] > 0 && emptyCount > 0) {
      best = emptyStack[--emptyCount];
      bestGain = 0;
    }
    const toOwn = nw[cv];
    const toBest = nw[best];
    for (let i = 0; i < k; i++) nw[nl[i]] = 0;
    if (best !== cv && bestGain - ownGain <= eps) {
      if (commSize[best] === 0) emptyCount++; // put the unused empty community back
      best = cv;
    }
    if (track) external[v] = best === cv ? toOwn : toBest;
    commA[best] += av;
    commSize[best]++;
    if (best !== cv) {
      if (commSize[cv] === 0) emptyStack[emptyCount++] = cv;
      P[v] = best;
      moved = true;
      for (let p = start; p < end; p++) {
        const x = targets[p];
        const u = x & mask;
        if (track) {
          const pu = P[u];
          if (pu === cv) external[u] -= unit ? 1 : x >>> bits;
          else if (pu === best) external[u] += unit ? 1 : x >>> bits;
        }
        if (inQueue[u] === 0 && P[u] !== best) {
          inQueue[u] = 1;
          queue[tail] = u;
          tail = tail + 1 === n ? 0 : tail + 1;
          length++;
        }
      }
    }
  }
  return moved;
}

/**
 * Refinement (Traag et al. 2019, RefinePartition / MergeNodesSubset): starting
 * from singletons, each well-connected singleton node of a community S joins a
 * well-connected refined cluster of S chosen at random with probability
 * ∝ exp(ΔH / θ) among the non-negative gains (staying alone has gain 0).
 *
 * Refined clusters never cross communities, so each community is refined on
 * its own, its nodes visited in a random order (as igraph does): the same
 * distribution as one random order of all nodes, with the memory locality of
 * one community at a time.
 */
function refinePartition(g: LevelGraph, P: Int32Array, communities: number, options: LeidenKernelOptions, ws: Workspace): Int32Array {
  const { n, offsets, targets, weights, a, b, directed } = g;
  const unit = g.unit === true;
  const bits = g.packed ?? 0;
  const mask = targetMask(g);
  const s = options.scale;
  const theta = options.theta;
  const random = options.random;
  const refined = ws.refined;
  const clusterA = ws.clusterA;
  const clusterB = directed ? ws.clusterB : clusterA;
  const clusterSize = ws.commSize;
  const external = ws.commA; // weight from a refined cluster to the rest of its community
  const known = ws.externalKnown;
  const nw = ws.neighbourWeight;
  const nl = ws.neighbourList;
  const candidates = ws.candidates;
  const cumulative = ws.cumulative;
  const start = ws.start;
  const members = ws.members;
  groupMembers(P, n, communities, start, members, ws.slot);
  // A candidate whose gain is more than 40θ below the best has a weight
  // exp(ΔH/θ) < 5e-18 relative to the best one's 1, below what a draw
  // (random() has 2^-32 steps) can resolve: it counts as 0 (no Math.exp call).
  const cutoff = -40 * theta;
  for (let community = 0; community < communities; community++) {
    const first = start[community];
    const last = start[community + 1];
    let setA = 0;
    let setB = 0;
    for (let m = first; m < last; m++) {
      const v = members[m];
      refined[v] = v;
      clusterSize[v] = 1;
      let ext = 0;
      if (known) {
        ext = clusterA[v]; // left there by the local moving (see Workspace.externalKnown)
      } else if (unit) {
        for (let q = offsets[v]; q < offsets[v + 1]; q++) if (P[targets[q]] === community) ext++;
      } else if (bits > 0) {
        for (let q = offsets[v]; q < offsets[v + 1]; q++) if (P[targets[q] & mask] === community) ext += targets[q] >>> bits;
      } else {
        for (let q = offsets[v]; q < offsets[v + 1]; q++) if (P[targets[q]] === community) ext += weights[q];
      }
      external[v] = ext;
      clusterA[v] = a[v];
      setA += a[v];
      if (directed) {
        clusterB[v] = b[v];
        setB += b[v];
      }
    }
    if (!directed) setB = setA;
    // random order of the community's nodes (Fisher–Yates on its slice of `members`)
    for (let i = last - 1; i > first; i--) {
      const j = first + Math.floor(random() * (i - first + 1));
      const t = members[i];
      members[i] = members[j];
      members[j] = t;
    }
    for (let m = first; m < last; m++) {
      const v = members[m];
      const cv = refined[v];
      if (clusterSize[cv] !== 1) continue;
      const av = a[v];
      const bv = b[v];
      const extV = external[cv];
      // Is v well connected to the rest of its community?
      const required = directed ? s * (av * (setB - bv) + bv * (setA - av)) : 2 * s * av * (setA - av);
      if (extV < required) continue;
      let k = 0;
      for (let q = offsets[v]; q < offsets[v + 1]; q++) {
        const x = targets[q];
        const w = unit ? 1 : bits > 0 ? x >>> bits : weights[q];
        if (!(w > 0)) continue;
        const u = x & mask;
        if (P[u] !== community) continue;
        const c = refined[u];
        if (c === cv) continue;
        if (nw[c] === 0) nl[k++] = c;
        nw[c] += w;
      }
      clusterSize[cv] = 0;
      clusterA[cv] = 0;
      if (directed) clusterB[cv] = 0;
      // Candidates: staying alone (gain 0) and well-connected clusters with gain ≥ 0.
      let count = 0;
      let maxGain = 0;
      candidates[count] = cv;
      cumulative[count] = 0;
      count++;
      for (let j = 0; j < k; j++) {
        const c = nl[j];
        const cA = clusterA[c];
        const cB = clusterB[c];
        const wellConnected = directed
          ? external[c] >= s * (cA * (setB - cB) + cB * (setA - cA))
          : external[c] >= 2 * s * cA * (setA - cA);
        if (!wellConnected) continue;
        const gain = directed ? nw[c] - s * (av * cB + bv * cA) : nw[c] - 2 * s * av * cA;
        if (gain < 0) continue;
        candidates[count] = c;
        cumulative[count] = gain;
        count++;
        if (gain > maxGain) maxGain = gain;
      }
      let chosen = cv;
      if (count > 1) {
        let total = 0;
        for (let j = 0; j < count; j++) {
          const x = cumulative[j] - maxGain;
          if (x === 0) total += 1;
          else if (x > cutoff) total += Math.exp(x / theta);
          cumulative[j] = total;
        }
        const r = random() * total;
        let j = 0;
        while (j < count - 1 && cumulative[j] <= r) j++;
        chosen = candidates[j];
      }
      if (chosen === cv) {
        clusterSize[cv] = 1;
        clusterA[cv] = av;
        if (directed) clusterB[cv] = bv;
      } else {
        clusterSize[chosen]++;
        clusterA[chosen] += av;
        if (directed) clusterB[chosen] += bv;
        external[chosen] += extV - 2 * nw[chosen];
        refined[v] = chosen;
      }
      for (let j = 0; j < k; j++) nw[nl[j]] = 0;
    }
  }
  return refined;
}

/** Connected components of the subgraphs induced by each community of P (labels = a member index). */
function connectedParts(g: LevelGraph, P: Int32Array, ws: Workspace): Int32Array {
  const { n, offsets, targets, weights } = g;
  const bits = g.packed ?? 0;
  const mask = targetMask(g);
  const part = ws.refined;
  part.fill(-1, 0, n);
  const stack = ws.queue;
  for (let s = 0; s < n; s++) {
    if (part[s] >= 0) continue;
    part[s] = s;
    let top = 0;
    stack[top++] = s;
    while (top > 0) {
      const v = stack[--top];
      for (let q = offsets[v]; q < offsets[v + 1]; q++) {
        const x = targets[q];
        const u = x & mask;
        if (part[u] < 0 && P[u] === P[s] && (bits > 0 ? x >>> bits : weights[q]) > 0) {
          part[u] = s;
          stack[top++] = u;
        }
      }
    }
  }
  return part;
}

/**
 * Collapses each cluster of `labels` (dense, < count) into one node. With
 * `bits` > 0 the level is packed (see `LevelGraph.packed`); returns null when a
 * weight does not fit in the bits left (the caller then aggregates unpacked).
 */
function aggregate(g: LevelGraph, labels: Int32Array, count: number, ws: Workspace, out: LevelBuffer, bits: number): LevelGraph | null {
  // The loops live in small functions of their own: V8 then optimises each as
  // a whole instead of on-stack-replacing one large function at every level.
  groupMembers(labels, g.n, count, ws.start, ws.members, ws.slot);
  const newA = out.a.subarray(0, count);
  const newB = g.directed ? out.b.subarray(0, count) : newA;
  const newOffsets = out.offsets.subarray(0, count + 1);
  const q =
    bits > 0
      ? aggregatePackedRows(g, labels, count, ws.start, ws.members, ws.slot, newA, newB, newOffsets, out.targets, ws.neighbourWeight, bits)
      : aggregateRows(g, labels, count, ws.start, ws.members, ws.slot, newA, newB, newOffsets, out.targets, out.weights);
  // typed-array writes past the end are dropped silently: never let a wrong bound pass unnoticed
  if (q > out.targets.length) throw new Error(`leiden kernel: level of ${q} entries overflowed its buffer of ${out.targets.length}`);
  if (q < 0) return null;
  return {
    n: count,
    offsets: newOffsets,
    targets: out.targets.subarray(0, q),
    weights: bits > 0 ? NO_WEIGHTS : out.weights.subarray(0, q),
    a: newA,
    b: newB,
    directed: g.directed,
    packed: bits,
  };
}

/** Counting sort of the nodes by cluster: members of c are members[start[c] .. start[c+1]). */
function groupMembers(labels: Int32Array, n: number, count: number, start: Int32Array, members: Int32Array, cursor: Int32Array): void {
  start.fill(0, 0, count + 1);
  for (let v = 0; v < n; v++) start[labels[v] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  cursor.set(start.subarray(0, count));
  for (let v = 0; v < n; v++) members[cursor[labels[v]]++] = v;
}

/** Writes the aggregated rows; returns the number of entries. */
function aggregateRows(
  g: LevelGraph,
  labels: Int32Array,
  count: number,
  start: Int32Array,
  members: Int32Array,
  slot: Int32Array,
  newA: Float64Array,
  newB: Float64Array,
  newOffsets: Int32Array,
  newTargets: Int32Array,
  newWeights: Float64Array,
): number {
  const { offsets, targets, weights, a, b, directed } = g;
  const unit = g.unit === true;
  const sourceBits = g.packed ?? 0;
  const mask = targetMask(g);
  newA.fill(0);
  if (directed) newB.fill(0);
  newOffsets[0] = 0;
  slot.fill(-1, 0, count);
  let q = 0;
  for (let c = 0; c < count; c++) {
    const rowStart = q;
    for (let m = start[c]; m < start[c + 1]; m++) {
      const v = members[m];
      newA[c] += a[v];
      if (directed) newB[c] += b[v];
      for (let p = offsets[v]; p < offsets[v + 1]; p++) {
        const x = targets[p];
        const d = labels[x & mask];
        if (d === c) continue;
        let at = slot[d];
        if (at < rowStart) {
          at = q++;
          slot[d] = at;
          newTargets[at] = d;
          newWeights[at] = 0;
        }
        newWeights[at] += unit ? 1 : sourceBits > 0 ? x >>> sourceBits : weights[p];
      }
    }
    newOffsets[c + 1] = q;
  }
  return q;
}

/**
 * {@link aggregateRows} writing a packed level: each row's weights are summed
 * in `rowWeight` (indexed by cluster, all 0 on entry and on return), then
 * packed with the cluster into one Int32. Returns −1 when a weight needs more
 * than 32 − `bits` bits.
 */
function aggregatePackedRows(
  g: LevelGraph,
  labels: Int32Array,
  count: number,
  start: Int32Array,
  members: Int32Array,
  slot: Int32Array,
  newA: Float64Array,
  newB: Float64Array,
  newOffsets: Int32Array,
  newTargets: Int32Array,
  rowWeight: Float64Array,
  bits: number,
): number {
  const { offsets, targets, weights, a, b, directed } = g;
  const unit = g.unit === true;
  const sourceBits = g.packed ?? 0;
  const mask = targetMask(g);
  const limit = 2 ** (32 - bits);
  const capacity = newTargets.length;
  let fits = true;
  newA.fill(0);
  if (directed) newB.fill(0);
  newOffsets[0] = 0;
  slot.fill(-1, 0, count);
  let q = 0;
  for (let c = 0; c < count; c++) {
    const rowStart = q;
    for (let m = start[c]; m < start[c + 1]; m++) {
      const v = members[m];
      newA[c] += a[v];
      if (directed) newB[c] += b[v];
      for (let p = offsets[v]; p < offsets[v + 1]; p++) {
        const x = targets[p];
        const d = labels[x & mask];
        if (d === c) continue;
        if (slot[d] < rowStart) {
          slot[d] = q;
          newTargets[q++] = d;
        }
        rowWeight[d] += unit ? 1 : sourceBits > 0 ? x >>> sourceBits : weights[p];
      }
    }
    if (q > capacity) return q; // the caller reports the overflow
    for (let at = rowStart; at < q; at++) {
      const d = newTargets[at];
      const w = rowWeight[d];
      rowWeight[d] = 0;
      if (w >= limit) fits = false;
      newTargets[at] = d | (w << bits);
    }
    newOffsets[c + 1] = q;
  }
  return fits ? q : -1;
}

