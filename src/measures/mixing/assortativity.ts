import type { AbstractGraph as Graph } from 'graphology-types';
import { compactAdjacency, isCompactAdjacency, type GraphInput } from '../../network/compact-adjacency.js';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { pearsonCorrelation } from '../../statistics/pearson-correlation.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption, stringOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

/**
 * The declared options of {@link assortativity} (checks, defaults and
 * docs/options.md come from here). No progress options: the coefficient is O(n + m).
 */
export const assortativityOptions = defineOptions('assortativity', {
  by: stringOption({
    doc: "What nodes are compared by: `'degree'`, or the name of a node attribute (then the graph must be a graphology graph). An attribute itself called `degree` cannot be chosen by name; copy it under another name.",
    default: 'degree',
  }),
  scale: choiceOption(['numeric', 'categorical'] as const, {
    doc: "For attributes: `'numeric'` (Pearson correlation of the values, Newman 2003 eq. 21) or `'categorical'` (Newman 2003 eq. 2).",
    defaultText: "`'numeric'` when every value read is a finite number, `'categorical'` when every value is a string; anything else is an error",
  }),
  weight: {
    ...edgeWeightOption("a strength added into each node's degree with `by: 'degree'` (NetworkX `degree_assortativity_coefficient(weight=…)`; the pairs are still one per edge end); default null, plain degrees"),
    default: null,
  },
});

/** Options of {@link assortativity}, declared in {@link assortativityOptions} (see docs/options.md#assortativity). */
export type AssortativityOptions = OptionsOf<typeof assortativityOptions>;

/**
 * Assortativity coefficient r: the tendency of linked nodes to be alike.
 *
 * Degree and numeric attributes (Newman 2002, 2003): the Pearson correlation of
 * the values at the two ends of every edge. An undirected edge contributes both
 * (x_u, x_v) and (x_v, x_u), a self-loop once; a directed edge u → v
 * contributes (out-degree of u, in-degree of v) for degrees and (x_u, x_v) for
 * attributes — as NetworkX `degree_assortativity_coefficient` (x='out', y='in'),
 * `numeric_assortativity_coefficient` and igraph `assortativity_degree` /
 * `assortativity`. Degrees count a self-loop twice on undirected graphs, and
 * the loop gives one pair, as NetworkX (igraph walks an undirected loop both
 * ways, so on graphs with self-loops its value differs).
 *
 * Categorical attributes (Newman 2003): with e_ij the share of edge ends joining
 * category i to category j (same pairs as above), a_i = Σ_j e_ij, b_j = Σ_i e_ij,
 *
 *   r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i),
 *
 * as NetworkX `attribute_assortativity_coefficient` and igraph `assortativity_nominal`.
 *
 * r ∈ [−1, 1]; NaN when undefined: no edges, or every edge end has the same
 * value (a regular graph by degree, one category only).
 *
 * References: M. E. J. Newman (2002), Assortative mixing in networks, Physical
 * Review Letters 89:208701; M. E. J. Newman (2003), Mixing patterns in networks,
 * Physical Review E 67:026126.
 *
 * Options: see docs/options.md#assortativity (`by`, `scale`, `weight`).
 *
 * @throws ZonelinkError `invalid-argument` for an attribute on a compact
 *   adjacency, a missing or non-finite value on an edge's end, or mixed value types.
 * @example
 * const g = new Graph({ type: 'undirected' });
 * g.mergeEdge('a', 'b'); g.mergeEdge('b', 'c'); g.mergeEdge('c', 'd');
 * assortativity(g); // −0.5 (a path of 4 nodes)
 */
