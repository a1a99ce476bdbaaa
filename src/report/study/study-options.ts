import { invalidArgument } from '../../error/zonelink-error.js';
import { checkSeed, DEFAULT_SEED } from '../../statistics/check-seed.js';

/** Options of `analyzeStudy`. */
export interface StudyOptions {
  /** Seed of every permutation test and of Leiden (default 0, as everywhere in zonelink). */
  seed?: number;
  /** Permutations of the QAP correlations and of Moran's I (default 499). */
  permutations?: number;
  /** Permutations of each MRQAP coefficient (default 99: double semi-partialling refits the regression on 113 000 cells per permutation). */
  mrqapPermutations?: number;
  /** Nodes listed per centrality ranking (default 10). */
  topK?: number;
  /** k of the k-nearest-neighbour spatial weights (default 6). */
  neighbours?: number;
  /** Number of quantile classes of the Markov table (default 5). */
  classes?: number;
  /** Significance level of the LISA clusters (default 0.05). */
  alpha?: number;
  /** Base census year (default 2010). */
  from?: number;
  /** End census year (default 2020). */
  to?: number;
  /** Title of the study. */
  title?: string;
  /** The city indicator used as population (default `'population'`). */
  indicator?: string;
}

/** The options with every default filled in. */
/** The study's default title, also its heading in the report. */
export const STUDY_TITLE = '研究 The study: documented linkages, modelled city network, explanation, population';

export type ResolvedStudyOptions = Required<StudyOptions>;

const DEFAULTS: ResolvedStudyOptions = { seed: DEFAULT_SEED, permutations: 499, mrqapPermutations: 99, topK: 10, neighbours: 6, classes: 5, alpha: 0.05, from: 2010, to: 2020, title: STUDY_TITLE, indicator: 'population' };

function positiveInteger(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) invalidArgument('analyzeStudy', `${field} must be a positive integer, got ${String(value)}`, { field, value });
  return value;
}

/** Fills in and checks the options of `analyzeStudy`. */
export function resolveStudyOptions(options: StudyOptions = {}): ResolvedStudyOptions {
  if (options === null || typeof options !== 'object') invalidArgument('analyzeStudy', 'options must be an object', { field: 'options' });
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as ResolvedStudyOptions;
  checkSeed('analyzeStudy', o.seed);
  positiveInteger('permutations', o.permutations);
  positiveInteger('mrqapPermutations', o.mrqapPermutations);
  positiveInteger('topK', o.topK);
  positiveInteger('neighbours', o.neighbours);
  positiveInteger('classes', o.classes);
  if (!(o.alpha > 0 && o.alpha < 1)) invalidArgument('analyzeStudy', `alpha must be in (0, 1), got ${String(o.alpha)}`, { field: 'alpha', value: o.alpha });
  if (!Number.isInteger(o.from) || !Number.isInteger(o.to) || o.to <= o.from) invalidArgument('analyzeStudy', `from and to must be integer years with to > from, got ${o.from} and ${o.to}`, { field: 'to', value: o.to });
  if (typeof o.indicator !== 'string' || o.indicator.length === 0) invalidArgument('analyzeStudy', 'indicator must be a non-empty string', { field: 'indicator' });
  if (typeof o.title !== 'string') invalidArgument('analyzeStudy', 'title must be a string', { field: 'title' });
  return o;
}
