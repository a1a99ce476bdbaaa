import { StudySchema } from './study/study-schema.js';
import { z } from 'zod';

/** A number that may be undefined for the data (NaN in zonelink), written as `null` in JSON. */
const Measure = z.number().nullable();

const Label = z.object({ zh: z.string(), en: z.string() });

/** One node in a ranking. */
export const RankedNodeSchema = z.object({
  rank: z.number().int().positive(),
  id: z.string(),
  name: z.string(),
  nameEn: z.string().optional(),
  kind: z.enum(['zone', 'city', 'province']),
  category: z.string().optional(),
  province: z.string().optional(),
  value: z.number(),
});

/** The top nodes by one centrality. */
export const RankingSchema = z.object({
  measure: z.string(),
  label: Label,
  /** How weights entered (e.g. "strengths as similarities", "distances 1/w", "unweighted"). */
  weighting: z.string(),
  top: z.array(RankedNodeSchema),
});

/** Schema of one community of a report: size, largest members, provinces. */
export const CommunitySchema = z.object({
  community: z.number().int().nonnegative(),
  size: z.number().int().positive(),
  /** Largest members by strength (names). */
  topMembers: z.array(z.string()),
  /** Members per province id. */
  provinces: z.record(z.string(), z.number().int()),
});

/** Schema of one "1+N" group of a report. */
export const OnePlusNGroupSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** How the group was found: province, declared arrangement, dominant flow, community. */
  basis: z.string(),
  hub: z.object({ id: z.string(), name: z.string() }),
  size: z.number().int().positive(),
  hubDominance: Measure,
  starLikeness: Measure,
  spokeShareToHub: Measure,
  hubShareOfWeight: Measure,
  spokeDensity: Measure,
  classification: z.enum(['1+N', 'multi-core', 'mesh']),
  /** Members other than the hub; `linkedToHub` false (weight 0) for a member linked only to other spokes. */
  spokes: z.array(z.object({ id: z.string(), name: z.string(), weight: z.number(), linkedToHub: z.boolean(), mode: z.string().optional() })),
  spokeLinks: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number() })),
});

/** Schema of one group (macro-region) of an inequality section of a report. */
export const InequalityGroupSchema = z.object({
  id: z.string(),
  label: z.string(),
  n: z.number().int().nonnegative(),
  mean: Measure,
  gini: Measure,
  lorenz: z.object({ p: z.array(z.number()), l: z.array(z.number()) }),
});

/** Inequality and polarization of one indicator across units, with decompositions by group. */
export const InequalitySectionSchema = z.object({
  indicator: z.object({ id: z.string(), label: Label, year: z.number().int().nullable(), note: z.string() }),
  unit: z.string(),
  groupBy: z.string(),
  n: z.number().int().nonnegative(),
  gini: Measure,
  theilT: Measure,
  theilL: Measure,
  coefficientOfVariation: Measure,
  concentrationRatio10: Measure,
  hhi: Measure,
  lorenz: z.object({ p: z.array(z.number()), l: z.array(z.number()) }),
  theil: z.object({ total: Measure, between: Measure, within: Measure, betweenShare: Measure }),
  dagum: z.object({ gini: Measure, within: Measure, netBetween: Measure, transvariation: Measure }),
  polarization: z.object({ estebanRay: Measure, wolfson: Measure, zhangKanbur: Measure }),
  groups: z.array(InequalityGroupSchema),
});

/**
 * The sections of a report that can lack data, by key (the `section` of a {@link ReportGapSchema} entry).
 *
 * @example
 * REPORT_SECTIONS.includes('map'); // true
 */
export const REPORT_SECTIONS = ['network', 'rankings', 'communities', 'onePlusN', 'inequality', 'overlay', 'multiplex', 'map', 'study'] as const;

/**
 * What a section of a report could not show, and why (no zones, no coordinates, no
 * indicator, one linkage mode, a year before every approval …): the renderers print the
 * reason in that section instead of failing or showing empty tables without comment.
 */
export const ReportGapSchema = z.object({
  /** Key of the section (one of {@link REPORT_SECTIONS}, or a key a later section adds). */
  section: z.string(),
  /** What is missing, in words a reader understands. */
  reason: z.string(),
});

