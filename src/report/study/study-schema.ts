import { z } from 'zod';

/** A value that may be undefined for the data, written as `null` (never NaN or Infinity). */
const Value = z.number().nullable();

/** Why a section or part of one could not be computed on this dataset. */
export const MissingSchema = z.object({ missing: z.string() });

/** One figure with the method that produced it named beside it. */
export const FigureSchema = z.object({ label: z.string(), value: Value, method: z.string() });

/** Whole-network table: the figures of `networkSummary`, each with its method. */
export const WholeNetworkSchema = z.object({ figures: z.array(FigureSchema), notes: z.record(z.string(), z.string()) });

/** One ranked node. */
export const StudyRankedNodeSchema = z.object({ rank: z.number().int().positive(), id: z.string(), name: z.string(), value: z.number() });

/** Top nodes by one centrality. */
export const CentralityRankingSchema = z.object({ measure: z.string(), method: z.string(), nodes: z.array(StudyRankedNodeSchema) });

/** One block of a CONCOR partition with its positional role. */
export const StudyBlockSchema = z.object({
  block: z.number().int(),
  size: z.number().int(),
  members: z.array(z.string()),
  sentInside: z.number(),
  sentOutside: z.number(),
  receivedOutside: z.number(),
  expectedInternalRatio: z.number(),
  actualInternalRatio: Value,
  receivedShare: Value,
  role: z.string().nullable(),
  roleZh: z.string().nullable(),
});

/** CONCOR blocks and their roles. */
export const BlocksSchema = z.object({ method: z.string(), blocks: z.array(StudyBlockSchema), density: z.array(z.array(Value)) });

/** Communities of the documented network compared with provinces. */
export const StudyCommunitiesSchema = z.object({
  method: z.string(),
  communities: z.number().int(),
  modularity: Value,
  nmiWithProvinces: Value,
  ariWithProvinces: Value,
  largest: z.array(z.object({ community: z.number().int(), size: z.number().int(), members: z.array(z.string()) })),
});

/** A "1+N" group found in the documented network. */
export const StudyOnePlusNSchema = z.object({
  id: z.string(),
  candidates: z.string(),
  hub: z.string(),
  hubName: z.string(),
  size: z.number().int(),
  classification: z.string(),
  spokeShareToHub: Value,
  members: z.array(z.string()),
});

/** Section 1: the documented linkage network. */
export const DocumentedSectionSchema = z.object({
  label: z.literal('documented'),
  description: z.string(),
  source: z.string(),
  wholeNetwork: WholeNetworkSchema,
  centrality: z.array(CentralityRankingSchema),
  communities: z.union([StudyCommunitiesSchema, MissingSchema]),
  blocks: z.union([BlocksSchema, MissingSchema]),
  onePlusN: z.union([z.object({ method: z.string(), groups: z.array(StudyOnePlusNSchema) }), MissingSchema]),
});

/** One year of the modelled (gravity) network. */
export const ModelledYearSchema = z.object({
  year: z.number().int(),
  variant: z.string(),
  ties: z.number().int(),
  wholeNetwork: WholeNetworkSchema,
  blocks: z.union([BlocksSchema, MissingSchema]),
  centrality: z.array(CentralityRankingSchema),
});

/** Section 2: the modelled city network. */
export const ModelledSectionSchema = z.object({
  label: z.literal('modelled'),
  method: z.string(),
  source: z.string(),
  nodes: z.number().int(),
  excluded: z.string(),
  years: z.array(ModelledYearSchema),
  railVariant: z.union([ModelledYearSchema, MissingSchema]),
});

/** One QAP correlation. */
export const QapRowSchema = z.object({ covariate: z.string(), correlation: z.number(), pGreater: Value, pLess: Value, pAbsolute: Value });

/** One MRQAP coefficient. */
export const MrqapRowSchema = z.object({ name: z.string(), estimate: z.number(), standardized: Value, pGreater: Value, pLess: Value, pAbsolute: Value });

/** Section 3: explanation of the documented city network by QAP and MRQAP. */
export const ExplanationSectionSchema = z.object({
  method: z.string(),
  projection: z.string(),
  nodes: z.number().int(),
  documentedTies: z.number().int(),
  permutations: z.number().int(),
  mrqapPermutations: z.number().int(),
  seed: z.number().int(),
  qap: z.array(QapRowSchema),
  mrqap: z.union([z.object({ method: z.string(), rSquared: z.number(), adjustedRSquared: z.number(), cells: z.number().int(), coefficients: z.array(MrqapRowSchema) }), MissingSchema]),
});

