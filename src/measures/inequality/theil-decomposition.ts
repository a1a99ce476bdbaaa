import { invalidArgument } from '../../error/zonelink-error.js';
import { generalizedEntropyKernel, generalizedEntropyOfValidated } from './generalized-entropy.js';
import { groupUnits, splitGroups, summarizeGroups, type GroupLabel } from './group-units.js';
import { validateValues } from './validate-values.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption, customOption } from '../../options/option-spec.js';
import { weightsOption } from './inequality-option-specs.js';

const INDEX_TYPE = "'T', 'L' or a finite number";

/** The declared options of {@link theilDecomposition} (checks, defaults and docs/options.md come from here). */
export const theilDecompositionOptions = defineOptions('theilDecomposition', {
  index: customOption<'T' | 'L' | number>({
    type: INDEX_TYPE,
    doc: "Which index to decompose: `'T'` (GE(1)), `'L'` (GE(0)) or any finite α for GE(α).",
    default: 'T',
    check: (value) => (value === 'T' || value === 'L' || (typeof value === 'number' && Number.isFinite(value)) ? undefined : INDEX_TYPE),
  }),
  weights: weightsOption,
  nested: booleanOption({
    doc: 'Groups are pairs `[group, subgroup]` per unit (e.g. `[region, province]`) and the two-level decomposition is returned too. A subgroup is identified by its pair, so the same subgroup label under two groups names two subgroups.',
    default: false,
  }),
});

/** Options of {@link theilDecomposition}, declared in {@link theilDecompositionOptions} (see docs/options.md#theildecomposition). */
export type TheilDecompositionOptions = OptionsOf<typeof theilDecompositionOptions>;

/** One group's part of a decomposition. */
export interface GroupContribution {
  group: GroupLabel;
  /** Number of units n_g. */
  size: number;
  /** v_g = Σ_{i∈g} p_i. */
  populationShare: number;
  /** s_g = v_g μ_g / μ. */
  valueShare: number;
  /** μ_g. */
  mean: number;
  /** GE(α) within the group (0 for a group of one unit or of equal values). */
  index: number;
  /** v_g^{1−α} s_g^α GE_g, its term in the within component (0 when s_g = 0 and α > 0). */
  contribution: number;
  /** contribution / total. */
  contributionShare: number;
}

/** The two-level (nested) decomposition: total = betweenGroups + betweenSubgroupsWithinGroups + withinSubgroups. */
export interface NestedTheilDecomposition {
  betweenGroups: number;
  betweenSubgroupsWithinGroups: number;
  withinSubgroups: number;
  betweenGroupsShare: number;
  betweenSubgroupsWithinGroupsShare: number;
  withinSubgroupsShare: number;
  /** Per group: v_g^{1−α} s_g^α × GE of its subgroup means, its term in betweenSubgroupsWithinGroups. */
  betweenSubgroupsByGroup: { group: GroupLabel; contribution: number }[];
  /** Per subgroup, with its parent group: its term in withinSubgroups. */
  subgroups: (GroupContribution & { parent: GroupLabel })[];
}

/** Shorrocks decomposition of a generalised entropy index into between- and within-group parts (result of {@link theilDecomposition}). */
export interface TheilDecomposition {
  /** The α decomposed (1 for 'T', 0 for 'L'). */
  alpha: number;
  total: number;
  between: number;
  within: number;
  betweenShare: number;
  withinShare: number;
  /** Groups in order of first appearance. */
  groups: GroupContribution[];
  /** Present when `nested: true`. */
  nested?: NestedTheilDecomposition;
}

function groupIndex(x: Float64Array, w: Float64Array | null, alpha: number): number {
  if (x.length <= 1) return 0;
  let equal = true;
  for (let i = 1; i < x.length; i++) {
    if (x[i] !== x[0]) {
      equal = false;
      break;
    }
  }
  if (equal) return 0;
  if (w) {
    let any = false;
    for (let i = 0; i < w.length; i++) if (w[i] > 0) any = true;
    if (!any) return NaN;
  }
  return generalizedEntropyKernel(x, w, alpha);
}

function contributionOf(v: number, s: number, alpha: number, ge: number): number {
  if (v === 0 || (s === 0 && alpha > 0)) return 0;
  return Math.pow(v, 1 - alpha) * Math.pow(s, alpha) * ge;
}

