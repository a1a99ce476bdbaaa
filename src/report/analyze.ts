import { summableWeights } from './summable-weights.js';
import type { AbstractGraph as Graph } from 'graphology-types';
import { invalidArgument } from '../error/zonelink-error.js';
import { betweenness } from '../measures/centrality/betweenness.js';
import { approximateBetweenness } from '../measures/centrality/approximate-betweenness.js';
import { analyzeStudy } from './study/analyze-study.js';
import type { Study } from './study/study-schema.js';
import { closeness } from '../measures/centrality/closeness.js';
import { degree, strength } from '../measures/centrality/degree.js';
import { density } from '../measures/centrality/density.js';
import { freemanCentralization } from '../measures/centrality/freeman-centralization.js';
import { pagerank } from '../measures/centrality/pagerank.js';
import { adjustedRandIndex, nmi } from '../measures/community/partition-comparison.js';
import { eiIndex } from '../measures/community/ei-index.js';
import { leiden } from '../measures/community/leiden.js';
import { DECLARED_ARRANGEMENTS, findOnePlusN, type OnePlusNGroup as HubGroup } from '../measures/hubs/one-plus-n.js';
import { resolveThresholds } from '../measures/hubs/hub-group-metrics.js';
import { indicatorInequality, type IndicatorInequalityResult } from '../measures/indicator-inequality/indicator-inequality.js';
import { lorenz } from '../measures/inequality/lorenz.js';
import { edgeOverlap } from '../measures/multiplex/edge-overlap.js';
import { multiplexParticipation } from '../measures/multiplex/multiplex-participation.js';
import { platformOverlay } from '../measures/overlay/platform-overlay.js';
import { project, type ProjectedEdgeAttributes } from '../network/project.js';
import { snapshot } from '../network/snapshot.js';
import { linkageActiveIn } from '../network/year-view.js';
import { buildNetwork, isZoneNetwork, type LinkageAttributes, type ZoneNetwork, type ZoneNodeAttributes } from '../network/zone-network.js';
import { provinceOfRecord } from '../schema/administrative-unit.js';
import { PROVINCE_BY_ID } from '../schema/provinces.js';
import type { Dataset } from '../schema/dataset.js';
import type { ProgressOptions } from '../progress/progress-options.js';
import { progressOptionSpecs } from '../progress/progress-option-specs.js';
import { progressReporter } from '../progress/progress-reporter.js';
import { ZONELINK_VERSION } from '../version.js';
import { summarizeDataset } from './dataset-summary.js';
import { seedOption } from '../statistics/check-seed.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { choiceOption, functionOption, numberOption } from '../options/option-spec.js';
import { resolutionOption } from '../measures/community/community-option-specs.js';
import { checkDatasetShape } from '../error/argument-checks.js';
import { forceLayout } from './force-layout.js';
import { validateReport } from './render/validate-report.js';
import type { ReportGap, ReportInequalitySection as InequalitySection, ReportOnePlusNGroup as OnePlusNGroup, ReportRanking as Ranking, Report } from './report-schema.js';

/** The declared options of {@link analyze} (checks, defaults and docs/options.md come from here). */
export const analyzeOptions = defineOptions('analyze', {
  year: numberOption({ doc: 'The snapshot year: analyse the network as it stood in this year (snapshot).', defaultText: 'the whole network', integer: true }),
  seed: seedOption,
  topK: numberOption({ doc: 'Length of the rankings.', default: 10, integer: true, min: 1 }),
  resolution: resolutionOption,
  undated: choiceOption(['keep', 'drop'] as const, {
    doc: "With year: keep ('keep': they are assumed to exist) or drop zones without an approval date and linkages without a start year; the report says how many it kept (parameters.undated).",
    default: 'keep',
  }),
  /** Called before each step of the analysis with its name, for progress output. */
  onStep: functionOption<(step: string) => void>({ signature: '(step) → void', doc: 'Called before each step of the analysis with its name (network, centrality: pagerank …), for progress output.' }),
  // onProgress receives the ProgressEvents of the long steps (buildNetwork, project, betweenness, closeness, PageRank, Leiden);
  // signal cancels the analysis from the step then running, or between steps.
  ...progressOptionSpecs,
});

/** Options of {@link analyze}, declared in {@link analyzeOptions} (see docs/options.md#analyze). */
export type AnalyzeOptions = OptionsOf<typeof analyzeOptions>;

/** NaN and ±Infinity are not JSON: they become `null` in the report. */
function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function nameOf(attributes: ZoneNodeAttributes): string {
  return attributes.name.zh;
}

