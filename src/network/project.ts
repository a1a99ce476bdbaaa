import Graph from 'graphology';
// Public signatures name graphs by graphology-types' AbstractGraph: graphology's
// default export is a namespace to an ESM consumer under NodeNext (TS2709).
import type { AbstractGraph } from 'graphology-types';
import { ZonelinkError, type ZonelinkIssue } from '../error/zonelink-error.js';
import type { LinkageMode } from '../schema/taxonomy.js';
import { readLinkageWeight, type LinkageWeightOption } from './linkage-weight.js';
import type { ZoneNetwork, ZoneNodeAttributes } from './zone-network.js';
import { checkGraph } from '../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { booleanOption, choiceOption, customOption, stringOption } from '../options/option-spec.js';
import { clipText } from '../error/clip-text.js';
import { progressOptionSpecs } from '../progress/progress-option-specs.js';
import { progressReporter } from '../progress/progress-reporter.js';

/** Linkages per progress tick (4,096). */
const PROGRESS_CHUNK_MASK = 4095;

/** Edge attributes of a projected graph. */
export interface ProjectedEdgeAttributes {
  /** The merged weight (the attribute measures read by default). */
  weight: number;
  /** How many linkages were merged into this edge. */
  count: number;
  /** Merged weight by linkage mode, before mode weights were applied. */
  modes: Partial<Record<LinkageMode, number>>;
  /** Ids of the merged linkages. */
  linkages: string[];
}

const LINKAGE_WEIGHT_TYPE = 'a linkage attribute name, a function (id, linkage, source, target) → number, or null';
const MODE_WEIGHTS_TYPE = 'an object { linkage mode: finite number ≥ 0 }';

function checkModeWeights(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return MODE_WEIGHTS_TYPE;
  for (const w of Object.values(value)) if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) return MODE_WEIGHTS_TYPE;
  return undefined;
}

/** The declared options of {@link project} (checks, defaults and docs/options.md come from here). */
export const projectOptions = defineOptions('project', {
  /** Multiplier per mode (default 1 for every mode). A mode with weight 0 is left out; a negative or non-finite multiplier is an error. */
  modeWeights: customOption<Partial<Record<LinkageMode, number>>>({
    type: MODE_WEIGHTS_TYPE,
    doc: 'Multiplier of the linkage weight per mode; a mode with multiplier 0 is left out.',
    defaultText: '1 for every mode',
    check: checkModeWeights,
  }),
  /** How parallel linkages merge: `'sum'` of weights (default), `'max'`, or `'count'` of linkages. */
  merge: choiceOption(['sum', 'max', 'count'] as const, {
    doc: "How parallel linkages merge: `'sum'` of weights, `'max'`, or `'count'` of linkages.",
    default: 'sum',
  }),
  /**
   * `false` (default): an undirected simple graph, direction ignored.
   * `true`: a directed simple graph; a directed linkage is one arc, an undirected
   * linkage two arcs (one each way), each with the linkage's full weight.
   */
  directed: booleanOption({
    doc: "`false`: an undirected simple graph, direction ignored; `true`: a directed one, where a directed linkage is one arc and an undirected linkage two arcs (one each way), each with the linkage's full weight.",
    default: false,
  }),
  /** Keep self-loops (linkages of a node with itself). Default `true`. */
  selfLoops: booleanOption({ doc: 'Keep self-loops (linkages of a node with itself).', default: true }),
  /**
   * A linkage's weight before mode weights: the name of a numeric linkage
   * attribute (default `'weight'`), a function `(id, linkage, source, target) → number`,
   * or `null` (every linkage counts 1). Every value
   * must be a finite number ≥ 0; all offending linkages are reported together.
   */
  weight: customOption<LinkageWeightOption>({
    type: LINKAGE_WEIGHT_TYPE,
    doc: "A linkage's weight before mode weights; null = every linkage counts 1. Every value must be a finite number ≥ 0 (all offending linkages are reported together).",
    default: 'weight',
    check: (value) => (value === null || typeof value === 'string' || typeof value === 'function' ? undefined : LINKAGE_WEIGHT_TYPE),
  }),
  /** Keep only linkages of these modes (default: all). */
  modes: customOption<readonly LinkageMode[]>({
    type: 'an array of linkage modes',
    doc: 'Keep only linkages of these modes.',
    defaultText: 'every mode',
    check: (value) => (Array.isArray(value) ? undefined : 'an array of linkage modes'),
  }),
  /** Name of the public function to blame in errors (default `'project'`); set by the functions that project on a caller's behalf. */
  caller: stringOption({
    doc: 'Name of the public function that the errors about the network and its linkages name (for functions that project on their caller\'s behalf).',
    default: 'project',
  }),
  ...progressOptionSpecs,
});

/**
 * Options of {@link project}, declared in {@link projectOptions} (see docs/options.md#project).
 * Progress: `onProgress` events name the task `project` (or `caller`), first in unit
 * `linkages` (merging), then in unit `edges` (adding the merged edges), each ending
 * with `done === total`; an aborted `signal` throws `ZonelinkError` code `aborted`.
 */
export type ProjectOptions = OptionsOf<typeof projectOptions>;