/** Inequality and polarization of one year's population. */
export const PopulationYearSchema = z.object({
  year: z.number().int(),
  cities: z.number().int(),
  total: z.number(),
  gini: Value,
  theilT: Value,
  theilWithin: Value,
  theilBetween: Value,
  betweenShare: Value,
  estebanRay: Value,
  duclosEstebanRay: Value,
  regions: z.array(z.object({ region: z.string(), cities: z.number().int(), populationShare: z.number(), theilT: z.number() })),
});

/** One LISA unit (only units in a significant cluster are listed). */
export const LisaUnitSchema = z.object({ id: z.string(), name: z.string(), growth: z.number(), Ii: z.number(), pValue: z.number(), cluster: z.enum(['HH', 'LL', 'HL', 'LH']) });

/** Moran's I and LISA of population growth. */
export const SpatialSchema = z.object({
  method: z.string(),
  weights: z.string(),
  n: z.number().int(),
  moranI: z.number(),
  expected: z.number(),
  zRandomisation: Value,
  pRandomisation: Value,
  pPermutation: Value,
  permutations: z.number().int(),
  clusterCounts: z.record(z.string(), z.number().int()),
  clusters: z.array(LisaUnitSchema),
  points: z.array(z.object({ id: z.string(), lon: z.number(), lat: z.number(), cluster: z.enum(['HH', 'LL', 'HL', 'LH']).nullable() })),
});

/** Siphon effect around one hub. */
export const SiphonRowSchema = z.object({
  group: z.string(),
  hub: z.string(),
  hubName: z.string(),
  members: z.number().int(),
  hubShareFrom: z.number(),
  hubShareTo: z.number(),
  hubShareChange: z.number(),
  growthDifferential: z.number(),
  giniChange: z.number(),
  verdict: z.string(),
});

/** Markov transitions of population classes. */
export const MarkovSchema = z.object({
  method: z.string(),
  caveat: z.string(),
  classes: z.number().int(),
  counts: z.array(z.array(z.number())),
  probabilities: z.array(z.array(z.number())),
});

/** Section 4: population. */
export const PopulationSectionSchema = z.object({
  source: z.string(),
  indicator: z.string(),
  universe: z.string(),
  methods: z.array(z.string()),
  years: z.array(PopulationYearSchema),
  spatial: z.union([SpatialSchema, MissingSchema]),
  siphon: z.union([z.object({ method: z.string(), rows: z.array(SiphonRowSchema), skipped: z.array(z.string()) }), MissingSchema]),
  markov: z.union([MarkovSchema, MissingSchema]),
});

/** The whole study: four sections, each present or `{ missing }` with the reason. */
export const StudySchema = z.object({
  title: z.string(),
  dataset: z.string(),
  options: z.object({ seed: z.number().int(), permutations: z.number().int(), mrqapPermutations: z.number().int(), topK: z.number().int(), neighbours: z.number().int(), classes: z.number().int(), alpha: z.number(), from: z.number().int(), to: z.number().int() }),
  documented: z.union([DocumentedSectionSchema, MissingSchema]),
  modelled: z.union([ModelledSectionSchema, MissingSchema]),
  explanation: z.union([ExplanationSectionSchema, MissingSchema]),
  population: z.union([PopulationSectionSchema, MissingSchema]),
  references: z.array(z.string()),
});

/** The study of a dataset (see `analyzeStudy`). */
export type Study = z.infer<typeof StudySchema>;
/** A part of the study that could not be computed, with the reason. */
export type Missing = z.infer<typeof MissingSchema>;
/** One figure with its method. */
export type Figure = z.infer<typeof FigureSchema>;
/** Whole-network table. */
export type WholeNetwork = z.infer<typeof WholeNetworkSchema>;
/** Top nodes by one centrality. */
export type CentralityRanking = z.infer<typeof CentralityRankingSchema>;
/** CONCOR blocks and roles. */
export type Blocks = z.infer<typeof BlocksSchema>;
/** A "1+N" group of section 1. */
export type StudyOnePlusN = z.infer<typeof StudyOnePlusNSchema>;
/** Section 1. */
export type DocumentedSection = z.infer<typeof DocumentedSectionSchema>;
/** Section 2. */
export type ModelledSection = z.infer<typeof ModelledSectionSchema>;
/** One year of section 2. */
export type ModelledYear = z.infer<typeof ModelledYearSchema>;
/** Section 3. */
export type ExplanationSection = z.infer<typeof ExplanationSectionSchema>;
/** Section 4. */
export type PopulationSection = z.infer<typeof PopulationSectionSchema>;
/** One year of section 4. */
export type PopulationYear = z.infer<typeof PopulationYearSchema>;
/** Moran's I and LISA. */
export type StudySpatial = z.infer<typeof SpatialSchema>;

/** True when a study part is a `{ missing }` reason. */
export function isMissing(part: unknown): part is Missing {
  return typeof part === 'object' && part !== null && 'missing' in part;
}