/**
 * Analyses a dataset or a ZoneNetwork and returns one plain-JSON report
 * (validated by `ReportSchema`): summary counts; network statistics and Freeman
 * centralization; rankings by degree, strength, betweenness, closeness and PageRank;
 * Leiden communities compared with provinces (NMI, ARI, E–I); "1+N" groups
 * (declared arrangements and provinces) with hub dominance, star-likeness,
 * spoke share to hub and their classification; inequality and polarization of
 * the platforms each city hosts, and of every city indicator of the year, by
 * macro-region with Theil and Dagum decompositions; platform overlay; multiplex
 * participation.
 *
 * Conventions: network measures run on the undirected projection of all
 * linkages (`project`, weights summed), restricted to nodes with at least one
 * linkage (isolated zones would otherwise dominate counts and make closeness
 * undefined) — density and centralization too, one stated node set
 * (`network.nodeSet`); betweenness and closeness read the summed weights as
 * strengths and convert them to path lengths by 1/w, said in `network.weighting`.
 * Province "1+N" groups are formed from linked members only, at any network size
 * (each group lists at most the 500 strongest links among its spokes for its
 * diagram, said in `gaps`). Every number that is
 * undefined for the data (NaN) is `null`, and what a section cannot show is listed
 * with its reason in `gaps`; the result is checked against `ReportSchema`.
 *
 * @example
 * const report = analyze(china, { year: 2020, seed: 1 });
 * report.rankings[0].top[0].name;
 */
export function analyze(input: Dataset | ZoneNetwork, options: AnalyzeOptions = {}): Report {
  const fn = 'analyze';
  const { year, seed, topK, resolution, undated, onStep: stepCallback, onProgress, signal } = analyzeOptions.read(options);
  if (!isZoneNetwork(input)) checkDatasetShape(fn, input, 'input');
  const onStep = stepCallback ?? (() => {});
  const inner: ProgressOptions = { onProgress, signal };
  const between = progressReporter(fn, { signal }, 0, 'steps');
  const progress = (step: string) => {
    between.throwIfAborted();
    onStep(step);
  };

  const gaps: ReportGap[] = [];
  const gap = (section: ReportGap['section'], reason: string) => gaps.push({ section, reason });

  progress('network');
  if (!isZoneNetwork(input)) progress(`network: build (${input.nodes.length} nodes, ${input.linkages.length} linkages)`);
  const full = isZoneNetwork(input) ? input : buildNetwork(input, inner);
  if (year !== undefined) progress(`network: snapshot ${year}`);
  // Weights whose sum overflows (parallel 1e308 linkages) are divided by a power of two, and the gaps say so.
  const { net, unit } = summableWeights(year === undefined ? full : snapshot(full, year, { undatedZones: undated, undatedLinkages: undated }));
  if (unit !== 1) gap('network', `linkage weights sum to more than 1.8e308, so every weight was divided by 2^${Math.log2(unit)} (exactly); strengths are in that unit, rankings and communities are unchanged`);
  const undatedCounts = year === undefined ? null : countUndated(full, net, undated);
  const metadata = full.getAttribute('metadata');
  progress('network: summary');
  const summary = summarizeDataset(net);
  progress(`network: project ${net.size} linkages`);
  const projection = project(net, { selfLoops: false, ...inner });
  const projected = { nodes: projection.order, edges: projection.size };
  // The linked nodes: the projection without its isolated nodes, dropped in place
  // (a copy of a million-edge projection took longer than the projection itself).
  const core = projection;
  for (const n of core.filterNodes((id) => core.degree(id) === 0)) core.dropNode(n);
  const linked = core.nodes();
  const when = year === undefined ? '' : ` as of ${year}`;
  if (net.order === 0) gap('network', `no nodes${when} 无节点`);
  else if (core.size === 0) gap('network', `no linkages between distinct nodes${when} 无联动`);
  else if (core.order <= 2) gap('network', `only ${core.order} linked nodes${when}: centralization needs at least 3`);

  progress('centrality');
  const large = core.order > LARGE_NETWORK_NODES;
  if (large) {
    gap('network', `betweenness centralization not computed: ${core.order} linked nodes is more than ${LARGE_NETWORK_NODES}, where exact betweenness is O(nm); the ranking uses a sampled estimate`);
    gap('rankings', `closeness not ranked: ${core.order} linked nodes is more than ${LARGE_NETWORK_NODES} (closeness needs a shortest-path search from every node)`);
  }
  const rankings = centralityRankings(core, topK, progress, inner, large ? seed : undefined);
  if (core.size === 0) gap('rankings', `no linkages${when}, so no centrality 无联动，无中心性`);
  // Density and centralization on one node set, the linked nodes (`core`); the
  // path-based ones read the summed weights as strengths, so length = 1/w.
  const centralization = {
    degree: finite(core.order > 2 ? freemanCentralization(core, 'degree', { weight: null }) : NaN),
    betweenness: finite(core.order > 2 && !large ? freemanCentralization(core, 'betweenness', { weight: 'weight', distance: 'inverse' }) : NaN),
    closeness: finite(core.order > 2 && !large && isConnected(core) ? freemanCentralization(core, 'closeness', { weight: 'weight', distance: 'inverse' }) : NaN),
  };
  if (core.order > 2 && !isConnected(core)) gap('network', 'closeness centralization: the linked nodes form more than one component, where Freeman closeness centralization is undefined');

  progress('communities');
  const communities = communitySection(core, seed, resolution, progress, inner);
  if (core.size === 0) gap('communities', `no linkages${when}, so no communities 无联动，无社区`);

  progress('1+N groups');
  const onePlusN = onePlusNSection(net, core, seed, gap);
  if (onePlusN.groups.length === 0) gap('onePlusN', `no declared "1+N" arrangement and no province with at least 3 members linked among themselves${when}`);

  progress('inequality');
  const inequality = inequalitySections(net, year, gap);

  progress('overlay');
  const overlayResult = platformOverlay(net, year === undefined ? {} : { year });
  const kinds = overlayResult.kinds;
  if (summary.zones === 0) gap('overlay', `no zones${when}, so no platform overlay 无园区`);
  else if (summary.cities === 0) gap('overlay', 'no cities: zones cannot be overlaid on their host cities 无城市');
  const overlay = {
    year: year ?? null,
    categories: kinds,
    cities: [...overlayResult.cities]
      .sort((a, b) => b.kinds.length - a.kinds.length || b.zones - a.zones || (a.city < b.city ? -1 : 1))
      .slice(0, Math.max(topK, 20))
      .map((c) => ({ id: c.city, name: c.name?.zh ?? c.city, categories: c.kinds, count: c.zones, shannon: c.shannon, simpson: c.simpson })),
    cooccurrence: kinds.map((a) => kinds.map((b) => overlayResult.cooccurrence[a]?.[b] ?? 0)),
  };

  progress('multiplex');
  const multiplex = multiplexSection(net, topK);
  if (multiplex.layers.length < 2) gap('multiplex', `${multiplex.layers.length === 0 ? 'no linkages' : `one linkage mode only (${multiplex.layers[0]})`}${when}: multiplexity needs two modes 需要至少两种联动模式`);

  progress('map');
  let map = mapSection(net, core);
  if (map.nodes.length === 0 && core.order > 0) {
    // No coordinates: draw the linked network with a seeded force layout instead of a map.
    progress('layout: ForceAtlas2');
    map = layoutSection(net, core, seed);
  } else if (map.nodes.length === 0) gap('map', net.order === 0 ? `no nodes${when}` : 'no node has coordinates (nor a host city with coordinates), and no linkage to lay out 无坐标');
  map = capMap(map, gap);

  const report: Report = {
    zonelink: { version: ZONELINK_VERSION },
    dataset: {
      name: metadata?.name ?? 'unnamed network',
      ...(metadata?.asOf ? { asOf: metadata.asOf } : {}),
      sources: (metadata?.sources ?? []).map((s) => ({ id: s.id, title: s.title, ...(s.licence ? { licence: s.licence } : {}) })),
      coverage: (metadata?.coverage ?? []).map((c) => ({ scope: c.scope, complete: c.complete, note: c.note })),
    },
    parameters: {
      year: year ?? null,
      seed,
      topK,
      network: `undirected projection of ${net.size} linkages (weights summed) on the ${linked.length} nodes with at least one linkage${year === undefined ? '' : `, as of ${year}`}`,
      undated: undatedCounts,
    },
    summary: {
      nodes: summary.nodes,
      zones: summary.zones,
      cities: summary.cities,
      linkages: summary.linkages,
      zonesByCategory: summary.zonesByCategory,
      linkagesByMode: summary.linkagesByMode,
      nodesByMacroRegion: summary.nodesByMacroRegion,
    },
    network: {
      nodes: projected.nodes,
      edges: projected.edges,
      linkedNodes: linked.length,
      density: finite(density(core)),
      centralization,
      nodeSet: `density and centralization on the ${core.order} linked nodes (nodes with at least one linkage to another node)`,
      weighting: 'degree centralization unweighted; betweenness and closeness (rankings and centralization) read the summed linkage weights as strengths: path length = 1/w',
    },
    rankings,
    communities,
    onePlusN,
    inequality,
    overlay,
    multiplex,
    map,
    study: studySection(input, { year, undated, large, seed, coreOrder: core.order, gap, progress, unit }),
    gaps,
  };
  // The contract: never hand out a report the schema (and so the renderers) would reject.
  return validateReport(report, 'analyze');
}

