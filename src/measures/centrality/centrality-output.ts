import { choiceOption } from '../../options/option-spec.js';

/**
 * The shape of a node-keyed centrality's result:
 * - `'record'`: a `Record<string, number>` keyed by node id (the default);
 * - `'vector'`: a {@link NodeVector} — the values in a `Float64Array` aligned
 *   with the compact adjacency's node order, with that order beside it.
 */
export type CentralityOutput = 'record' | 'vector';

/** The default `output` of every node-keyed centrality, declared once. */
export const DEFAULT_CENTRALITY_OUTPUT: CentralityOutput = 'record';

/**
 * The declaration of `output`, spread into the options of every node-keyed
 * centrality (see {@link OutputOptions}). The measures' public option types omit
 * it: it is added by their overloads, so that the result type follows it.
 */
export const outputOptionSpecs = {
  output: choiceOption(['record', 'vector'] as const, {
    doc: "'record' returns { node id: value }; 'vector' returns { nodes, values: Float64Array } in the compact adjacency's node order (see NodeVector).",
    default: DEFAULT_CENTRALITY_OUTPUT,
  }),
};

/**
 * Node values kept columnar: `values[i]` belongs to `nodes[i]`, and `nodes` is
 * the node order of the compact adjacency the measure ran on (for a graphology
 * graph, `graph.nodes()`; for a prebuilt adjacency, its `nodes`). Building the
 * `{ id: value }` record costs more than a fast kernel on large graphs (V8 keeps
 * objects with many non-index keys such as `"zone-123"` in dictionary mode), so
 * pipelines that go on computing with the values should ask for this shape with
 * `output: 'vector'` and turn it into a record only at the end, if ever, with
 * {@link nodeVectorRecord}.
 */
export interface NodeVector {
  /** Node ids by index (the compact adjacency's `nodes`; do not mutate). */
  readonly nodes: readonly string[];
  /** `values[i]` is the value of `nodes[i]`. */
  readonly values: Float64Array;
}

/**
 * A {@link NodeVector} with the convergence report of an iterative measure
 * (`pagerank`, `eigenvector`, `katz`), the `output: 'vector'` counterpart of
 * {@link IterativeResult}.
 */
export interface IterativeVectorResult extends NodeVector {
  /** Iterations performed. */
  readonly iterations: number;
  /** Whether the change fell below the tolerance within `maxIterations`. */
  readonly converged: boolean;
}

/**
 * The `output` option of every node-keyed centrality (degree, strength,
 * betweenness, approximateBetweenness, closeness, harmonic, pagerank,
 * eigenvector, katz, hits). Default `'record'`. Each measure is overloaded so
 * that `output: 'vector'` types its result as a {@link NodeVector} (or the
 * iterative / HITS vector result) and every other call keeps the record type.
 */
export interface OutputOptions {
  /** `'record'` (node id → value) or `'vector'` ({@link NodeVector}). Default `'record'`. */
  output?: CentralityOutput;
}

/** Options that ask for the columnar result (selects the vector overload of a measure). */
export interface VectorOutput {
  /** Return a {@link NodeVector} instead of the record. */
  output: 'vector';
}

/** Options that leave the result a record (the default overload of a measure). */
export interface RecordOutput {
  /** Return the node-keyed record (the default). */
  output?: 'record';
}