function contributions(
  x: Float64Array,
  w: Float64Array | null,
  index: Int32Array,
  labels: GroupLabel[],
  mu: number,
  alpha: number,
): { groups: GroupContribution[]; means: Float64Array; shares: Float64Array } {
  const k = labels.length;
  const summary = summarizeGroups(x, w, index, k);
  const split = splitGroups(x, w, index, k);
  const groups: GroupContribution[] = [];
  for (let g = 0; g < k; g++) {
    const v = summary.populationShares[g];
    const s = (v * summary.means[g]) / mu;
    const ge = groupIndex(split.x[g], split.w[g], alpha);
    groups.push({
      group: labels[g],
      size: summary.sizes[g],
      populationShare: v,
      valueShare: s,
      mean: summary.means[g],
      index: ge,
      contribution: contributionOf(v, s, alpha, ge),
      contributionShare: NaN,
    });
  }
  return { groups, means: summary.means, shares: summary.populationShares };
}

const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);

/**
 * Shorrocks decomposition of GE(α) (Theil T by default) into between- and
 * within-group parts, exact for every α (Shorrocks 1980, 1984):
 * between B = GE of the distribution in which each unit has its group mean;
 * within W = Σ_g v_g^{1−α} s_g^α GE_g (Theil T: B = Σ s_g ln(s_g/v_g), W = Σ s_g T_g;
 * Theil L: W = Σ v_g L_g), with v_g the population share and s_g the value share of
 * group g. Returns total, between, within, their shares and each group's contribution.
 *
 * With `nested: true` groups are `[group, subgroup]` pairs (regions ⊃ provinces ⊃
 * units) and the identity is applied twice: total = between groups + between
 * subgroups within groups + within subgroups.
 *
 * Edge cases: the shared input policy (n = 0, NaN/±Infinity, negative values, bad
 * weights → ZonelinkError; n = 1 and all-equal → every part 0; Σx = 0 → NaN). A group
 * of one unit or of equal values has GE_g = 0. Zeros are kept, so GE(α ≤ 0) with a zero
 * is +Infinity. Shares are NaN when total = 0.
 * Options: see docs/options.md#theildecomposition.
 *
 * Reference: Shorrocks, A. F. (1980), Econometrica 48(3):613–625; Shorrocks (1984),
 * Econometrica 52(6):1369–1385.
 *
 * @example
 * const d = theilDecomposition([1, 2, 3, 4], ['a', 'a', 'b', 'b']);
 * d.between + d.within === d.total; // up to rounding
 */
export function theilDecomposition(
  values: ArrayLike<number>,
  groups: ArrayLike<GroupLabel> | ArrayLike<readonly [GroupLabel, GroupLabel]>,
  options: TheilDecompositionOptions = {},
): TheilDecomposition {
  return decomposeGeneralizedEntropy('theilDecomposition', values, groups, theilDecompositionOptions.read(options));
}