function isConnected(graph: Graph): boolean {
  if (graph.order === 0) return false;
  const start = graph.nodes()[0];
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length > 0) {
    const node = stack.pop()!;
    graph.forEachNeighbor(node, (next) => {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    });
  }
  return seen.size === graph.order;
}

/**
 * The study of the dataset ({@link analyzeStudy}) as of `year` (linkages active then;
 * undated ones as `undated` says), or null with the reason in the gaps when the network
 * has more than {@link LARGE_NETWORK_NODES} linked nodes (its table needs all-pairs
 * paths). A network input is studied from its node and linkage records (it carries no
 * accessibility table, so the rail variant says so).
 */
function studySection(
  input: Dataset | ZoneNetwork,
  context: { year: number | undefined; undated: 'keep' | 'drop'; large: boolean; seed: number; coreOrder: number; gap: (section: string, reason: string) => void; progress: (step: string) => void; unit: number },
): Study | null {
  if (context.large) {
    context.gap('study', `not computed: ${context.coreOrder} linked nodes is more than ${LARGE_NETWORK_NODES}, and the documented-network table needs all-pairs shortest paths`);
    return null;
  }
  context.progress('study');
  const { year, undated } = context;
  // A network carries the records of its nodes and linkages (not the accessibility table).
  const dataset: Dataset = isZoneNetwork(input)
    ? {
        metadata: input.getAttribute('metadata') ?? { name: 'unnamed network', sources: [], coverage: [] },
        nodes: input.mapNodes((_id, attributes) => attributes),
        linkages: input.mapEdges((_key, attributes) => attributes),
      } as Dataset
    : input;
  const dated =
    year === undefined
      ? dataset.linkages
      : dataset.linkages.filter((l) => linkageActiveIn(l.startYear, l.endYear, year, undated));
  // the unit the network's weights were divided by (see summableWeights)
  const linkages = context.unit === 1 ? dated : dated.map((l) => (typeof l.weight === 'number' ? { ...l, weight: l.weight / context.unit } : l));
  return analyzeStudy({ ...dataset, linkages }, { seed: context.seed });
}