/** The whole report of `analyze()`: plain JSON, every number finite or null. */
export const ReportSchema = z.object({
  zonelink: z.object({ version: z.string() }),
  dataset: z.object({
    name: z.string(),
    asOf: z.string().optional(),
    sources: z.array(z.object({ id: z.string(), title: z.string(), licence: z.string().optional() })),
    coverage: z.array(z.object({ scope: z.string(), complete: z.boolean(), note: z.string() })),
  }),
  parameters: z.object({
    year: z.number().int().nullable(),
    seed: z.number(),
    topK: z.number().int().positive(),
    /** What the network measures ran on. */
    network: z.string(),
    /**
     * With a year: the undated zones (no approval date) and linkages (no start year) of the
     * dataset, how many the snapshot kept, and the policy (`keep` assumes they exist);
     * `null` without a year.
     */
    undated: z
      .object({
        policy: z.enum(['keep', 'drop']),
        zones: z.number().int().nonnegative(),
        linkages: z.number().int().nonnegative(),
        keptZones: z.number().int().nonnegative(),
        keptLinkages: z.number().int().nonnegative(),
      })
      .nullable(),
  }),
  summary: z.object({
    nodes: z.number().int(),
    zones: z.number().int(),
    cities: z.number().int(),
    linkages: z.number().int(),
    zonesByCategory: z.record(z.string(), z.number().int()),
    linkagesByMode: z.record(z.string(), z.number().int()),
    nodesByMacroRegion: z.record(z.string(), z.number().int()),
  }),
  network: z.object({
    nodes: z.number().int(),
    edges: z.number().int(),
    /** Nodes with at least one linkage. */
    linkedNodes: z.number().int(),
    density: Measure,
    centralization: z.object({ degree: Measure, betweenness: Measure, closeness: Measure }),
    /** The node set density and centralization are computed on. */
    nodeSet: z.string(),
    /** How weights enter the path-based measures (strengths, length = 1/w). */
    weighting: z.string(),
  }),
  rankings: z.array(RankingSchema),
  communities: z.object({
    algorithm: z.string(),
    seed: z.number(),
    resolution: z.number(),
    modularity: Measure,
    count: z.number().int(),
    communities: z.array(CommunitySchema),
    versusProvinces: z.object({ nmi: Measure, adjustedRandIndex: Measure, eiIndex: Measure }),
  }),
  onePlusN: z.object({
    thresholds: z.object({ hubDominance: z.number(), spokeShare: z.number(), spokeDensity: z.number() }),
    groups: z.array(OnePlusNGroupSchema),
  }),
  inequality: z.array(InequalitySectionSchema),
  overlay: z.object({
    year: z.number().int().nullable(),
    categories: z.array(z.string()),
    cities: z.array(
      z.object({ id: z.string(), name: z.string(), categories: z.array(z.string()), count: z.number().int(), shannon: z.number(), simpson: z.number() }),
    ),
    /** cooccurrence[i][j]: cities hosting both category i and category j (diagonal: hosting i). */
    cooccurrence: z.array(z.array(z.number().int())),
  }),
  multiplex: z.object({
    layers: z.array(z.string()),
    classes: z.object({ focused: z.number().int(), mixed: z.number().int(), multiplex: z.number().int(), isolated: z.number().int() }),
    hubs: z.array(z.object({ id: z.string(), name: z.string(), overlappingDegree: z.number(), participation: z.number() })),
    averageEdgeOverlap: Measure,
  }),
  map: z.object({
    /**
     * `geographic`: lon/lat in degrees; `forceatlas2`: no node had coordinates, so lon/lat
     * hold a seeded ForceAtlas2 layout in [−10, 10] (drawn without basemap).
     */
    layout: z.enum(['geographic', 'forceatlas2']),
    /** `province`: the node's province (its own id for a province node), when known. */
    nodes: z.array(z.object({ id: z.string(), label: z.string(), lon: z.number(), lat: z.number(), kind: z.string(), size: z.number(), province: z.string().optional() })),
    /** `startYear`/`endYear`: the linkage's years when the data has them (the explorer's year filter). */
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        mode: z.string(),
        directed: z.boolean(),
        weight: z.number(),
        startYear: z.number().int().optional(),
        endYear: z.number().int().optional(),
      }),
    ),
  }),
  /** What each section could not show, and why (empty when every section has its data). */
  /** The study (documented network, gravity network, QAP/MRQAP, population): null when the input cannot carry it, with the reason in `gaps`. */
  study: StudySchema.nullable(),
  gaps: z.array(ReportGapSchema),
});
/** The report of {@link analyze}, validated by {@link ReportSchema}. */
export type Report = z.output<typeof ReportSchema>;
/** One centrality ranking of a {@link Report}. */
export type ReportRanking = z.output<typeof RankingSchema>;
/** One "1+N" group of a {@link Report}. */
export type ReportOnePlusNGroup = z.output<typeof OnePlusNGroupSchema>;
/** One inequality section of a {@link Report}. */
export type ReportInequalitySection = z.output<typeof InequalitySectionSchema>;
/** One entry of {@link Report}'s `gaps`: a section and what it lacks. */
export type ReportGap = z.output<typeof ReportGapSchema>;
