import Graph, { MultiGraph } from 'graphology';
import type { City } from '../schema/city.js';
import type { Dataset, DatasetMetadata } from '../schema/dataset.js';
import type { Linkage } from '../schema/linkage.js';
import type { Zone } from '../schema/zone.js';
import type { ProvinceNode } from '../schema/province-node.js';
import { checkDatasetShape, isZoneNetworkShape } from '../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { progressOptionSpecs } from '../progress/progress-option-specs.js';
import { progressReporter } from '../progress/progress-reporter.js';

/** Node attributes of a ZoneNetwork: the validated node record itself. */
export type ZoneNodeAttributes = Zone | City | ProvinceNode;
/** Edge attributes of a ZoneNetwork: the validated linkage record itself. */
export type LinkageAttributes = Linkage;
/** Graph attributes of a ZoneNetwork. */
export interface ZoneNetworkAttributes {
  metadata?: DatasetMetadata;
  /** What produced this graph from its parent (`layer:industrial-chain`, `snapshot:2019` …). */
  view?: string[];
  [key: string]: unknown;
}

/**
 * A zone linkage network: a graphology multigraph (type `mixed`) with one node
 * per zone or city and one edge per linkage (key = linkage id). Directed linkages
 * are directed edges, the others undirected; parallel linkages (the same pair in
 * several modes or years) are kept apart, so the network is multiplex.
 *
 * Measures never run on it directly (graphology-metrics miscounts multigraphs):
 * take a view and `project()` it to a simple weighted graph.
 */
export type ZoneNetwork = MultiGraph<ZoneNodeAttributes, LinkageAttributes, ZoneNetworkAttributes>;

/**
 * Builds the ZoneNetwork of a validated dataset: every node with its record as
 * attributes, every linkage as one edge keyed by its id. Accessibility pairs
 * (travel times, rail links) are not linkages and never become edges (use
 * `accessibilityPairs` for them). The dataset is not modified; attribute
 * objects are copies.
 *
 * Progress: `onProgress` receives `{ task: 'buildNetwork', unit: 'linkages' }`
 * events about every 1 % and one with `done === total` at the end; an aborted
 * `signal` throws `ZonelinkError` code `aborted` naming `buildNetwork`.
 *
 * @example
 * const net = buildNetwork(parseDataset(json));
 * net.order; // number of zones and cities
 * net.getEdgeAttribute('l-1', 'mode'); // 'industrial-chain'
 */
export function buildNetwork(dataset: Dataset, options: BuildNetworkOptions = {}): ZoneNetwork {
  checkDatasetShape('buildNetwork', dataset);
  const progress = progressReporter('buildNetwork', buildNetworkOptions.read(options), dataset.linkages.length, 'linkages');
  const net: ZoneNetwork = new MultiGraph<ZoneNodeAttributes, LinkageAttributes, ZoneNetworkAttributes>({
    type: 'mixed',
    allowSelfLoops: true,
  });
  net.replaceAttributes({ metadata: structuredClone(dataset.metadata), view: [] });
  for (const node of dataset.nodes) net.addNode(node.id, structuredClone(node));
  const linkages = dataset.linkages;
  for (let k = 0; k < linkages.length; k++) {
    addLinkage(net, copyRecord(linkages[k]));
    // Per chunk, not per linkage: the reporter's callback and signal check stay off the hot path.
    if ((k & PROGRESS_CHUNK_MASK) === PROGRESS_CHUNK_MASK) progress.tick(PROGRESS_CHUNK_MASK + 1);
  }
  progress.finish();
  return net;
}

/** Linkages per progress tick (4,096): a tick per linkage would cost more than the callback is worth. */
const PROGRESS_CHUNK_MASK = 4095;

/**
 * The options of {@link buildNetwork}, declared once: `onProgress` and `signal`
 * (`ProgressOptions`); `read` checks them and rejects unknown keys.
 *
 * @example
 * buildNetworkOptions.read({ signal: new AbortController().signal }).onProgress; // undefined
 */
export const buildNetworkOptions = defineOptions('buildNetwork', { ...progressOptionSpecs });
/** Options of {@link buildNetwork}: `onProgress` (task `buildNetwork`, unit `linkages`) and `signal`. */
export type BuildNetworkOptions = OptionsOf<typeof buildNetworkOptions>;

/**
 * A copy of a record as `structuredClone` makes it, in a fraction of the time for the
 * flat records linkages are: primitives are copied as they are, and only a value that
 * is an object (none in a validated linkage) is cloned. structuredClone of every
 * linkage was most of the build time of a million-linkage network.
 */
function copyRecord<T extends object>(record: T): T {
  const copy = {} as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = (record as Record<string, unknown>)[key];
    const copied = typeof value === 'object' && value !== null ? structuredClone(value) : value;
    // An own `__proto__` key (JSON.parse makes one) stays a key, as structuredClone keeps it.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: copied, enumerable: true, writable: true, configurable: true });
    else copy[key] = copied;
  }
  return copy as T;
}

/** Adds one linkage as an edge keyed by its id, directed when the linkage is. */
export function addLinkage(net: ZoneNetwork, linkage: Linkage, key: string = linkage.id): void {
  if (linkage.directed) net.addDirectedEdgeWithKey(key, linkage.source, linkage.target, linkage);
  else net.addUndirectedEdgeWithKey(key, linkage.source, linkage.target, linkage);
}

/**
 * An empty network with the same graph attributes and the `view` trail extended
 * by `step`: the start of every view.
 */
export function emptyNetworkLike(net: ZoneNetwork, step: string): ZoneNetwork {
  const out: ZoneNetwork = new MultiGraph<ZoneNodeAttributes, LinkageAttributes, ZoneNetworkAttributes>({
    type: 'mixed',
    allowSelfLoops: true,
  });
  const attributes = net.getAttributes();
  out.replaceAttributes({ ...attributes, view: [...(attributes.view ?? []), step] });
  return out;
}

/**
 * True for a graphology graph that can be a ZoneNetwork (a mixed multigraph).
 *
 * @example
 * isZoneNetwork(buildNetwork(dataset)); // true
 * isZoneNetwork(project(net)); // false: a simple graph
 */
export function isZoneNetwork(graph: unknown): graph is ZoneNetwork {
  // duck-typed, not `instanceof Graph`: graphs from graphology's CommonJS build
  // (or another copy of graphology) are ZoneNetworks too
  return isZoneNetworkShape(graph);
}