/**
 * Above this many linked nodes the report estimates betweenness from
 * {@link BETWEENNESS_SAMPLES} seeded source nodes (Brandes & Pich 2007) and leaves
 * closeness and the path-based centralizations out, saying so: exact betweenness
 * and closeness are O(nm) and would take hours on a million linkages.
 */
export const LARGE_NETWORK_NODES = 20_000;
/** Source nodes sampled for betweenness on a large network. */
export const BETWEENNESS_SAMPLES = 256;

function centralityRankings(core: Graph<ZoneNodeAttributes>, topK: number, progress: (step: string) => void, inner: ProgressOptions, sampleSeed?: number): Ranking[] {
  const sampled = sampleSeed !== undefined;
  // Progress inside the step: betweenness and closeness are O(nm) and dominate on large inputs.
  const size = `${core.order} nodes and ${core.size} edges`;
  const step = <T>(name: string, compute: () => T): T => {
    progress(`centrality: ${name} on ${size}`);
    return compute();
  };
  const measures: { measure: string; label: { zh: string; en: string }; weighting: string; values: Record<string, number> }[] = [
    { measure: 'degree', label: { zh: '度中心性', en: 'Degree' }, weighting: 'unweighted: number of linked partners', values: step('degree', () => degree(core)) },
    { measure: 'strength', label: { zh: '强度', en: 'Strength' }, weighting: 'sum of linkage weights (strengths)', values: step('strength', () => strength(core)) },
    {
      measure: 'betweenness',
      label: { zh: '中介中心性', en: 'Betweenness' },
      weighting: sampled
        ? `normalised; strengths converted to distances by 1/w; estimated from ${BETWEENNESS_SAMPLES} source nodes sampled with seed ${sampleSeed} (Brandes & Pich 2007), as the network has more than ${LARGE_NETWORK_NODES} linked nodes`
        : 'normalised; strengths converted to distances by 1/w',
      values: step('betweenness', () =>
        sampled
          ? approximateBetweenness(core, { samples: BETWEENNESS_SAMPLES, seed: sampleSeed, weight: 'weight', distance: 'inverse', ...inner })
          : betweenness(core, { weight: 'weight', distance: 'inverse', ...inner }),
      ),
    },
    ...(sampled ? [] : [{
      measure: 'closeness',
      label: { zh: '接近中心性', en: 'Closeness' },
      weighting: 'Wasserman–Faust closeness within components; strengths converted to distances by 1/w',
      values: step('closeness', () => closeness(core, { weight: 'weight', distance: 'inverse', ...inner })),
    }]),
    {
      measure: 'pagerank',
      label: { zh: 'PageRank', en: 'PageRank' },
      weighting: 'weighted (strengths), damping 0.85',
      values: step('pagerank', () => pagerank(core, inner).values),
    },
  ];
  return measures.map(({ measure, label, weighting, values }) => ({
    measure,
    label,
    weighting,
    top: Object.entries(values)
      .filter(([, v]) => v > 0 && Number.isFinite(v))
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, topK)
      .map(([id, value], i) => {
        const a = core.getNodeAttributes(id);
        const province = provinceOfRecord(a);
        return {
          rank: i + 1,
          id,
          name: nameOf(a),
          ...(a.name.en ? { nameEn: a.name.en } : {}),
          kind: a.kind,
          ...(a.kind === 'zone' ? { category: a.category } : {}),
          ...(province ? { province } : {}),
          value,
        };
      }),
  }));
}

function communitySection(core: Graph<ZoneNodeAttributes>, seed: number, resolution: number, progress: (step: string) => void, inner: ProgressOptions): Report['communities'] {
  if (core.size === 0) {
    return {
      algorithm: 'leiden',
      seed,
      resolution,
      modularity: null,
      count: 0,
      communities: [],
      versusProvinces: { nmi: null, adjustedRandIndex: null, eiIndex: null },
    };
  }
  progress(`communities: leiden on ${core.order} nodes and ${core.size} edges`);
  const result = leiden(core, { seed, resolution, ...inner });
  progress('communities: against provinces (NMI, ARI, E–I)');
  const strengths = strength(core);
  const provinces: Record<string, string> = {};
  core.forEachNode((id, a) => {
    provinces[id] = provinceOfRecord(a) ?? 'unknown';
  });
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(result.partition)) {
    if (!members.has(c)) members.set(c, []);
    members.get(c)!.push(id);
  }
  const communities = [...members.entries()]
    .map(([community, ids]) => {
      const byProvince: Record<string, number> = {};
      for (const id of ids) byProvince[provinces[id]] = (byProvince[provinces[id]] ?? 0) + 1;
      return {
        community,
        size: ids.length,
        topMembers: [...ids]
          .sort((a, b) => strengths[b] - strengths[a] || (a < b ? -1 : 1))
          .slice(0, 5)
          .map((id) => nameOf(core.getNodeAttributes(id))),
        provinces: Object.fromEntries(Object.entries(byProvince).sort(([, a], [, b]) => b - a)),
      };
    })
    .sort((a, b) => b.size - a.size || a.community - b.community);
  return {
    algorithm: 'leiden',
    seed,
    resolution,
    modularity: finite(result.modularity),
    count: result.communities,
    communities,
    versusProvinces: {
      nmi: finite(nmi(result.partition, provinces)),
      adjustedRandIndex: finite(adjustedRandIndex(result.partition, provinces)),
      eiIndex: finite(eiIndex(core, provinces).index),
    },
  };
}

