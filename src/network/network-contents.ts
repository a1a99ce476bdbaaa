import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { clipText } from '../error/clip-text.js';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../error/zonelink-error.js';
import { readLinkageWeight, type LinkageWeightOption } from './linkage-weight.js';
import { project } from './project.js';
import type { Linkage } from '../schema/linkage.js';
import { snapshot } from './snapshot.js';
import type { ZoneNetwork } from './zone-network.js';
import type { LinkageMode } from '../schema/taxonomy.js';
import { checkGraph } from '../error/argument-checks.js';

/**
 * The shape of a ZoneNetwork this folder reads (the contract of src/network):
 * a graphology multigraph whose node attributes are the node record (Zone or
 * City, told apart by `kind`) and whose edge attributes are the Linkage record
 * (`mode`, `weight`, `directed`, `startYear`, `endYear`, `arrangement`,
 * `enclave` …). Any graphology graph with those attributes is accepted.
 */
export type ZoneNetworkLike = Graph<Attributes, Attributes, Attributes>;

/**
 * How a network-facing measure reads a linkage's weight: the name of a numeric
 * linkage attribute (default `'weight'`), a function `(id, attributes, source,
 * target) → number` — the same arguments in the same order as the `weight`
 * callback of every graph measure (`EdgeWeight`), a linkage being an edge of the
 * ZoneNetwork keyed by its id — or `null` for unweighted (every linkage counts 1).
 *
 * @example
 * findOnePlusN(net, { weight: (id, linkage) => (linkage.mode === 'cross-regional' ? 2 : 1) * linkage.weight });
 */
export type LinkageWeight = string | null | ((id: string, attributes: Attributes, source: string, target: string) => number);

/** One linkage of a network, read and validated: endpoints, mode, weight and its record. */
export interface NetworkLinkage {
  id: string;
  source: string;
  target: string;
  mode: string;
  directed: boolean;
  weight: number;
  record: Attributes;
}

/** The nodes and linkages of a network at a year (all of them without a year). */
export interface NetworkContents {
  /** Node ids present (zones approved by the year; cities always). */
  nodes: string[];
  records: Map<string, Attributes>;
  linkages: NetworkLinkage[];
  /** The network read (the year's snapshot when a year was given), for `project()`. */
  view: ZoneNetwork;
  /** The weight option it was read with. */
  weight: LinkageWeight;
}

export interface ReadNetworkOptions {
  /** Read `snapshot(network, year)`: zones approved by this year, linkages active in it (undated ones kept). */
  year?: number;
  /** Linkage weight (see {@link LinkageWeight}); default `'weight'`. */
  weight?: LinkageWeight;
  /** Public function name for error messages. */
  caller: string;
}

/**
 * Reads the nodes and linkages of a ZoneNetwork (optionally at a year),
 * validating every linkage's mode and weight in one pass. Internal to the
 * zone-network analyses.
 */
export function readNetwork(network: unknown, options: ReadNetworkOptions): NetworkContents {
  const { caller, year } = options;
  checkGraph(caller, network, 'network');
  const graph = network as ZoneNetworkLike;
  if (year !== undefined && !Number.isInteger(year)) invalidArgument(caller, `year must be an integer, got ${String(year)}`, { field: 'year', value: year });
  const weight = options.weight === undefined ? 'weight' : options.weight;
  if (weight !== null && typeof weight !== 'string' && typeof weight !== 'function') {
    invalidArgument(caller, 'weight must be an attribute name, a function (id, attributes, source, target) → number, or null', { field: 'weight' });
  }
  // the year's view is the network module's snapshot, so every analysis agrees with it
  const view: ZoneNetworkLike = year === undefined ? graph : (snapshot(graph as unknown as ZoneNetwork, year) as unknown as ZoneNetworkLike);
  const nodes: string[] = [];
  const records = new Map<string, Attributes>();
  view.forEachNode((node, attributes) => {
    nodes.push(node);
    records.set(node, attributes);
  });
  const issues: ZonelinkIssue[] = [];
  const linkages: NetworkLinkage[] = [];
  view.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    const mode = attributes.mode;
    if (typeof mode !== 'string' || mode.length === 0) {
      issues.push({ code: 'missing-mode', message: `${caller}: linkage ${clipText(edge)} (${clipText(source)} – ${clipText(target)}) has no mode`, id: edge, field: 'mode', value: mode });
    }
    const w = readLinkageWeight(caller, weight as LinkageWeightOption, attributes as Linkage, edge, source, target, issues);
    linkages.push({ id: edge, source, target, mode: String(mode), directed: !undirected, weight: w ?? NaN, record: attributes });
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid linkages`, issues);
  return { nodes, records, linkages, view: view as unknown as ZoneNetwork, weight };
}

/**
 * The simple weighted projection (merge: sum) of what `readNetwork` read, through
 * the network module's `project()`, so every analysis projects the same way.
 */
export function projectContents(
  caller: string,
  contents: NetworkContents,
  options: { directed?: boolean; modes?: readonly string[]; selfLoops?: boolean } = {},
): Graph {
  const weight = contents.weight;
  return project(contents.view, {
    caller,
    directed: options.directed ?? false,
    selfLoops: options.selfLoops ?? true,
    modes: options.modes as LinkageMode[] | undefined,
    weight: typeof weight === 'function' ? (id, linkage, source, target) => weight(id, linkage as unknown as Attributes, source, target) : weight,
  }) as unknown as Graph;
}
