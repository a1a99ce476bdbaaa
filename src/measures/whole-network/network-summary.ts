import { compactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { density } from '../centrality/density.js';
import { connectedComponents } from '../paths/connected-components.js';
import { stronglyConnectedComponents } from '../paths/strongly-connected-components.js';
import { pathLengthSummary } from '../paths/path-length-summary.js';
import { transitivity } from '../clustering/transitivity.js';
import { averageClustering } from '../clustering/average-clustering.js';
import { reciprocity } from '../mixing/reciprocity.js';
import { assortativity } from '../mixing/assortativity.js';
import { krackhardtDimensions } from './krackhardt-dimensions.js';
import { ZonelinkError } from '../../error/zonelink-error.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter } from '../../progress/progress-reporter.js';

/** The declared options of {@link networkSummary}: progress and cancellation (see docs/options.md#networksummary). */
export const networkSummaryOptions = defineOptions('networkSummary', { ...progressOptionSpecs });

/** Options of {@link networkSummary}, declared in {@link networkSummaryOptions}. */
export type NetworkSummaryOptions = OptionsOf<typeof networkSummaryOptions>;

/** The super-linear steps of {@link networkSummary}, in the order they run. */
const STEPS = 4; // pathLengthSummary, transitivity, averageClustering, krackhardtDimensions

/**
 * The whole-network table of a graph (see {@link networkSummary}). Every field
 * is JSON-safe: a value that is undefined for this graph is `null` (never NaN
 * or Infinity), and `notes` says why.
 */
export interface NetworkSummary {
  /** True for a directed graph. */
  directed: boolean;
  /** Number of nodes n. */
  nodes: number;
  /** Number of edges, self-loops included (an undirected edge counts once). */
  edges: number;
  /** Number of self-loops (left out of density and of every path and triangle count). */
  selfLoops: number;
  /** Edges between distinct nodes over the n(n − 1)/2 (undirected) or n(n − 1) (directed) possible; null for n < 2. */
  density: number | null;
  /** Number of connected components (weakly connected for directed graphs); isolated nodes count. */
  components: number;
  /** Directed graphs: number of strongly connected components; null for undirected graphs. */
  strongComponents: number | null;
  /** Share of the nodes in the largest (weak) component; null for the empty graph. */
  largestComponentShare: number | null;
  /** Mean hop distance over the ordered pairs that reach each other (igraph `unconn=True`); null with no such pair. */
  averagePathLength: number | null;
  /** Longest finite hop distance; null with no reachable pair. */
  diameter: number | null;
  /** Latora–Marchiori global efficiency (hop counts; unreachable pairs add 0); null for n < 2. */
  globalEfficiency: number | null;
  /** Global clustering coefficient, 3 × triangles / connected triples, direction ignored; 0 without triangles. */
  transitivity: number;
  /** Mean local clustering (Watts–Strogatz; Fagiolo's directed version for directed graphs), zeros counted; null for the empty graph. */
  averageClustering: number | null;
  /** Directed graphs: edgewise reciprocity 2M/(2M + A); null for undirected graphs or with no tie. */
  reciprocity: number | null;
  /** Newman's degree assortativity (out-degree of source vs in-degree of target when directed); null when undefined. */
  degreeAssortativity: number | null;
  /** Krackhardt's (1994) dimensions, as R sna computes them; each null when undefined. */
  krackhardt: {
    /** 网络关联度 connectedness. */
    connectedness: number | null;
    /** 网络等级度 hierarchy. */
    hierarchy: number | null;
    /** 网络效率 efficiency. */
    efficiency: number | null;
    /** 最近上限 least upper boundedness. */
    lubness: number | null;
  };
  /** Why each null field is null, keyed by field name (`'krackhardt.lubness'` for nested ones). */
  notes: Record<string, string>;
}

/**
 * Gathers the whole-network statistics reported before anything else in
 * regional network studies into one JSON-serialisable object: size, density,
 * components, path lengths, clustering, reciprocity, degree assortativity and
 * Krackhardt's four dimensions (网络关联度、网络等级度、网络效率、最近上限).
 *
 * Everything is computed **unweighted**, on the simple graph (hop counts for
 * paths; presence of ties for clustering, reciprocity and Krackhardt's
 * dimensions), the convention of UCINET-style structure tables; call
 * `pathLengthSummary`, `clustering`, `assortativity` … with a `weight` for the
 * weighted versions. Each field is the value of the function documented for it:
 * `density`, `connectedComponents`, `stronglyConnectedComponents`,
 * `pathLengthSummary({ distance: null })`, `transitivity`, `averageClustering`,
 * `reciprocity({ measure: 'edgewise' })`, `assortativity({ by: 'degree' })` and
 * `krackhardtDimensions`. A value those return as NaN (undefined for this graph)
 * becomes `null` here with a reason in `notes`.
 *
 * The result depends only on the graph's structure, not on node names or order.
 *
 * **Progress**: `onProgress` receives the events of each super-linear step under
 * that step's own task name — `pathLengthSummary` (sources), `transitivity` and
 * `averageClustering` (nodes), `krackhardtDimensions` (searches), each from 0 to
 * its own total — and after each step an event of task `networkSummary`
 * (unit `steps`, total 4), the last one `done = total`. `signal` cancels any
 * step; the `aborted` error then names `networkSummary` and the step.
 * Options: see docs/options.md#networksummary.
 *
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('c', 'a'); g.mergeEdge('c', 'd');
 * const s = networkSummary(g);
 * s.density; // 4/6
 * s.diameter; // 2
 * s.transitivity; // 0.6
 * s.reciprocity; // null (notes.reciprocity: 'undirected graph: every tie is mutual')
 */
export function networkSummary(graph: GraphInput, options: NetworkSummaryOptions = {}): NetworkSummary {
  const caller = 'networkSummary';
  const progressOptions = networkSummaryOptions.read(options);
  const progress = progressReporter(caller, progressOptions, STEPS, 'steps');
  // runs one step with the caller's progress options; a cancelled step is reported as networkSummary's
  const step = <T>(run: () => T): T => {
    let result: T;
    try {
      result = run();
    } catch (error) {
      if (error instanceof ZonelinkError && error.code === 'aborted') throw new ZonelinkError('aborted', `${caller}: ${error.message}`, error.issues);
      throw error;
    }
    progress.tick();
    return result;
  };
  const csr = compactAdjacency(graph, { weight: null, caller });
  const n = csr.nodes.length;
  const notes: Record<string, string> = {};
  const orNull = (value: number, field: string, reason: string): number | null => {
    if (Number.isFinite(value)) return value;
    notes[field] = reason;
    return null;
  };
  const weak = connectedComponents(csr);
  const paths = step(() => pathLengthSummary(csr, { distance: null, ...progressOptions }));
  const transitivityValue = step(() => transitivity(csr, progressOptions));
  const averageClusteringValue = step(() => averageClustering(csr, progressOptions));
  const noPath = n < 2 ? 'fewer than 2 nodes' : 'no node reaches another: the graph has no edge between distinct nodes';
  let reciprocityValue: number | null = null;
  if (!csr.directed) notes.reciprocity = 'undirected graph: every tie is mutual';
  else reciprocityValue = orNull(reciprocity(csr), 'reciprocity', 'no tie between distinct nodes');
  const k = step(() => krackhardtDimensions(csr, progressOptions));
  progress.finish();
  return {
    directed: csr.directed,
    nodes: n,
    edges: csr.edgeCount,
    selfLoops: csr.selfLoopCount,
    density: orNull(density(csr), 'density', 'fewer than 2 nodes'),
    components: weak.count,
    strongComponents: csr.directed ? stronglyConnectedComponents(csr).count : null,
    largestComponentShare: n > 0 ? weak.sizes[0] / n : orNull(NaN, 'largestComponentShare', 'empty graph'),
    averagePathLength: orNull(paths.averagePathLength, 'averagePathLength', noPath),
    diameter: orNull(paths.diameter, 'diameter', noPath),
    globalEfficiency: orNull(paths.efficiency, 'globalEfficiency', 'fewer than 2 nodes'),
    transitivity: transitivityValue,
    averageClustering: orNull(averageClusteringValue, 'averageClustering', 'empty graph'),
    reciprocity: reciprocityValue,
    degreeAssortativity: orNull(
      assortativity(csr),
      'degreeAssortativity',
      csr.edgeCount === 0 ? 'no edges' : 'every edge end has the same degree (the correlation is 0/0)',
    ),
    krackhardt: {
      connectedness: orNull(k.connectedness, 'krackhardt.connectedness', 'empty graph'),
      hierarchy: orNull(k.hierarchy, 'krackhardt.hierarchy', 'no node reaches another'),
      efficiency: orNull(k.efficiency, 'krackhardt.efficiency', 'every weak component is a single node'),
      lubness: orNull(k.lubness, 'krackhardt.lubness', 'no weak component has 3 or more nodes'),
    },
    notes,
  };
}
