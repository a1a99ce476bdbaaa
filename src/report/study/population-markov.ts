import { markovTransitions } from '../../measures/convergence/markov-transitions.js';
import type { StudyCity } from './study-cities.js';
import type { Missing, PopulationSection } from './study-schema.js';
import type { ResolvedStudyOptions } from './study-options.js';

/**
 * The discrete Markov transition table of population classes (Rey 2001; giddy's
 * `Markov`): each census year's cities cut into `classes` quantile classes of that
 * year, and the share of the cities of each base-year class found in each end-year class.
 */
export function populationMarkov(cities: readonly StudyCity[], options: ResolvedStudyOptions): PopulationSection['markov'] | Missing {
  const k = options.classes;
  if (cities.length < 2 * k) return { missing: `${k} quantile classes need at least ${2 * k} cities; ${cities.length} have population in both years` };
  const values = Object.fromEntries(cities.map((c) => [c.id, [c.from, c.to]]));
  const m = markovTransitions({ periods: [options.from, options.to], values }, { classes: k, quantiles: 'by-period' });
  return {
    method: `Markov transition matrix (Rey 2001, Geographical Analysis) of ${k} population quantile classes, cut separately in ${options.from} and ${options.to}; row i gives the shares of the class-i cities of ${options.from} in each class of ${options.to}`,
    caveat: `One transition period (${options.from}→${options.to}, two censuses) with ${cities.length} cities: each row rests on about ${Math.round(cities.length / k)} cities and one decade, so the probabilities are descriptive, not a stationary chain — no steady state is reported`,
    classes: k,
    counts: m.counts,
    probabilities: m.probabilities,
  };
}
