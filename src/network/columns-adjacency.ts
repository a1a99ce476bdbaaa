import { ZonelinkError } from '../error/zonelink-error.js';
import { clipText } from '../error/clip-text.js';
import { throwProblems } from '../error/throw-problems.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { customOption, numberOption } from '../options/option-spec.js';
import { progressReporter } from '../progress/progress-reporter.js';
import { progressOptionSpecs } from '../progress/progress-option-specs.js';
import { LINKAGE_MODE_CODES, type LinkageColumns } from '../io/linkage-columns.js';
import type { LinkageMode } from '../schema/taxonomy.js';
import type { CompactAdjacency } from './compact-adjacency.js';
import { linkageActiveIn } from './year-view.js';
import { projectOptions } from './project.js';
import { snapshotOptions } from './snapshot.js';

/** The declared options of {@link columnsAdjacency}: `project`'s and `snapshot`'s choices, for typed columns (checks, defaults and docs/options.md come from here). */
export const columnsAdjacencyOptions = defineOptions('columnsAdjacency', {
  /** `false` (default): undirected, direction ignored. `true`: a directed linkage is one arc, an undirected one two arcs (as `project`). */
  directed: projectOptions.specs.directed,
  /** How parallel linkages merge: `'sum'` of weights (default), `'max'`, or `'count'`. */
  merge: projectOptions.specs.merge,
  /** Multiplier per mode (default 1); 0 leaves the mode out. */
  modeWeights: projectOptions.specs.modeWeights,
  /** Keep only these modes (default all). */
  modes: projectOptions.specs.modes,
  /** Keep only linkages active in this year (startYear ≤ year ≤ endYear, open ends counting as active), as `snapshot`. */
  year: numberOption({ doc: 'Keep only linkages active in this year (startYear ≤ year ≤ endYear, open ends counting as active), as snapshot.', integer: true, defaultText: 'every year' }),
  /** With `year`: keep (default) or drop linkages without a start year, as `snapshot`'s `undatedLinkages`. */
  undated: snapshotOptions.specs.undatedLinkages,
  /** `'weight'` (default) reads the weight column; `null` counts every linkage 1. */
  weight: customOption<'weight' | null>({
    type: "'weight' or null",
    doc: "'weight' reads the weight column; null counts every linkage 1.",
    default: 'weight',
    check: (value) => (value === 'weight' || value === null ? undefined : "'weight' or null"),
  }),
  /** Called with `{ task: 'columnsAdjacency', done, total: 4, unit: 'passes' }` after each pass over the linkages (filter, rows, incoming rows, self-loops); `signal` cancels between passes (code `aborted`). */
  ...progressOptionSpecs,
});

/** Options of {@link columnsAdjacency}, declared in {@link columnsAdjacencyOptions}. */
export type ColumnsAdjacencyOptions = OptionsOf<typeof columnsAdjacencyOptions>;

const FN = 'columnsAdjacency';

/**
 * Builds the compact adjacency (CSR) that every fast measure takes directly from
 * {@link LinkageColumns}: the same graph `compactAdjacency(project(snapshot(net, year)))`
 * gives, without a graphology graph or an object per linkage. Parallel linkages
 * between a pair merge into one edge (Σ, max or count of mode-weighted weights);
 * every node of the columns is a node of the graph, isolated ones included, in
 * the columns' node order.
 *
 * Cost: O(n + m) time in four passes over the linkages (a counting sort by source
 * and a merge of each row with a marker array); memory about 24 bytes per kept
 * directed arc (an undirected edge is two arcs) plus 4 bytes per node.
 *
 * @example
 * const columns = readLinkageColumns('id,source,target,mode,weight\nl1,a,b,产业链,2\nl2,b,a,跨区域,3\n');
 * const csr = columnsAdjacency(columns);
 * csr.edgeCount;   // 1 (the two linkages between a and b merge)
 * csr.outWeights;  // Float64Array [5, 5]
 */
