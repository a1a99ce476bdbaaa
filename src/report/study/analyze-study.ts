import { invalidArgument } from '../../error/zonelink-error.js';
import type { Dataset } from '../../schema/dataset.js';
import { documentedSection } from './documented-section.js';
import { explanationSection } from './explanation-section.js';
import { gravityNetworks, modelledSection } from './modelled-section.js';
import { populationSection } from './population-section.js';
import { STUDY_REFERENCES } from './references.js';
import { studyCities } from './study-cities.js';
import { resolveStudyOptions, type StudyOptions } from './study-options.js';
import { StudySchema, type Study } from './study-schema.js';

/**
 * The study of a dataset, as a regional economist would write it with UCINET, Stata
 * and GeoDa, in four sections:
 *
 * 1. the documented linkage network (the dataset's linkages): whole-network table,
 *    Krackhardt dimensions, centrality, Leiden communities against provinces, CONCOR
 *    blocks and roles, "1+N" groups;
 * 2. a modelled city network: gravity model on census population and great-circle
 *    distance, kept by the row-mean rule (李敬 et al. 2014, 经济研究), base and end
 *    census year, and an end-year variant restricted to open rail pairs;
 * 3. explanation: QAP correlation and MRQAP (DSP) of the documented city network on the
 *    modelled network, distance, same province and same macro-region;
 * 4. population: Gini, Theil (within/between macro-regions), Esteban–Ray and
 *    Duclos–Esteban–Ray in both years, Moran's I and LISA of growth, the siphon effect
 *    around documented "1+N" hubs, and a Markov table of population classes.
 *
 * A section the dataset cannot support (no linkage, no coordinates, no population …)
 * is `{ missing: reason }`. The result is JSON-serialisable, free of NaN and Infinity,
 * and validated by {@link StudySchema} before it is returned. Defaults: seed 0, 499
 * permutations (QAP, Moran), 99 per MRQAP coefficient, top 10, k = 6 neighbours, 5 classes, α = 0.05, census years 2010 and
 * 2020, indicator `population`.
 *
 * @throws ZonelinkError naming `analyzeStudy` for a dataset that is not an object with
 *   `nodes` and `linkages`, or bad options.
 *
 * @example
 * import { china } from 'zonelink/data';
 * const study = analyzeStudy(china);
 * 'missing' in study.population ? study.population.missing : study.population.years[1].gini; // 0.4238 (2020 census, 338 cities)
 */
export function analyzeStudy(dataset: Dataset, options: StudyOptions = {}): Study {
  if (dataset === null || typeof dataset !== 'object' || !Array.isArray(dataset.nodes) || !Array.isArray(dataset.linkages)) {
    invalidArgument('analyzeStudy', 'dataset must be a parsed dataset with nodes and linkages', { field: 'dataset' });
  }
  const o = resolveStudyOptions(options);
  const universe = studyCities(dataset, o.indicator, o.from, o.to);
  const networks = gravityNetworks(universe);
  const documented = documentedSection(dataset, o);
  const study: Study = {
    title: o.title,
    dataset: dataset.metadata?.name ?? 'unnamed dataset',
    options: { seed: o.seed, permutations: o.permutations, mrqapPermutations: o.mrqapPermutations, topK: o.topK, neighbours: o.neighbours, classes: o.classes, alpha: o.alpha, from: o.from, to: o.to },
    documented,
    modelled: modelledSection(dataset, universe, networks, o),
    explanation: explanationSection(dataset, universe.cities, 'missing' in networks ? networks : networks.to, o),
    population: populationSection(dataset, universe, documented, o, o.indicator),
    references: Object.values(STUDY_REFERENCES),
  };
  return StudySchema.parse(study);
}
