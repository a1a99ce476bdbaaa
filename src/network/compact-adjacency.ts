import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { clipText } from '../error/clip-text.js';
import { ZonelinkError, type ZonelinkIssue } from '../error/zonelink-error.js';
// error/reserved-keys.ts, not schema/fields.ts: the fast kernels must not pull zod into a browser bundle.
import { RESERVED_KEYS } from '../error/reserved-keys.js';
import { project } from './project.js';
import { isZoneNetwork } from './zone-network.js';
import { checkGraph } from '../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { stringOption } from '../options/option-spec.js';
import { edgeWeightOption } from './edge-weight-option.js';
import { edgeListAdjacency } from './edge-list-adjacency.js';

/**
 * How a measure reads an edge's weight:
 * - a string names the edge attribute (default `'weight'`);
 * - a function computes it from the edge;
 * - `null` ignores weights (every edge counts 1).
 */
export type EdgeWeight =
  | string
  | null
  | ((id: string, attributes: Attributes, source: string, target: string) => number);

/**
 * What a centrality measure takes: a simple graphology graph, or its compact
 * adjacency built once with {@link compactAdjacency} and reused across calls
 * (large graphs spend most of a fast measure's time building it). A compact
 * adjacency is used as built: its weights are the ones chosen when it was built,
 * and a measure's `weight` option only decides whether they are read
 * (`null` = unweighted).
 */
export type GraphInput = Graph | CompactAdjacency;

/**
 * True for a {@link CompactAdjacency} (as opposed to a graphology graph).
 *
 * @example
 * const input = isCompactAdjacency(x) ? x : compactAdjacency(x);
 */
export function isCompactAdjacency(input: unknown): input is CompactAdjacency {
  return typeof input === 'object' && input !== null && (input as CompactAdjacency).outOffsets instanceof Int32Array;
}

const compactAdjacencySpecs = {
  /** Edge weight: attribute name (default `'weight'`), function `(id, attributes, source, target) → number`, or `null` for unweighted. */
  weight: edgeWeightOption('the value each edge carries into the adjacency (the measure that reads it decides whether it is a strength or a length)'),
  /** Name of the calling public function, named in error messages (measures that build the adjacency set it). Default `'compactAdjacency'`. */
  caller: stringOption({
    doc: 'Name of the public function that the errors name (set by the measures that build the adjacency on their caller\'s behalf).',
    default: 'compactAdjacency',
  }),
};

/** The declared options of {@link compactAdjacency} (checks, defaults and docs/options.md come from here). */
export const compactAdjacencyOptions = defineOptions('compactAdjacency', compactAdjacencySpecs);

/** Options shared by every measure that builds a compact adjacency, declared in {@link compactAdjacencyOptions} (see docs/options.md#compactadjacency). */
export type CompactAdjacencyOptions = OptionsOf<typeof compactAdjacencyOptions>;

/** The same declarations under the name of each calling measure, so that a bad option is reported under the function the user called. */
const schemaByCaller = new Map<string, typeof compactAdjacencyOptions>();

function readCompactAdjacencyOptions(options: unknown) {
  const named = typeof options === 'object' && options !== null ? (options as { caller?: unknown }).caller : undefined;
  if (typeof named !== 'string' || named.length === 0 || named === 'compactAdjacency') return compactAdjacencyOptions.read(options);
  let schema = schemaByCaller.get(named);
  if (schema === undefined) {
    schema = defineOptions(named, compactAdjacencySpecs);
    schemaByCaller.set(named, schema);
  }
  return schema.read(options);
}

/**
 * A compressed sparse row (CSR) view of a simple graph in typed arrays: the
 * neighbours of node `i` are `targets[offsets[i] .. offsets[i+1])` with the
 * matching `weights`. For an undirected graph every edge appears in both rows
 * (a self-loop once) and the `in*` arrays are the same objects as the `out*`
 * arrays. Built once per graph so that heavy kernels (betweenness, PageRank,
 * Leiden …) never touch graphology's object model in their inner loops.
 *
 * Node order: `nodes` is the graph's `graph.nodes()` order, and it is the order
 * of every columnar result — a centrality called with `output: 'vector'` returns
 * `{ nodes, values }` with `values[i]` the value of `nodes[i]` (see
 * `nodeVectorRecord` to turn it into a record).
 */
export interface CompactAdjacency {
  /** Node keys by index. */
  readonly nodes: readonly string[];
  /** Node key → index. */
  readonly index: ReadonlyMap<string, number>;
  readonly directed: boolean;
  /** True when at least one edge carried an explicit weight. */
  readonly weighted: boolean;
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
  readonly outWeights: Float64Array;
  readonly inOffsets: Int32Array;
  readonly inSources: Int32Array;
  readonly inWeights: Float64Array;
  /** Number of edges of the graph (an undirected edge counts once). */
  readonly edgeCount: number;
  /** Number of self-loops. */
  readonly selfLoopCount: number;
}

/**
 * Builds the compact adjacency of a simple graphology graph, validating every
 * weight in one pass.
 *
 * Rules: the graph must be simple (no parallel edges) and either all-directed
 * or all-undirected. A ZoneNetwork or one of its views (`layer`, `snapshot` …)
 * is first projected with `project(net)` — undirected, parallel linkages'
 * weights summed, self-loops kept; call `project` yourself for other choices. Weights must be
 * finite numbers ≥ 0. With an attribute name, a graph where *no* edge has the
 * attribute is unweighted (all 1); a graph where only *some* edges have it is an
 * error, since guessing 1 for the others would silently change results.
 *
 * Given a compact adjacency, returns it as built — except that `weight: null`
 * asks for the unweighted graph, so a weighted prebuilt adjacency is then read
 * with every weight 1 (one rule for every measure and both input kinds: the
 * same answer as building the adjacency with `weight: null`).
 *
 * @throws ZonelinkError `invalid-graph` (multigraph, mixed graph, a node id
 *   that is an `Object.prototype` name such as `toString` or `__proto__`) or
 *   `invalid-weight` listing every offending edge.
 * @example
 * const csr = compactAdjacency(graph, { weight: 'weight' });
 * csr.outTargets.subarray(csr.outOffsets[0], csr.outOffsets[1]); // neighbours of node 0
 */