export function assortativity(graph: GraphInput, options: AssortativityOptions = {}): number {
  const caller = 'assortativity';
  const read = assortativityOptions.read(options);
  const by = read.by;
  if (by === 'degree' && read.scale !== undefined) invalidArgument(caller, "option scale applies to attributes, not to by: 'degree'", { field: 'scale', value: read.scale });
  if (by !== 'degree' && read.weight !== null) invalidArgument(caller, "option weight applies to by: 'degree' only", { field: 'weight' });
  if (by !== 'degree' && isCompactAdjacency(graph)) invalidArgument(caller, `a compact adjacency has no node attributes; pass the graph to read "${by}"`, { field: 'by', value: by });
  const weight = read.weight;
  const csr = compactAdjacency(graph, { weight, caller });
  const n = csr.nodes.length;

  // the (source end, target end) pairs: an undirected edge both ways, a self-loop once
  const from: number[] = [];
  const to: number[] = [];
  for (let u = 0; u < n; u++) {
    for (let e = csr.outOffsets[u]; e < csr.outOffsets[u + 1]; e++) {
      from.push(u);
      to.push(csr.outTargets[e]);
    }
  }

  if (by === 'degree') {
    const useWeight = weight !== null;
    const out = new Float64Array(n);
    const incoming = new Float64Array(n);
    for (let u = 0; u < n; u++) {
      for (let e = csr.outOffsets[u]; e < csr.outOffsets[u + 1]; e++) {
        const value = useWeight ? csr.outWeights[e] : 1;
        out[u] += value;
        // an undirected self-loop adds 2 to the degree
        if (!csr.directed && csr.outTargets[e] === u) out[u] += value;
      }
      if (csr.directed) for (let e = csr.inOffsets[u]; e < csr.inOffsets[u + 1]; e++) incoming[u] += useWeight ? csr.inWeights[e] : 1;
    }
    const targetDegree = csr.directed ? incoming : out;
    return pearsonCorrelation(
      from.map((u) => out[u]),
      to.map((v) => targetDegree[v]),
    );
  }

  const g = graph as Graph;
  const values: unknown[] = csr.nodes.map((node) => g.getNodeAttribute(node, by));
  const issues: ZonelinkIssue[] = [];
  const used = new Uint8Array(n);
  for (let p = 0; p < from.length; p++) used[from[p]] = used[to[p]] = 1;
  let numbers = 0;
  let strings = 0;
  for (let u = 0; u < n; u++) {
    if (!used[u]) continue;
    const value = values[u];
    if (typeof value === 'number' && Number.isFinite(value)) numbers++;
    else if (typeof value === 'string') strings++;
    else {
      issues.push({
        code: value === undefined ? 'missing-attribute' : 'invalid-attribute',
        message: `${caller}: node ${csr.nodes[u]} has ${by} = ${String(value)}; expected a finite number or a string`,
        id: csr.nodes[u],
        field: by,
        value,
      });
    }
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid values of node attribute "${by}"`, issues);
  const scale = read.scale ?? (strings === 0 ? 'numeric' : numbers === 0 ? 'categorical' : undefined);
  if (scale === undefined) invalidArgument(caller, `attribute "${by}" mixes numbers and strings; choose scale: 'numeric' or 'categorical'`, { field: 'scale' });
  if (scale === 'numeric') {
    if (strings > 0) invalidArgument(caller, `scale 'numeric' needs numbers, but attribute "${by}" has strings`, { field: by });
    return pearsonCorrelation(
      from.map((u) => values[u] as number),
      to.map((v) => values[v] as number),
    );
  }
  return categoricalAssortativity(from.map((u) => values[u]), to.map((v) => values[v]));
}

/**
 * Newman's (2003) r for categories from the list of (source, target) value
 * pairs, in integer counts until the last division: with D pairs on the
 * diagonal, S = Σ_i A_i B_i (A, B the row and column counts) and m pairs,
 * r = (D/m − S/m²) / (1 − S/m²) = (D·m − S) / (m² − S).
 */
function categoricalAssortativity(sources: unknown[], targets: unknown[]): number {
  const m = sources.length;
  if (m === 0) return NaN;
  const category = new Map<unknown, number>();
  const code = (value: unknown) => {
    let c = category.get(value);
    if (c === undefined) category.set(value, (c = category.size));
    return c;
  };
  const rows: number[] = [];
  const columns: number[] = [];
  let diagonal = 0;
  for (let p = 0; p < m; p++) {
    const i = code(sources[p]);
    const j = code(targets[p]);
    while (rows.length < category.size) {
      rows.push(0);
      columns.push(0);
    }
    rows[i]++;
    columns[j]++;
    if (i === j) diagonal++;
  }
  let expected = 0;
  for (let c = 0; c < rows.length; c++) expected += rows[c] * columns[c];
  return expected === m * m ? NaN : (diagonal * m - expected) / (m * m - expected);
}
