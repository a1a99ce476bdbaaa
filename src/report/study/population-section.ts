import type { Dataset } from '../../schema/dataset.js';
import { populationYear } from './population-inequality.js';
import { populationMarkov } from './population-markov.js';
import { populationSiphon } from './population-siphon.js';
import { populationSpatial } from './population-spatial.js';
import { describeExcluded, type StudyCities } from './study-cities.js';
import type { DocumentedSection, Missing, PopulationSection } from './study-schema.js';
import type { ResolvedStudyOptions } from './study-options.js';

/**
 * Section 4 of the study: the cities' resident population in the two census years —
 * inequality and polarization in each year, Moran's I and LISA of growth, the siphon
 * effect around documented "1+N" hubs, and the Markov table of population classes.
 */
export function populationSection(dataset: Dataset, universe: StudyCities, documented: DocumentedSection | Missing, options: ResolvedStudyOptions, indicator: string): PopulationSection | Missing {
  const { cities } = universe;
  if (cities.length < 2) return { missing: `population measures need at least 2 cities with coordinates, a macro-region and ${indicator} in ${options.from} and ${options.to}; ${cities.length} have them (${describeExcluded(universe.excluded)})` };
  return {
    source: `${indicator}: resident population of the ${options.from} and ${options.to} censuses by city (Dong, Du & Liu 2022, SSRN 4049338, for the bundled data)`,
    indicator,
    universe: `${cities.length} of ${universe.total} city nodes; ${describeExcluded(universe.excluded)}`,
    methods: [
      'Gini: uncorrected, every city weighs 1 (Gini 1912)',
      'Theil T and its within/between decomposition over the four macro-regions east, central, west, northeast (Shorrocks 1980, Econometrica)',
      'Esteban–Ray: α = 1.5, K = 1/μ, groups = the four macro-regions (Esteban & Ray 1994, Econometrica)',
      'Duclos–Esteban–Ray: α = 0.5, exact kernel estimator on y/μ (Duclos, Esteban & Ray 2004, Econometrica)',
    ],
    years: [populationYear(cities, options.from, (c) => c.from), populationYear(cities, options.to, (c) => c.to)],
    spatial: populationSpatial(cities, options),
    siphon: populationSiphon(dataset, cities, 'missing' in documented ? undefined : documented.onePlusN, options, indicator),
    markov: populationMarkov(cities, options),
  };
}
