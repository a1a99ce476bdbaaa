import type { AbstractGraph as Graph } from 'graphology-types';
import { ZonelinkError } from '../../error/zonelink-error.js';
import type { Dataset } from '../../schema/dataset.js';
import { blockTable } from './block-table.js';
import { gravityRowMean } from './gravity-row-mean.js';
import { keepRailTies, railPairs } from './rail-pairs.js';
import { describeExcluded, type StudyCities } from './study-cities.js';
import type { Missing, ModelledSection, ModelledYear } from './study-schema.js';
import type { ResolvedStudyOptions } from './study-options.js';
import { topCentrality } from './top-centrality.js';
import { wholeNetworkTable } from './whole-network-table.js';

/** One year (or variant) of the modelled network: its table, blocks and centrality. */
export function modelledYear(graph: Graph, year: number, variant: string, topK: number): ModelledYear {
  return { year, variant, ties: graph.size, wholeNetwork: wholeNetworkTable(graph), blocks: blockTable(graph), centrality: topCentrality(graph, topK) };
}

/** The two gravity networks of the study (base and end census year), or the reason they cannot be built. */
export function gravityNetworks(universe: StudyCities): { from: Graph; to: Graph } | Missing {
  if (universe.cities.length < 3) return { missing: `the gravity model needs at least 3 cities with coordinates and population in both years; ${universe.cities.length} have them (${describeExcluded(universe.excluded)})` };
  try {
    return { from: gravityRowMean(universe.cities, (c) => c.from), to: gravityRowMean(universe.cities, (c) => c.to) };
  } catch (error) {
    if (error instanceof ZonelinkError) return { missing: `the gravity model cannot be estimated: ${error.message}` };
    throw error;
  }
}

/**
 * Section 2 of the study: the modelled city network — the gravity model on census
 * population and great-circle distance, kept by the row-mean rule (李敬 et al. 2014,
 * 经济研究), in the base and the end census year, and as a variant the end-year ties
 * between cities joined by an open rail line of the accessibility table.
 */
export function modelledSection(dataset: Dataset, universe: StudyCities, networks: { from: Graph; to: Graph } | Missing, options: ResolvedStudyOptions): ModelledSection | Missing {
  if ('missing' in networks) return networks;
  const pairs = railPairs(dataset);
  const rail = keepRailTies(networks.to, pairs);
  return {
    label: 'modelled',
    method: `Modelled network (not documented): gravity value R_ij = P_i·P_j / D_ij² with P the resident population of the census year and D the great-circle distance (km, sphere of radius 6371.0088 km) between city centres; the tie i → j kept when R_ij exceeds the mean of row i (李敬, 陈澍, 万广华 & 付陈梅 2014, 经济研究), so the network is directed`,
    source: 'population: census 2010 and 2020 city table of Dong, Du & Liu (2022, SSRN 4049338); coordinates: the dataset\'s city centres',
    nodes: universe.cities.length,
    excluded: `${universe.total} city nodes; ${describeExcluded(universe.excluded)}`,
    years: [modelledYear(networks.from, options.from, `gravity, census ${options.from}`, options.topK), modelledYear(networks.to, options.to, `gravity, census ${options.to}`, options.topK)],
    railVariant:
      pairs.size === 0
        ? { missing: 'the dataset has no open rail pair in its accessibility table' }
        : modelledYear(rail, options.to, `gravity ${options.to}, only ties between cities that are consecutive key stops of an open high-speed or fast rail line (${pairs.size} pairs in the accessibility table)`, options.topK),
  };
}