/**
 * Most links between the members of a "1+N" group (other than the hub) a report lists
 * for its diagram: above it, the strongest this many, and the report says so in its
 * gaps. A province of 1,600 linked members can have tens of thousands of such links,
 * which no diagram draws legibly; every link is still in the group's measures.
 */
export const SPOKE_LINK_LIMIT = 500;

/**
 * `core`: the projection on the linked nodes (nodes with a linkage to another node).
 * Declared arrangements and province groups, at any network size: findOnePlusN costs
 * O(n + m) for all the groups together, and each group's links among its spokes are
 * read from the spokes' own edges (O(its edges · log)), then cut to {@link SPOKE_LINK_LIMIT}.
 */
function onePlusNSection(net: ZoneNetwork, core: Graph<ZoneNodeAttributes, ProjectedEdgeAttributes>, seed: number, gap: (section: 'onePlusN', reason: string) => void): Report['onePlusN'] {
  const projection = core;
  // Without a declared linkage there is no declared group: skip reading the whole network for none.
  const declared = net.someEdge((_e, a) => isDeclaredLinkage(a))
    ? findOnePlusN(net, { groups: 'declared', seed })
    : { groups: [], thresholds: resolveThresholds('findOnePlusN', undefined) };
  // Province groups of LINKED members only: an isolated zone is no spoke, and counting
  // it would decide a group's class by a fall-back rather than by linkages.
  const byProvince: Record<string, string[]> = {};
  projection.forEachNode((id, a) => {
    const province = provinceOfRecord(a);
    if (province) (byProvince[province] ??= []).push(id);
  });
  const provincial = findOnePlusN(net, { groups: byProvince, seed });
  const capped: string[] = [];
  const toGroup = (g: HubGroup, basis: string): OnePlusNGroup => {
    const name = (id: string) => nameOf(net.getNodeAttributes(id));
    const spokes = g.spokes.map((id) => {
      const edge = projection.hasNode(g.hub) && projection.hasNode(id) ? projection.edge(g.hub, id) : undefined;
      const attributes = edge === undefined ? undefined : projection.getEdgeAttributes(edge);
      const modes = attributes ? Object.entries(attributes.modes).sort(([, a], [, b]) => b - a) : [];
      // weight 0 = a member with no linkage to the hub: listed, never drawn as a linkage.
      return { id, name: name(id), weight: attributes?.weight ?? 0, linkedToHub: attributes !== undefined, ...(modes.length > 0 ? { mode: modes[0][0] } : {}) };
    });
    const label = basis === 'province' ? `${PROVINCE_BY_ID.get(g.id)?.zh ?? g.id} ${PROVINCE_BY_ID.get(g.id)?.en ?? ''}`.trim() : `${name(g.hub)} 1+N`;
    const all = spokeLinksOf(projection, g.spokes);
    const spokeLinks = strongestLinks(all, SPOKE_LINK_LIMIT);
    if (spokeLinks.length < all.length) {
      let weakest = Infinity;
      for (const l of spokeLinks) if (l.weight < weakest) weakest = l.weight;
      capped.push(`${label}: ${SPOKE_LINK_LIMIT.toLocaleString('en-US')} of ${all.length.toLocaleString('en-US')} (weight ≥ ${weakest})`);
    }
    return {
      id: g.id,
      label,
      basis,
      hub: { id: g.hub, name: name(g.hub) },
      size: g.nodes.length,
      hubDominance: finite(g.hubDominance),
      starLikeness: finite(g.starLikeness),
      spokeShareToHub: finite(g.spokeShareToHub),
      hubShareOfWeight: finite(g.hubShareOfIntraGroupWeight),
      spokeDensity: finite(g.spokeSpokeDensity),
      classification: g.classification,
      spokes,
      spokeLinks,
    };
  };
  const groups = [
    ...declared.groups.map((g) => toGroup(g, 'declared arrangement')),
    ...provincial.groups.filter((g) => g.nodes.length >= 3).map((g) => toGroup(g, 'province')),
  ];
  if (capped.length > 0) {
    gap('onePlusN', `the "1+N" diagrams draw at most the ${SPOKE_LINK_LIMIT.toLocaleString('en-US')} strongest links among a group's members other than the hub — ${capped.join('; ')}: more lines would make the diagrams unreadable and the document too large; every link is in the measures above 结构图只画最强的外围联动`);
  }
  return {
    thresholds: {
      hubDominance: declared.thresholds.hubDominance,
      spokeShare: declared.thresholds.spokeShare,
      spokeDensity: declared.thresholds.spokeDensity,
    },
    groups,
  };
}

/** A link between two spokes of a group, for its diagram. */
interface SpokeLink {
  source: string;
  target: string;
  weight: number;
}

