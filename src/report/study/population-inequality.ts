import { gini } from '../../measures/inequality/gini.js';
import { theilDecomposition } from '../../measures/inequality/theil-decomposition.js';
import { duclosEstebanRay } from '../../measures/polarization/duclos-esteban-ray.js';
import { estebanRay } from '../../measures/polarization/esteban-ray.js';
import type { StudyCity } from './study-cities.js';
import type { PopulationYear } from './study-schema.js';

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * Inequality and polarization of the cities' resident population in one census year:
 * the Gini (uncorrected), Theil T with its Shorrocks (1980) decomposition within and
 * between the four macro-regions, Esteban–Ray (1994) with α = 1.5 on the macro-regions
 * (K = 1/μ) and Duclos–Esteban–Ray (2004) with α = 0.5 (exact estimator, y/μ). Every
 * city weighs 1: these measure how unequally population is spread over cities.
 */
export function populationYear(cities: readonly StudyCity[], year: number, value: (c: StudyCity) => number): PopulationYear {
  const x = cities.map(value);
  const regions = cities.map((c) => c.region);
  const theil = theilDecomposition(x, regions, { index: 'T' });
  return {
    year,
    cities: x.length,
    total: x.reduce((a, b) => a + b, 0),
    gini: finite(gini(x)),
    theilT: finite(theil.total),
    theilWithin: finite(theil.within),
    theilBetween: finite(theil.between),
    betweenShare: finite(theil.betweenShare),
    estebanRay: finite(estebanRay(x, regions, { alpha: 1.5 })),
    duclosEstebanRay: finite(duclosEstebanRay(x, { alpha: 0.5, binned: false }).polarization),
    regions: theil.groups
      .map((g) => ({ region: String(g.group), cities: g.size, populationShare: g.valueShare, theilT: Number.isFinite(g.index) ? g.index : 0 }))
      .sort((a, b) => (a.region < b.region ? -1 : 1)),
  };
}
