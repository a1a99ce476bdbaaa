import type { AbstractGraph as Graph } from 'graphology-types';
import { ZonelinkError } from '../../error/zonelink-error.js';
import { greatCircleDistanceMatrix } from '../../measures/dyadic/great-circle-distance-matrix.js';
import { mrqap } from '../../measures/dyadic/mrqap.js';
import { nodeMatrix } from '../../measures/dyadic/node-matrix.js';
import type { NodeMatrix } from '../../measures/dyadic/node-matrix-type.js';
import { qapCorrelation } from '../../measures/dyadic/qap-correlation.js';
import { sameGroupMatrix } from '../../measures/dyadic/same-group-matrix.js';
import type { Dataset } from '../../schema/dataset.js';
import { DOCUMENTED_CITY_RULE, documentedCityTies } from './documented-city-ties.js';
import type { StudyCity } from './study-cities.js';
import type { ExplanationSection, Missing } from './study-schema.js';
import type { ResolvedStudyOptions } from './study-options.js';

/** The dyadic covariates of the explanation, in the cities' order. */
export function explanationCovariates(cities: readonly StudyCity[], gravity: Graph): Record<string, NodeMatrix> {
  const nodes = cities.map((c) => c.id);
  const coordinates = Object.fromEntries(cities.map((c) => [c.id, { lon: c.lon, lat: c.lat }]));
  return {
    'modelled gravity tie': nodeMatrix(gravity, { nodes, weight: null }),
    'distance (km)': greatCircleDistanceMatrix(coordinates, { nodes }),
    'same province': sameGroupMatrix(Object.fromEntries(cities.map((c) => [c.id, c.province])), { nodes }),
    'same macro-region': sameGroupMatrix(Object.fromEntries(cities.map((c) => [c.id, c.region])), { nodes }),
  };
}

function isConstant(m: NodeMatrix): boolean {
  const first = m.values.length > 1 ? m.values[0][1] : 0;
  return m.values.every((row, i) => row.every((v, j) => i === j || v === first));
}

/**
 * Section 3 of the study: does the documented city network follow the modelled one,
 * distance, province and macro-region? QAP correlations (Krackhardt 1987) of the
 * documented 0/1 city matrix with each covariate, and the MRQAP regression (double
 * semi-partialling, Dekker, Krackhardt & Snijders 2007) of the documented matrix on
 * all of them; both on every off-diagonal cell, with the study's permutations and seed.
 */
export function explanationSection(dataset: Dataset, cities: readonly StudyCity[], gravity: Graph | Missing, options: ResolvedStudyOptions): ExplanationSection | Missing {
  if ('missing' in gravity) return { missing: `no modelled network to compare with: ${gravity.missing}` };
  const documented = documentedCityTies(dataset, cities);
  if (documented.ties === 0) return { missing: 'no documented linkage joins two of the study\'s cities, so the documented city network is empty' };
  const covariates = explanationCovariates(cities, gravity);
  const { permutations, seed } = options;
  const qap = Object.entries(covariates)
    .filter(([, m]) => !isConstant(m))
    .map(([covariate, m]) => {
      const r = qapCorrelation(m, documented.matrix, { permutations, seed });
      return { covariate, correlation: r.correlation, pGreater: r.pGreater, pLess: r.pLess, pAbsolute: r.pAbsolute };
    });
  const usable = Object.fromEntries(Object.entries(covariates).filter(([, m]) => !isConstant(m)));
  let regression: ExplanationSection['mrqap'];
  try {
    const fit = mrqap(documented.matrix, usable, { permutations: options.mrqapPermutations, seed, method: 'double-semi-partialling' });
    regression = {
      method: `OLS on the ${fit.cells} off-diagonal cells, t-values permuted by double semi-partialling (Dekker, Krackhardt & Snijders 2007, Psychometrika), ${options.mrqapPermutations} permutations, seed ${seed}`,
      rSquared: fit.rSquared,
      adjustedRSquared: fit.adjustedRSquared,
      cells: fit.cells,
      coefficients: fit.coefficients.map((c) => ({ name: c.name, estimate: c.estimate, standardized: c.standardized, pGreater: c.pGreater, pLess: c.pLess, pAbsolute: c.pAbsolute })),
    };
  } catch (error) {
    if (!(error instanceof ZonelinkError)) throw error;
    regression = { missing: `MRQAP is undefined here: ${error.message}` };
  }
  return {
    method: `QAP correlation (Krackhardt 1987, Social Networks): Pearson r over the ${cities.length * (cities.length - 1)} off-diagonal cells, p from ${permutations} joint row–column relabellings, seed ${seed}; p = (#{r_π ≥ r} + 1)/(P + 1)`,
    projection: `Documented city network: ${DOCUMENTED_CITY_RULE}. ${documented.provinceEndpoints} linkages had a province end, ${documented.zoneEndpoints} a zone end; ${documented.dropped} of ${dataset.linkages.length} linkages were dropped`,
    nodes: cities.length,
    documentedTies: documented.ties,
    permutations,
    mrqapPermutations: options.mrqapPermutations,
    seed,
    qap,
    mrqap: regression,
  };
}