/**
 * The edges of `projection` between two of `spokes`, each once, ordered as the spoke
 * pairs (i < j in the order of `spokes`): read from each spoke's own edges, so
 * O(Σ degree of the spokes · log), where looking up every pair cost O(N²).
 */
function spokeLinksOf(projection: Graph<ZoneNodeAttributes, ProjectedEdgeAttributes>, spokes: readonly string[]): SpokeLink[] {
  const position = new Map<string, number>();
  spokes.forEach((id, k) => position.set(id, k));
  const found: { i: number; j: number; weight: number }[] = [];
  spokes.forEach((id, i) => {
    if (!projection.hasNode(id)) return;
    projection.forEachEdge(id, (_edge, attributes, source, target) => {
      const j = position.get(source === id ? target : source);
      if (j !== undefined && i < j) found.push({ i, j, weight: attributes.weight });
    });
  });
  found.sort((a, b) => a.i - b.i || a.j - b.j);
  return found.map(({ i, j, weight }) => ({ source: spokes[i], target: spokes[j], weight }));
}

/** The `limit` strongest links (ties in list order), kept in list order; all of them when there are no more. */
function strongestLinks(links: readonly SpokeLink[], limit: number): SpokeLink[] {
  if (links.length <= limit) return [...links];
  const kept = links
    .map((_l, k) => k)
    .sort((a, b) => links[b].weight - links[a].weight || a - b)
    .slice(0, limit);
  return kept.sort((a, b) => a - b).map((k) => links[k]);
}

/** A linkage that declares a "1+N" arrangement, as `findOnePlusN` reads `groups: 'declared'`. */
function isDeclaredLinkage(a: LinkageAttributes): boolean {
  return a.enclave === true || (typeof a.arrangement === 'string' && DECLARED_ARRANGEMENTS.includes(a.arrangement));
}

/**
 * Per city: the zones of `net` it hosts. With a year, `net` is already that
 * year's snapshot, so this counts what the snapshot holds (undated zones kept,
 * as `snapshot` keeps them).
 */
function platformsPerCity(net: ZoneNetwork): Record<string, number> {
  const counts: Record<string, number> = {};
  net.forEachNode((id, a) => {
    if (a.kind === 'city') counts[id] = 0;
  });
  net.forEachNode((_id, a) => {
    if (a.kind !== 'zone') return;
    for (const code of a.hostCities) if (code in counts) counts[code] += 1;
  });
  return counts;
}

