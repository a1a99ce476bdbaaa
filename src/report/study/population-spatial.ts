import { ZonelinkError } from '../../error/zonelink-error.js';
import { localMoran } from '../../measures/spatial/local-moran.js';
import { moranI } from '../../measures/spatial/moran-i.js';
import { spatialWeights } from '../../measures/spatial/spatial-weights.js';
import type { StudyCity } from './study-cities.js';
import type { Missing, StudySpatial } from './study-schema.js';
import type { ResolvedStudyOptions } from './study-options.js';

/** Growth of the indicator between the two census years, P_to / P_from − 1. */
export function growthOf(city: StudyCity): number {
  return city.to / city.from - 1;
}

/**
 * Moran's I (Cliff & Ord 1981) and the LISA (Anselin 1995) of population growth
 * 2010–2020 over the study's cities: k-nearest-neighbour weights (k = `neighbours`,
 * WGS84 ellipsoidal distance as R spdep's `knearneigh(longlat = TRUE)`, row-standardised),
 * analytic test under randomisation and a permutation test with the study's seed; LISA
 * with spdep's conditional variance, two-sided, clusters at p < alpha.
 */
export function populationSpatial(cities: readonly StudyCity[], options: ResolvedStudyOptions): StudySpatial | Missing {
  const k = options.neighbours;
  if (cities.length <= k + 1) return { missing: `Moran's I with ${k} nearest neighbours needs more than ${k + 1} cities; ${cities.length} have coordinates and population in both years` };
  const growth = cities.map(growthOf);
  if (growth.every((g) => g === growth[0])) return { missing: 'population growth is the same in every city: Moran\'s I is undefined' };
  const coordinates = Object.fromEntries(cities.map((c) => [c.id, { lon: c.lon, lat: c.lat }]));
  let weights;
  try {
    weights = spatialWeights({ method: 'knn', k, coordinates, nodes: cities.map((c) => c.id), distance: 'ellipsoidal' }, { style: 'row' });
  } catch (error) {
    if (error instanceof ZonelinkError) return { missing: `no spatial weights: ${error.message}` };
    throw error;
  }
  const values = Object.fromEntries(cities.map((c, i) => [c.id, growth[i]]));
  const global = moranI(values, weights, { permutations: options.permutations, seed: options.seed });
  const local = localMoran(values, weights, { alpha: options.alpha });
  const clusterCounts: Record<string, number> = { HH: 0, LL: 0, HL: 0, LH: 0, 'not significant': 0 };
  for (const u of local.units) clusterCounts[u.cluster ?? 'not significant']++;
  const byId = new Map(cities.map((c, i) => [c.id, { city: c, growth: growth[i] }]));
  const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
  return {
    method: `Global Moran's I of growth P_${options.to}/P_${options.from} − 1 (Cliff & Ord 1981), analytic test under randomisation and ${options.permutations} permutations (seed ${options.seed}); LISA (Anselin 1995, Geographical Analysis) with conditional variance, two-sided, clusters HH/LL/HL/LH at p < ${options.alpha}`,
    weights: `k = ${k} nearest neighbours (WGS84 ellipsoidal distance between city centres), row-standardised`,
    n: global.n,
    moranI: global.I,
    expected: global.expected,
    zRandomisation: finite(global.randomisation.z),
    pRandomisation: finite(global.randomisation.pValue),
    pPermutation: global.permutation ? finite(global.permutation.pValue) : null,
    permutations: options.permutations,
    clusterCounts,
    clusters: local.units
      .filter((u) => u.cluster !== null)
      .map((u) => ({ id: u.node, name: byId.get(u.node)!.city.name, growth: byId.get(u.node)!.growth, Ii: u.Ii, pValue: u.pValue, cluster: u.cluster! })),
    points: local.units.map((u) => ({ id: u.node, lon: byId.get(u.node)!.city.lon, lat: byId.get(u.node)!.city.lat, cluster: u.cluster })),
  };
}
