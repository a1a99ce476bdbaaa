import Graph from 'graphology';
import { gravityLinkages } from '../../models/gravity-linkages.js';
import type { StudyCity } from './study-cities.js';

/**
 * The modelled city network of Chinese spatial-correlation-network studies (李敬 et al.
 * 2014, 经济研究): the gravity value R_ij = P_i P_j / D_ij² (basic model, masses the
 * cities' population in one census year, D the great-circle km between the city
 * centres; `gravityLinkages` with one mass, b = 2, undirected) and the row-mean rule —
 * the tie i → j is kept when R_ij exceeds the mean of row i, (1/(n − 1)) Σ_{k≠i} R_ik —
 * so the network is directed even though R is symmetric. Every city is a node (a city
 * whose row is constant keeps no tie).
 *
 * `mass` picks the census year of each city. Throws the ZonelinkError of
 * `gravityLinkages` when two cities share a centre (D = 0).
 */
export function gravityRowMean(cities: readonly StudyCity[], mass: (city: StudyCity) => number): Graph {
  const nodes = cities.map((c) => ({ id: c.id, coordinates: { lon: c.lon, lat: c.lat }, name: { zh: c.name } }));
  const masses: Record<string, number> = {};
  for (const c of cities) masses[c.id] = mass(c);
  const { strength } = gravityLinkages(nodes, { mass: masses, b: 2, mode: 'resource-factor', threshold: { quantile: 1 } });
  const graph = new Graph({ type: 'directed' });
  for (const c of cities) graph.addNode(c.id, { name: { zh: c.name } });
  const n = cities.length;
  for (const c of cities) {
    const row = strength[c.id];
    let sum = 0;
    for (const other of cities) if (other.id !== c.id) sum += row[other.id];
    const mean = n > 1 ? sum / (n - 1) : 0;
    for (const other of cities) if (other.id !== c.id && row[other.id] > mean) graph.addEdge(c.id, other.id);
  }
  return graph;
}