export function compactAdjacency(graph: GraphInput, options: CompactAdjacencyOptions = {}): CompactAdjacency {
  const { caller, weight } = readCompactAdjacencyOptions(options);
  if (isCompactAdjacency(graph)) return weight === null ? unweightedView(graph) : graph;
  checkGraph(caller, graph);
  if (isZoneNetwork(graph)) return compactAdjacency(project(graph) as unknown as Graph, options);
  if (graph.multi) {
    throw new ZonelinkError(
      'invalid-graph',
      `${caller}: the graph is a multigraph; measures run on a simple graph (use project() to merge parallel linkages)`,
      [{ code: 'multigraph', message: `${caller}: parallel edges are not allowed` }],
    );
  }
  if (graph.directedSize > 0 && graph.undirectedSize > 0) {
    throw new ZonelinkError(
      'invalid-graph',
      `${caller}: the graph mixes directed and undirected edges; project it with a single direction first`,
      [{ code: 'mixed-graph', message: `${caller}: ${graph.directedSize} directed and ${graph.undirectedSize} undirected edges` }],
    );
  }
  const directed = graph.type === 'directed' || graph.directedSize > 0;
  const nodes = graph.nodes();
  const reserved = nodes.filter((node) => RESERVED_KEYS.has(node));
  if (reserved.length > 0) {
    // graphology keeps neighbours in plain objects, where these names already
    // answer: its adjacency is wrong for them, and `__proto__` would vanish from results
    throw new ZonelinkError(
      'invalid-graph',
      `${caller}: node ids that are Object.prototype names are not supported: ${reserved.join(', ')}`,
      reserved.map((node) => ({ code: 'reserved-id', message: `${caller}: node id "${node}" is the name of a built-in object property`, id: node })),
    );
  }
  const n = nodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(nodes[i], i);

  const m = graph.size;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const w = new Float64Array(m);
  const issues: ZonelinkIssue[] = [];
  let withAttribute = 0;
  let e = 0;
  // Node key → index is the costly part (two hash lookups per edge, each a few
  // cache misses on a large graph). Edge lists are usually grouped by source (a
  // linkage table sorted by zone, a graph built node by node), so the last
  // lookup of each end is remembered: a key compared by reference costs nothing
  // when it repeats, and little when it does not.
  let lastSource = '';
  let lastSourceIndex = -1;
  let lastTarget = '';
  let lastTargetIndex = -1;
  graph.forEachEdge((edge, attributes, source, target) => {
    let value = 1;
    if (typeof weight === 'string') {
      const raw = attributes[weight];
      if (raw !== undefined) {
        withAttribute++;
        value = raw as number;
      }
    } else if (typeof weight === 'function') {
      value = weight(edge, attributes, source, target);
      withAttribute++;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      issues.push({
        code: 'invalid-weight',
        message: `${caller}: edge ${clipText(edge)} (${clipText(source)} → ${clipText(target)}) has weight ${clipText(String(value))}; expected a finite number ≥ 0`,
        id: edge,
        value,
        expected: 'finite number ≥ 0',
      });
    }
    if (source !== lastSource) {
      lastSource = source;
      lastSourceIndex = index.get(source)!;
    }
    if (target !== lastTarget) {
      lastTarget = target;
      lastTargetIndex = index.get(target)!;
    }
    src[e] = lastSourceIndex;
    dst[e] = lastTargetIndex;
    w[e] = typeof value === 'number' ? value : NaN; // a BigInt or string is reported above, never converted
    e++;
  });
  if (typeof weight === 'string' && withAttribute > 0 && withAttribute < m) {
    graph.forEachEdge((edge, attributes, source, target) => {
      if (attributes[weight] === undefined) {
        issues.push({
          code: 'missing-weight',
          message: `${caller}: edge ${clipText(edge)} (${clipText(source)} → ${clipText(target)}) has no "${weight}" attribute while other edges do`,
          id: edge,
          field: weight,
        });
      }
    });
  }
  if (issues.length > 0) {
    throw new ZonelinkError('invalid-weight', `${caller}: invalid edge weights`, issues);
  }

  return edgeListAdjacency({ nodes, index, from: src, to: dst, weights: w, directed, weighted: withAttribute > 0 });
}

/** Unweighted views already made, so a measure called many times on one prebuilt adjacency allocates once. */
const unweightedViews = new WeakMap<CompactAdjacency, CompactAdjacency>();

/** The same adjacency with every weight 1 and `weighted: false`. */
function unweightedView(csr: CompactAdjacency): CompactAdjacency {
  if (!csr.weighted) return csr;
  const cached = unweightedViews.get(csr);
  if (cached) return cached;
  const outWeights = new Float64Array(csr.outWeights.length).fill(1);
  const inWeights = csr.directed ? new Float64Array(csr.inWeights.length).fill(1) : outWeights;
  const view: CompactAdjacency = { ...csr, weighted: false, outWeights, inWeights };
  unweightedViews.set(csr, view);
  return view;
}
