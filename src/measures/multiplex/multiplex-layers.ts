import type { AbstractGraph as Graph } from 'graphology-types';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { compactAdjacency, type EdgeWeight } from '../../network/compact-adjacency.js';
import { LINKAGE_MODES } from '../../schema/taxonomy.js';
import { readNetwork, type ZoneNetworkLike } from '../../network/network-contents.js';
import type { OptionsFrom } from '../../options/define-options.js';
import { customOption, numberOption } from '../../options/option-spec.js';
import { edgeWeightOption } from '../../network/edge-weight-option.js';

/**
 * A multiplex: a ZoneNetwork (one layer per linkage mode), a list of simple
 * graphs over the same node set (layers named "0", "1", …), or a record of named
 * simple graphs over the same node set.
 */
export type MultiplexInput = ZoneNetworkLike | readonly Graph[] | Readonly<Record<string, Graph>>;

/**
 * The declarations of the options every multiplex measure shares (`weight`,
 * `year`, `modes`), spread into each measure's own declaration.
 */
export const multiplexOptionSpecs = {
  /**
   * Edge weight: attribute name (default `'weight'`), `null` (every edge/linkage 1),
   * or a function `(id, attributes, source, target) → number` — of the edge for layer
   * graphs, of the linkage (keyed by its id) for a ZoneNetwork.
   */
  weight: edgeWeightOption('a strength (a linkage of a ZoneNetwork is an edge keyed by its id)'),
  /** ZoneNetwork only: the network as it stood in this year. */
  year: numberOption({ doc: 'ZoneNetwork only: the network as it stood in this year.', integer: true, defaultText: 'every linkage' }),
  /**
   * ZoneNetwork only: the layers (linkage modes). Default: the modes present, in the
   * order resource-factor, industrial-chain, cross-regional (then others by name).
   * Name a mode without linkages to count an empty layer in M.
   */
  modes: customOption<readonly string[]>({
    type: 'a non-empty array of linkage modes',
    doc: 'ZoneNetwork only: the layers (linkage modes); name a mode without linkages to count an empty layer in M.',
    defaultText: 'the modes present, in the order resource-factor, industrial-chain, cross-regional, then others by name',
    check: (v) => (Array.isArray(v) && v.length > 0 && v.every((m) => typeof m === 'string') ? undefined : 'a non-empty array of linkage modes'),
  }),
};

/** Options shared by the multiplex measures (declared in {@link multiplexOptionSpecs}). */
export type MultiplexOptions = OptionsFrom<typeof multiplexOptionSpecs>;

/** The layers as undirected weighted adjacency over one node list (internal). */
export interface MultiplexLayers {
  layers: string[];
  nodes: string[];
  /** adjacency[α][i]: neighbour index → weight (direction ignored, self-loops dropped). */
  adjacency: Map<number, number>[][];
}

function isGraph(value: unknown): value is Graph {
  return typeof value === 'object' && value !== null && typeof (value as Graph).forEachEdge === 'function' && typeof (value as Graph).forEachNode === 'function';
}

const MODE_ORDER = new Map<string, number>(LINKAGE_MODES.map((m, i) => [m.id, i]));

function compareModes(a: string, b: string): number {
  const ia = MODE_ORDER.get(a) ?? Infinity;
  const ib = MODE_ORDER.get(b) ?? Infinity;
  if (ia !== ib) return ia - ib;
  return a < b ? -1 : a > b ? 1 : 0;
}

function emptyAdjacency(n: number): Map<number, number>[] {
  return Array.from({ length: n }, () => new Map<number, number>());
}

function add(adj: Map<number, number>[], i: number, j: number, w: number): void {
  adj[i].set(j, (adj[i].get(j) ?? 0) + w);
  adj[j].set(i, (adj[j].get(i) ?? 0) + w);
}