export function columnsAdjacency(columns: LinkageColumns, options: ColumnsAdjacencyOptions = {}): CompactAdjacency {
  if (columns === null || typeof columns !== 'object' || !(columns.source instanceof Int32Array)) {
    throw new ZonelinkError('invalid-argument', `${FN}: expected linkage columns from readLinkageColumns`, [{ code: 'invalid-argument', message: `${FN}: columns` }]);
  }
  const { values, issues } = columnsAdjacencyOptions.collect(options);
  const { directed, merge, weight: weighting, year, undated, modeWeights, modes, onProgress, signal } = values;
  const useWeight = weighting === 'weight';
  const factor = new Float64Array(LINKAGE_MODE_CODES.length).fill(1);
  // Modes outside the taxonomy are reported with the options' other problems, in one error.
  const notAMode = (field: string, mode: string) =>
    issues.push({ code: 'invalid-argument', message: `${FN}: option ${field} has ${clipText(mode)}, which is not a linkage mode (${LINKAGE_MODE_CODES.join(', ')})`, field });
  for (const [mode, w] of Object.entries(modeWeights ?? {})) {
    const k = LINKAGE_MODE_CODES.indexOf(mode as LinkageMode);
    if (k < 0) notAMode('modeWeights', mode);
    else factor[k] = w;
  }
  if (modes !== undefined) {
    const keep = new Set<string>(modes);
    for (const mode of keep) if (!LINKAGE_MODE_CODES.includes(mode as LinkageMode)) notAMode('modes', String(mode));
    LINKAGE_MODE_CODES.forEach((mode, k) => {
      if (!keep.has(mode)) factor[k] = 0;
    });
  }
  throwProblems(FN, 'options', issues);
  const progress = progressReporter(FN, { onProgress, signal }, 4, 'passes');

  const n = columns.nodes.length;
  const m = columns.length;
  const { source, target, weight, mode, startYear, endYear } = columns;
  const kept = new Uint8Array(m);
  const value = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const f = factor[mode[e]];
    if (f === 0) continue;
    // 0 is the columns' "no year"; the rule itself is snapshot's
    if (year !== undefined && !linkageActiveIn(startYear[e] === 0 ? undefined : startYear[e], endYear[e] === 0 ? undefined : endYear[e], year, undated)) continue;
    kept[e] = 1;
    value[e] = merge === 'count' ? 1 : (useWeight ? weight[e] : 1) * f;
  }
  progress.tick();
  const twoWay = (e: number) => !directed || columns.directed[e] === 0;
  const out = mergedRows(n, m, kept, source, target, value, (e) => (directed ? twoWay(e) : true), merge);
  progress.tick();
  const incoming = directed ? mergedRows(n, m, kept, target, source, value, twoWay, merge) : out;
  progress.tick();
  let selfLoopCount = 0;
  for (let i = 0; i < n; i++) {
    for (let p = out.offsets[i]; p < out.offsets[i + 1]; p++) if (out.targets[p] === i) selfLoopCount++;
  }
  const arcs = out.offsets[n];
  progress.finish();
  return {
    nodes: columns.nodes,
    index: columns.index,
    directed,
    weighted: useWeight,
    outOffsets: out.offsets,
    outTargets: out.targets,
    outWeights: out.weights,
    inOffsets: incoming.offsets,
    inSources: incoming.targets,
    inWeights: incoming.weights,
    edgeCount: directed ? arcs : (arcs + selfLoopCount) / 2,
    selfLoopCount,
  };
}

/**
 * Rows of kept arcs from → to (and to → from where `reverse(e)`), parallel arcs
 * merged. Row entries keep the order in which arcs were first met.
 */
function mergedRows(
  n: number,
  m: number,
  kept: Uint8Array,
  from: Int32Array,
  to: Int32Array,
  value: Float64Array,
  reverse: (e: number) => boolean,
  merge: 'sum' | 'max' | 'count',
): { offsets: Int32Array; targets: Int32Array; weights: Float64Array } {
  const counts = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    if (kept[e] === 0) continue;
    counts[from[e] + 1]++;
    if (from[e] !== to[e] && reverse(e)) counts[to[e] + 1]++;
  }
  for (let i = 0; i < n; i++) counts[i + 1] += counts[i];
  const total = counts[n];
  const rawTargets = new Int32Array(total);
  const rawWeights = new Float64Array(total);
  const cursor = counts.slice(0, n);
  for (let e = 0; e < m; e++) {
    if (kept[e] === 0) continue;
    const a = from[e];
    const b = to[e];
    let p = cursor[a]++;
    rawTargets[p] = b;
    rawWeights[p] = value[e];
    if (a !== b && reverse(e)) {
      p = cursor[b]++;
      rawTargets[p] = a;
      rawWeights[p] = value[e];
    }
  }
  // Merge parallel arcs row by row: where[t] is the slot of t in the current row (valid when owner[t] is the row).
  const where = new Int32Array(n);
  const owner = new Int32Array(n).fill(-1);
  const offsets = new Int32Array(n + 1);
  let write = 0;
  for (let i = 0; i < n; i++) {
    const rowStart = write;
    for (let p = counts[i]; p < counts[i + 1]; p++) {
      const t = rawTargets[p];
      if (owner[t] === i) {
        const q = where[t];
        rawWeights[q] = merge === 'max' ? Math.max(rawWeights[q], rawWeights[p]) : rawWeights[q] + rawWeights[p];
      } else {
        owner[t] = i;
        where[t] = write;
        rawTargets[write] = t;
        rawWeights[write] = rawWeights[p];
        write++;
      }
    }
    offsets[i] = rowStart;
  }
  offsets[n] = write;
  return { offsets, targets: rawTargets.slice(0, write), weights: rawWeights.slice(0, write) };
}