/** {@link theilDecomposition} reporting errors under the public function name `fn`. Internal. */
export function decomposeGeneralizedEntropy(
  fn: string,
  values: ArrayLike<number>,
  groups: ArrayLike<GroupLabel> | ArrayLike<readonly [GroupLabel, GroupLabel]>,
  options: TheilDecompositionOptions,
): TheilDecomposition {
  const index = options.index ?? 'T';
  let alpha: number;
  if (index === 'T') alpha = 1;
  else if (index === 'L') alpha = 0;
  else if (typeof index === 'number' && Number.isFinite(index)) alpha = index;
  else return invalidArgument(fn, `index must be 'T', 'L' or a finite number, got ${String(index)}`, { field: 'index', value: index });
  // Rescaled by a power of two (exact): GE indices are scale-invariant; group means are scaled back below.
  const v = validateValues(fn, values, { weights: options.weights, negatives: 'error', rescale: true });
  const nested = options.nested ?? false;
  let top: ArrayLike<GroupLabel>;
  let subIndex: Int32Array | null = null;
  const pairParts: [GroupLabel, GroupLabel][] = [];
  if (nested) {
    if (groups == null || typeof groups.length !== 'number') {
      return invalidArgument(fn, 'groups must be an array of [group, subgroup] pairs', { field: 'groups' });
    }
    const notPairs: number[] = [];
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] as unknown;
      if (!Array.isArray(g) || g.length !== 2) notPairs.push(i);
    }
    if (notPairs.length > 0) {
      return invalidArgument(fn, `with nested: true, groups must be [group, subgroup] pairs; not a pair at positions ${notPairs.join(', ')}`, { field: 'groups', index: notPairs[0] });
    }
    const pairs = groups as ArrayLike<readonly [GroupLabel, GroupLabel]>;
    // validate the labels of both levels (names the positions)
    top = Array.from(pairs, (g) => g[0]);
    groupUnits(fn, top, v.n, 'groups[*][0]');
    groupUnits(fn, Array.from(pairs, (g) => g[1]), v.n, 'groups[*][1]');
    subIndex = new Int32Array(v.n);
    const seen = new Map<GroupLabel, Map<GroupLabel, number>>();
    for (let i = 0; i < v.n; i++) {
      const [a, b] = pairs[i];
      let inner = seen.get(a);
      if (!inner) seen.set(a, (inner = new Map()));
      let j = inner.get(b);
      if (j === undefined) {
        j = pairParts.length;
        inner.set(b, j);
        pairParts.push([a, b]);
      }
      subIndex[i] = j;
    }
  } else {
    top = groups as ArrayLike<GroupLabel>;
  }
  const grouped = groupUnits(fn, top, v.n);
  const k = grouped.labels.length;
  const total = generalizedEntropyOfValidated(v, alpha, false);
  const parts = contributions(v.x, v.w, grouped.index, grouped.labels, v.mean, alpha);
  let between: number;
  let within: number;
  if (v.trivial === 'zero-sum') {
    between = NaN;
    within = NaN;
  } else if (v.trivial !== null) {
    between = 0;
    within = 0;
    for (const g of parts.groups) g.contribution = 0;
  } else {
    between = k === 1 ? 0 : generalizedEntropyKernel(parts.means, parts.shares, alpha);
    within = 0;
    for (const g of parts.groups) within += g.contribution;
  }
  for (const g of parts.groups) g.contributionShare = ratio(g.contribution, total);
  const result: TheilDecomposition = {
    alpha,
    total,
    between,
    within,
    betweenShare: ratio(between, total),
    withinShare: ratio(within, total),
    groups: parts.groups,
  };
  if (subIndex) {
    const sub = { index: subIndex, labels: pairParts.map((p) => p[1]) };
    const subParts = contributions(v.x, v.w, sub.index, sub.labels, v.mean, alpha);
    const parentOf = new Int32Array(sub.labels.length);
    for (let i = 0; i < v.n; i++) parentOf[sub.index[i]] = grouped.index[i];
    const subgroups = subParts.groups.map((g, j) => ({ ...g, group: pairParts[j][1], parent: pairParts[j][0] }));
    let withinSubgroups = 0;
    const betweenSubgroupsByGroup: { group: GroupLabel; contribution: number }[] = [];
    let betweenSub = 0;
    if (v.trivial === 'zero-sum') {
      withinSubgroups = NaN;
      betweenSub = NaN;
    } else if (v.trivial !== null) {
      for (const g of subgroups) g.contribution = 0;
      for (const g of parts.groups) betweenSubgroupsByGroup.push({ group: g.group, contribution: 0 });
    } else {
      for (const g of subgroups) withinSubgroups += g.contribution;
      for (let r = 0; r < k; r++) {
        const means: number[] = [];
        const shares: number[] = [];
        for (let j = 0; j < sub.labels.length; j++) {
          if (parentOf[j] === r) {
            means.push(subParts.means[j]);
            shares.push(subParts.shares[j]);
          }
        }
        const g = parts.groups[r];
        const ge = means.length === 1 ? 0 : generalizedEntropyKernel(means, shares, alpha);
        const c = contributionOf(g.populationShare, g.valueShare, alpha, ge);
        betweenSubgroupsByGroup.push({ group: g.group, contribution: c });
        betweenSub += c;
      }
    }
    for (const g of subgroups) g.contributionShare = ratio(g.contribution, total);
    result.nested = {
      betweenGroups: between,
      betweenSubgroupsWithinGroups: betweenSub,
      withinSubgroups,
      betweenGroupsShare: ratio(between, total),
      betweenSubgroupsWithinGroupsShare: ratio(betweenSub, total),
      withinSubgroupsShare: ratio(withinSubgroups, total),
      betweenSubgroupsByGroup,
      subgroups,
    };
    if (v.unit !== 1) for (const g of subgroups) g.mean *= v.unit;
  }
  if (v.unit !== 1) for (const g of parts.groups) g.mean *= v.unit;
  return result;
}