function inequalitySections(net: ZoneNetwork, year: number | undefined, gap: (section: 'inequality', reason: string) => void): InequalitySection[] {
  const sections: InequalitySection[] = [];
  const platforms = platformsPerCity(net);
  const hosted = Object.values(platforms).reduce((s, v) => s + v, 0);
  const when = year === undefined ? '' : ` in ${year}`;
  if (Object.keys(platforms).length < 2) gap('inequality', `platforms per city: ${Object.keys(platforms).length} cities${when}; inequality needs at least 2`);
  else if (hosted === 0) gap('inequality', `platforms per city: no city hosts a zone${when}, so the shares are undefined 无城市承载园区`);
  else {
    const result = indicatorInequality(net, platforms, { groupBy: 'region', missing: 'skip' });
    sections.push(
      inequalitySection(result, {
        id: 'platforms-per-city',
        label: { zh: '城市承载的国家级平台数', en: 'National platforms hosted per city' },
        year: year ?? null,
        note: `zones hosted by each city${year === undefined ? '' : ` in ${year} (zones approved by then, and zones without an approval date)`}; a zone with several host cities counts for each; cities without a macro-region (Hong Kong, Macao) left out`,
      }),
    );
  }
  // Every indicator the cities carry, in its latest year not after `year`.
  const latest = new Map<string, number>();
  net.forEachNode((_id, a) => {
    if (a.kind !== 'city' || !a.indicators) return;
    for (const [y, values] of Object.entries(a.indicators)) {
      const yy = Number(y);
      if (year !== undefined && yy > year) continue;
      for (const name of Object.keys(values)) latest.set(name, Math.max(latest.get(name) ?? -Infinity, yy));
    }
  });
  if (latest.size === 0) gap('inequality', `no city carries an indicator${year === undefined ? '' : ` of ${year} or earlier`} 无城市指标`);
  for (const [name, y] of [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const result = indicatorInequality(net, name, { indicatorYear: y, groupBy: 'region', nodes: 'cities', missing: 'skip' });
    if (result.n < 2) {
      gap('inequality', `city indicator "${name}" (${y}): ${result.n} cities with a value; inequality needs at least 2`);
      continue;
    }
    if (!result.lorenz.l.every(Number.isFinite)) {
      const total = sumOf(Object.values(result.values));
      gap('inequality', `city indicator "${name}" (${y}): the values sum to ${total === 0 ? '0' : total}, so shares (Lorenz, Gini, Theil) are undefined`);
      continue;
    }
    sections.push(
      inequalitySection(result, {
        id: `indicator-${name}`,
        label: { zh: name, en: name },
        year: y,
        note: `city indicator "${name}" in ${y}; ${result.skipped.length} cities without it left out`,
      }),
    );
  }
  return sections;
}

function inequalitySection(result: IndicatorInequalityResult, indicator: InequalitySection['indicator']): InequalitySection {
  const byGroup = new Map<string, number[]>();
  for (const [id, value] of Object.entries(result.values)) {
    const g = String(result.groupOf[id]);
    if (!byGroup.has(g)) byGroup.set(g, []);
    byGroup.get(g)!.push(value);
  }
  // a curve of shares is undefined when the values sum to 0 or overflow (all 0,
  // all 1e308): the section then carries an empty curve and says why, instead of
  // NaN, which JSON writes as null and the report schema rightly rejects
  const curveDefined = isFiniteCurve(result.lorenz);
  const why = curveDefined ? '' : `; Lorenz curve left empty: the values sum to ${sumOf(Object.values(result.values))}, so shares are undefined`;
  return {
    indicator: { ...indicator, note: indicator.note + why },
    unit: 'city',
    groupBy: 'macro-region',
    n: result.n,
    gini: finite(result.gini),
    theilT: finite(result.theilT),
    theilL: finite(result.theilL),
    coefficientOfVariation: finite(result.coefficientOfVariation),
    concentrationRatio10: finite(result.cr10),
    hhi: finite(result.hhi),
    lorenz: curveDefined ? result.lorenz : { p: [], l: [] },
    theil: {
      total: finite(result.theilTDecomposition.total),
      between: finite(result.theilTDecomposition.between),
      within: finite(result.theilTDecomposition.within),
      betweenShare: finite(result.theilTDecomposition.betweenShare),
    },
    dagum: {
      gini: finite(result.dagum.gini),
      within: finite(result.dagum.within),
      netBetween: finite(result.dagum.netBetween),
      transvariation: finite(result.dagum.transvariation),
    },
    polarization: {
      estebanRay: finite(result.estebanRay),
      wolfson: finite(result.wolfson),
      // With a zero value Theil L (α = 0) is infinite and ZK = between/within is not informative.
      zhangKanbur: Number.isFinite(result.theilL) ? finite(result.zhangKanbur) : null,
    },
    groups: result.groups.map((g) => {
      const values = byGroup.get(String(g.group)) ?? [];
      const total = values.reduce((s, v) => s + v, 0);
      return {
        id: String(g.group),
        label: String(g.group),
        n: g.n,
        mean: finite(g.mean),
        gini: finite(g.gini),
        // lorenz() rescales its values, so a sum past 1.8e308 (all 1e308) still has a curve
        lorenz: total > 0 ? lorenz(values) : { p: [0, 1], l: [0, 1] },
      };
    }),
  };
}

/** True when every point of a Lorenz curve is a finite number. */
function isFiniteCurve(curve: { p: ArrayLike<number>; l: ArrayLike<number> }): boolean {
  return Array.prototype.every.call(curve.p, Number.isFinite) && Array.prototype.every.call(curve.l, Number.isFinite);
}

function sumOf(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function multiplexSection(net: ZoneNetwork, topK: number): Report['multiplex'] {
  const layers = [...new Set(net.mapEdges((_e, a) => a.mode))];
  if (layers.length < 2) {
    return { layers, classes: { focused: 0, mixed: 0, multiplex: 0, isolated: net.order }, hubs: [], averageEdgeOverlap: null };
  }
  const participation = multiplexParticipation(net);
  const classes = { focused: 0, mixed: 0, multiplex: 0, isolated: 0 };
  for (const id of Object.keys(participation.class)) {
    if (participation.overlapping[id] === 0) classes.isolated++;
    else classes[participation.class[id] as 'focused' | 'mixed' | 'multiplex']++;
  }
  return {
    layers: participation.layers,
    classes,
    hubs: participation.hubs.slice(0, topK).map((id) => ({
      id,
      name: nameOf(net.getNodeAttributes(id)),
      overlappingDegree: participation.overlapping[id],
      participation: participation.participation[id],
    })),
    averageEdgeOverlap: finite(edgeOverlap(net).averageEdgeOverlap),
  };
}

/** `core`: the projection on the linked nodes; a node outside it has degree 0. */
function mapSection(net: ZoneNetwork, core: Graph<ZoneNodeAttributes, ProjectedEdgeAttributes>): Report['map'] {
  const degreeOf = (id: string) => (core.hasNode(id) ? core.degree(id) : 0);
  const place = new Map<string, { lon: number; lat: number }>();
  net.forEachNode((id, a) => {
    if (a.coordinates) place.set(id, a.coordinates);
  });
  net.forEachNode((id, a) => {
    if (a.kind === 'zone' && !place.has(id)) {
      const host = net.hasNode(a.hostCities[0]) ? net.getNodeAttributes(a.hostCities[0]).coordinates : undefined;
      if (host) place.set(id, host);
    }
  });
  const hosted = platformsPerCity(net);
  const nodes: Report['map']['nodes'] = [];
  net.forEachNode((id, a) => {
    const p = place.get(id);
    if (!p) return;
    if (a.kind === 'zone' && degreeOf(id) === 0) return;
    nodes.push({ id, label: nameOf(a), lon: p.lon, lat: p.lat, kind: a.kind, size: a.kind === 'city' ? Math.max(1, hosted[id] ?? 0) : 1 + degreeOf(id), ...mapProvince(a) });
  });
  const shown = new Set(nodes.map((n) => n.id));
  const edges: Report['map']['edges'] = [];
  net.forEachEdge((_e, a, source, target) => {
    if (source !== target && shown.has(source) && shown.has(target)) edges.push(mapEdge(source, target, a));
  });
  return { layout: 'geographic', nodes, edges };
}

/** A map node's province, when its record names one (the explorer's node panel shows it). */
function mapProvince(a: ZoneNodeAttributes): { province?: string } {
  const province = provinceOfRecord(a);
  return province === undefined ? {} : { province };
}

/** A map edge with the linkage's years when it has them (the explorer filters by year). */
function mapEdge(source: string, target: string, a: LinkageAttributes): Report['map']['edges'][number] {
  return {
    source,
    target,
    mode: a.mode,
    directed: a.directed,
    weight: a.weight,
    ...(a.startYear !== undefined ? { startYear: a.startYear } : {}),
    ...(a.endYear !== undefined ? { endYear: a.endYear } : {}),
  };
}

/** The linked nodes placed by ForceAtlas2 (seeded) when no node has coordinates. */
function layoutSection(net: ZoneNetwork, core: Graph<ZoneNodeAttributes>, seed: number): Report['map'] {
  const positions = forceLayout(core, { seed });
  const nodes: Report['map']['nodes'] = core.mapNodes((id, a) => ({ id, label: nameOf(a), lon: positions[id].x, lat: positions[id].y, kind: a.kind, size: 1 + core.degree(id), ...mapProvince(a) }));
  const edges: Report['map']['edges'] = [];
  net.forEachEdge((_e, a, source, target) => {
    if (source !== target && core.hasNode(source) && core.hasNode(target)) edges.push(mapEdge(source, target, a));
  });
  return { layout: 'forceatlas2', nodes, edges };
}

/**
 * Most linkages the map (SVG and explorer) of a report draws: above it, the strongest
 * this many, and the report says so in its gaps. A million lines make an SVG of
 * hundreds of megabytes that no browser draws, and tell nothing a reader can see.
 */
export const MAP_EDGE_LIMIT = 5_000;
/**
 * Most nodes the map of a report draws: above it, the ends of the drawn linkages and
 * then the largest other nodes (by drawn size) up to this many, said in the gaps.
 */
export const MAP_NODE_LIMIT = 5_000;

/** The map cut to {@link MAP_EDGE_LIMIT} linkages and {@link MAP_NODE_LIMIT} nodes, with what was cut and why in the gaps. */
function capMap(map: Report['map'], gap: (section: 'map', reason: string) => void): Report['map'] {
  let { nodes, edges } = map;
  if (edges.length > MAP_EDGE_LIMIT) {
    const all = edges;
    // The strongest, ties in data order; drawn in data order.
    const kept = all
      .map((_e, i) => i)
      .sort((a, b) => all[b].weight - all[a].weight || a - b)
      .slice(0, MAP_EDGE_LIMIT);
    const weakest = Math.min(...kept.map((i) => all[i].weight));
    edges = kept.sort((a, b) => a - b).map((i) => all[i]);
    gap('map', `the map and the explorer draw the ${MAP_EDGE_LIMIT.toLocaleString('en-US')} strongest of ${all.length.toLocaleString('en-US')} linkages (weight ≥ ${weakest}): more lines would make the document too large to open and the map unreadable; every linkage is in the measures above 地图只画最强的联动`);
  }
  if (nodes.length > MAP_NODE_LIMIT) {
    const all = nodes;
    const ends = new Set<string>();
    for (const e of edges) ends.add(e.source).add(e.target);
    const others = all
      .map((_n, i) => i)
      .filter((i) => !ends.has(all[i].id))
      .sort((a, b) => all[b].size - all[a].size || a - b)
      .slice(0, Math.max(0, MAP_NODE_LIMIT - ends.size));
    const keep = new Set(others);
    nodes = all.filter((n, i) => ends.has(n.id) || keep.has(i));
    const smallest = others.length === 0 ? undefined : Math.min(...others.map((i) => all[i].size));
    gap('map', `the map and the explorer draw ${nodes.length.toLocaleString('en-US')} of ${all.length.toLocaleString('en-US')} nodes: the ends of the drawn linkages${smallest === undefined ? '' : ` and the largest others (size ≥ ${smallest})`}, as more would make the document too large to open 地图只画部分节点`);
  }
  return nodes === map.nodes && edges === map.edges ? map : { ...map, nodes, edges };
}

/** How many undated zones and linkages a snapshot kept (or, with 'drop', left out). */
function countUndated(full: ZoneNetwork, net: ZoneNetwork, policy: 'keep' | 'drop'): NonNullable<Report['parameters']['undated']> {
  let zones = 0;
  let linkages = 0;
  full.forEachNode((_id, a) => {
    if (a.kind === 'zone' && a.approved === undefined) zones++;
  });
  full.forEachEdge((_e, a) => {
    if (a.startYear === undefined) linkages++;
  });
  let keptZones = 0;
  let keptLinkages = 0;
  net.forEachNode((_id, a) => {
    if (a.kind === 'zone' && a.approved === undefined) keptZones++;
  });
  net.forEachEdge((_e, a) => {
    if (a.startYear === undefined) keptLinkages++;
  });
  return { policy, zones, linkages, keptZones, keptLinkages };
}