/**
 * Projects a ZoneNetwork (a multigraph) to a simple weighted graph that every
 * measure accepts: parallel linkages between a pair merge into one edge whose
 * `weight` is Σ (or max) of `modeWeights[mode] · linkage.weight`, or the count of
 * linkages. Node attributes are kept. With `merge: 'sum'` and `directed: false`
 * the total weight is preserved: Σ edge weights = Σ mode-weighted linkage weights.
 * Edges are keyed `source--target` (undirected; ends in the order first met) or
 * `source->target` (directed).
 *
 * @throws ZonelinkError `invalid-weight` listing every linkage whose weight is
 *   not a finite number ≥ 0; `weight-overflow` listing every merged edge whose
 *   finite weights sum past the largest double (1.8e308), with its linkages.
 * @example
 * const g = project(net, { modeWeights: { 'cross-regional': 2 } });
 * betweenness(g, { distance: 'inverse' });
 */
export function project(
  net: ZoneNetwork,
  options: ProjectOptions = {},
): AbstractGraph<ZoneNodeAttributes, ProjectedEdgeAttributes> {
  const read = projectOptions.read(options);
  const { caller, merge, directed, selfLoops: keepSelfLoops, weight: weightOf } = read;
  checkGraph(caller, net, 'network');
  const modes = read.modes ? new Set<string>(read.modes) : null;
  const modeWeights = read.modeWeights ?? {};
  // Two passes, reported as two tasks of the same name: merging the linkages
  // (unit 'linkages'), then adding one edge per merged pair (unit 'edges').
  const progress = progressReporter(caller, read, net.size, 'linkages');
  let seen = 0;
  const out = new Graph<ZoneNodeAttributes, ProjectedEdgeAttributes>({
    type: directed ? 'directed' : 'undirected',
    multi: false,
    allowSelfLoops: keepSelfLoops,
  });
  // Node index, so that a pair is one number: parallel linkages merge in a Map keyed
  // by it and graphology sees each projected edge once (no per-linkage lookups in the
  // graph, no attribute objects rewritten), which keeps a million linkages to seconds.
  const index = new Map<string, number>();
  net.forEachNode((node, attributes) => {
    index.set(node, index.size);
    out.addNode(node, attributes);
  });
  const n = index.size;
  const pairOf = new Map<number, number>();
  const ends: string[] = [];
  const merged: ProjectedEdgeAttributes[] = [];

  const add = (source: string, target: string, s: number, t: number, id: string, mode: LinkageMode, raw: number, scaled: number) => {
    // Undirected: one pair whichever way it is met; the edge keeps the ends first met.
    const pair = directed || s <= t ? s * n + t : t * n + s;
    const value = merge === 'count' ? 1 : scaled;
    const at = pairOf.get(pair);
    if (at === undefined) {
      pairOf.set(pair, merged.length);
      ends.push(source, target);
      merged.push({ weight: value, count: 1, modes: { [mode]: raw }, linkages: [id] });
      return;
    }
    const a = merged[at];
    a.weight = merge === 'max' ? Math.max(a.weight, value) : a.weight + value;
    a.count += 1;
    a.modes[mode] = (a.modes[mode] ?? 0) + raw;
    a.linkages.push(id);
  };

  const issues: ZonelinkIssue[] = [];
  net.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if ((++seen & PROGRESS_CHUNK_MASK) === 0) progress.tick(PROGRESS_CHUNK_MASK + 1);
    if (source === target && !keepSelfLoops) return;
    if (modes && !modes.has(attributes.mode)) return;
    const factor = modeWeights[attributes.mode] ?? 1;
    if (factor === 0) return;
    const raw = readLinkageWeight(caller, weightOf, attributes, edge, source, target, issues);
    if (raw === undefined) return;
    const scaled = raw * factor;
    const s = index.get(source)!;
    const t = index.get(target)!;
    add(source, target, s, t, edge, attributes.mode, raw, scaled);
    if (directed && undirected && source !== target) add(target, source, t, s, edge, attributes.mode, raw, scaled);
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-weight', `${caller}: invalid linkage weights`, issues);
  // Finite linkage weights can still sum past the largest double (two parallel 1e308s):
  // an Infinity edge weight would fail every measure later, far from its cause.
  for (let e = 0; e < merged.length; e++) {
    const a = merged[e];
    if (Number.isFinite(a.weight)) continue;
    const key = `${ends[2 * e]}${directed ? '->' : '--'}${ends[2 * e + 1]}`;
    issues.push({
      code: 'weight-overflow',
      message: `the ${a.count} linkages ${clipText(a.linkages.join(', '))} between ${clipText(ends[2 * e])} and ${clipText(ends[2 * e + 1])} sum to more than 1.8e308 (the largest finite number); divide every weight by a common factor`,
      id: key,
    });
  }
  if (issues.length > 0) throw new ZonelinkError('weight-overflow', `${caller}: merged linkage weights overflow`, issues);
  progress.finish();
  const edgeProgress = progressReporter(caller, read, merged.length, 'edges');
  const separator = directed ? '->' : '--';
  for (let e = 0; e < merged.length; e++) {
    const source = ends[2 * e];
    const target = ends[2 * e + 1];
    out.addEdgeWithKey(`${source}${separator}${target}`, source, target, merged[e]);
    if ((e & PROGRESS_CHUNK_MASK) === PROGRESS_CHUNK_MASK) edgeProgress.tick(PROGRESS_CHUNK_MASK + 1);
  }
  edgeProgress.finish();
  return out;
}
