import { choiceOption, customOption, numberOption } from '../../options/option-spec.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { classOf, quantileCutoffs } from './quantile-cutoffs.js';

/** How a panel is cut into classes (internal). */
export interface ClassifySpec {
  /** Number of quantile classes. */
  classes: number;
  /** Quantiles of each period separately, or of all n·T values pooled. */
  quantiles: 'by-period' | 'pooled';
  /** User cutoffs c₁ < … < c_{k−1}: class 0 is x ≤ c₁, class j is c_j < x ≤ c_{j+1}, the last x > c_{k−1}. */
  cutoffs?: number[];
}

/** A classified panel (internal). */
export interface ClassifiedPanel {
  k: number;
  /** class of unit i in period t at i·T + t. */
  ids: Int32Array;
  /** The k − 1 cutoffs between classes (giddy's `cutoffs`): one array per period ('by-period') or one. */
  cutoffs: number[][];
}

/** The declaration of a class-count option (`classes`, `lagClasses`) with the measure's own default. */
export function classCountOption(doc: string, fallback: number) {
  return numberOption({ doc, default: fallback, integer: true, min: 2, max: 100 });
}

/** The declaration of `quantiles` (how quantile classes are cut) with the measure's own default. */
export function quantilesOption(fallback: 'by-period' | 'pooled', doc: string) {
  return choiceOption(['by-period', 'pooled'] as const, { doc, default: fallback });
}

const CUTOFFS_TYPE = 'an ascending array of finite numbers';

/** The declaration of a user cut-offs option (`cutoffs`, `lagCutoffs`): used instead of quantiles. */
export function cutoffsOption(doc: string) {
  return customOption<number[]>({
    type: CUTOFFS_TYPE,
    doc,
    defaultText: 'quantile classes',
    check: (v) =>
      Array.isArray(v) && v.length >= 1 && v.every((c, i) => typeof c === 'number' && Number.isFinite(c) && (i === 0 || c > (v[i - 1] as number))) ? undefined : CUTOFFS_TYPE,
  });
}

/** Validates the class options for `caller` (internal). */
export function readClassSpec(caller: string, field: string, classes: unknown, quantiles: unknown, cutoffs: unknown, defaults: { classes: number; quantiles: 'by-period' | 'pooled' }): ClassifySpec {
  if (cutoffs !== undefined) {
    const ok = Array.isArray(cutoffs) && cutoffs.length >= 1 && cutoffs.every((c, i) => typeof c === 'number' && Number.isFinite(c) && (i === 0 || c > (cutoffs[i - 1] as number)));
    if (!ok) invalidArgument(caller, `${field === 'classes' ? 'cutoffs' : 'lagCutoffs'} must be an ascending array of finite numbers`, { field: field === 'classes' ? 'cutoffs' : 'lagCutoffs', value: cutoffs });
    return { classes: (cutoffs as number[]).length + 1, quantiles: 'pooled', cutoffs: cutoffs as number[] };
  }
  const k = classes ?? defaults.classes;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 2 || k > 100) invalidArgument(caller, `${field} must be an integer in [2, 100], got ${String(k)}`, { field, value: k });
  const q = quantiles ?? defaults.quantiles;
  if (q !== 'by-period' && q !== 'pooled') invalidArgument(caller, `quantiles must be 'by-period' or 'pooled', got ${String(q)}`, { field: 'quantiles', value: q });
  return { classes: k, quantiles: q };
}

/**
 * Classes of every unit and period under `spec` (internal). Quantile classes whose
 * bounds coincide (heavy ties) are an error: the class count would silently shrink.
 */
export function classifyPanel(caller: string, data: Float64Array, n: number, T: number, spec: ClassifySpec): ClassifiedPanel {
  const ids = new Int32Array(n * T);
  if (spec.cutoffs) {
    for (let p = 0; p < n * T; p++) ids[p] = classOf(data[p], spec.cutoffs, spec.classes);
    return { k: spec.classes, ids, cutoffs: [spec.cutoffs] };
  }
  const k = spec.classes;
  const check = (bounds: number[], where: string) => {
    if (bounds.length < k) invalidArgument(caller, `too many tied values ${where} to form ${k} quantile classes (only ${bounds.length} distinct bounds); use fewer classes or cutoffs`, { field: 'classes', value: k, code: 'tied-quantiles' });
  };
  if (spec.quantiles === 'pooled') {
    const bounds = quantileCutoffs(data, k);
    check(bounds, 'in the pooled values');
    for (let p = 0; p < n * T; p++) ids[p] = classOf(data[p], bounds, k);
    return { k, ids, cutoffs: [bounds.slice(0, -1)] };
  }
  const cutoffs: number[][] = [];
  const column = new Float64Array(n);
  for (let t = 0; t < T; t++) {
    for (let i = 0; i < n; i++) column[i] = data[i * T + t];
    const bounds = quantileCutoffs(column, k);
    check(bounds, `in period ${t}`);
    cutoffs.push(bounds.slice(0, -1));
    for (let i = 0; i < n; i++) ids[i * T + t] = classOf(column[i], bounds, k);
  }
  return { k, ids, cutoffs };
}

/** Row-normalised transition probabilities; a row without transitions stays 0 (giddy's default) (internal). */
export function rowProbabilities(counts: number[][]): number[][] {
  return counts.map((row) => {
    const sum = row.reduce((s, v) => s + v, 0);
    return row.map((v) => (sum === 0 ? 0 : v / sum));
  });
}