/** Reads any multiplex input into undirected layers over one node list, validating everything (internal; `options` already read by the caller's schema). */
export function readMultiplex(caller: string, input: MultiplexInput, options: MultiplexOptions = {}): MultiplexLayers {
  if (isGraph(input)) return fromNetwork(caller, input, options);
  if (Array.isArray(input)) return fromGraphs(caller, input.map((g, i) => [String(i), g] as [string, Graph]), options);
  if (typeof input === 'object' && input !== null) return fromGraphs(caller, Object.entries(input as Record<string, Graph>), options);
  return invalidArgument(caller, 'input must be a ZoneNetwork, an array of layer graphs or a record of named layer graphs', { field: 'input' });
}

function fromNetwork(caller: string, network: ZoneNetworkLike, options: MultiplexOptions): MultiplexLayers {
  const contents = readNetwork(network, { caller, year: options.year, weight: options.weight });
  const present = [...new Set(contents.linkages.map((l) => l.mode))];
  let layers: string[];
  if (options.modes !== undefined) {
    const issues: ZonelinkIssue[] = [];
    options.modes.forEach((m, index) => {
      if (!MODE_ORDER.has(m) && !present.includes(m)) issues.push({ code: 'unknown-mode', message: `${caller}: mode ${String(m)} (position ${index}) is neither a linkage mode nor present in the network`, index, value: m, field: 'modes' });
    });
    if (new Set(options.modes).size !== options.modes.length) issues.push({ code: 'duplicate-mode', message: `${caller}: modes lists a mode twice`, field: 'modes' });
    if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid modes`, issues);
    layers = [...options.modes];
  } else layers = present.sort(compareModes);
  const nodes = contents.nodes;
  const index = new Map(nodes.map((n, i) => [n, i]));
  const layerIndex = new Map(layers.map((m, a) => [m, a]));
  const adjacency = layers.map(() => emptyAdjacency(nodes.length));
  for (const l of contents.linkages) {
    const a = layerIndex.get(l.mode);
    if (a === undefined || l.source === l.target) continue;
    add(adjacency[a], index.get(l.source)!, index.get(l.target)!, l.weight);
  }
  return { layers, nodes, adjacency };
}

function fromGraphs(caller: string, entries: [string, Graph][], options: MultiplexOptions): MultiplexLayers {
  if (entries.length === 0) invalidArgument(caller, 'a multiplex needs at least one layer', { field: 'layers' });
  const issues: ZonelinkIssue[] = [];
  entries.forEach(([name, g]) => {
    if (!isGraph(g)) issues.push({ code: 'invalid-layer', message: `${caller}: layer ${name} is not a graphology graph`, field: `layers.${name}` });
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid layers`, issues);
  const nodes = entries[0][1].nodes();
  const nodeSet = new Set(nodes);
  for (const [name, g] of entries.slice(1)) {
    const own = new Set(g.nodes());
    for (const v of nodes) if (!own.has(v)) issues.push({ code: 'node-set-mismatch', message: `${caller}: layer ${name} lacks node ${v} of layer ${entries[0][0]}`, id: v, field: `layers.${name}` });
    for (const v of own) if (!nodeSet.has(v)) issues.push({ code: 'node-set-mismatch', message: `${caller}: layer ${name} has node ${v}, absent from layer ${entries[0][0]}`, id: v, field: `layers.${name}` });
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: the layers must share one node set`, issues);
  const index = new Map(nodes.map((n, i) => [n, i]));
  const weight: EdgeWeight = options.weight === undefined ? 'weight' : options.weight;
  const adjacency = entries.map(([name, g]) => {
    const csr = compactAdjacency(g, { weight, caller: `${caller} (layer ${name})` });
    const adj = emptyAdjacency(nodes.length);
    for (let i = 0; i < csr.nodes.length; i++) {
      const gi = index.get(csr.nodes[i])!;
      for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
        const j = csr.outTargets[p];
        if (j === i) continue;
        const gj = index.get(csr.nodes[j])!;
        if (csr.directed) add(adj, gi, gj, csr.outWeights[p]);
        else adj[gi].set(gj, (adj[gi].get(gj) ?? 0) + csr.outWeights[p]);
      }
    }
    return adj;
  });
  return { layers: entries.map(([name]) => name), nodes, adjacency };
}
