import { gini } from '../inequality/gini.js';
import type { GroupLabel } from '../inequality/group-units.js';

/** Per-group summary of {@link indicatorInequality}. */
export interface IndicatorGroupStats {
  group: GroupLabel;
  /** Number of units. */
  n: number;
  /** (Weighted) mean of the group (NaN when its weights sum to 0). */
  mean: number;
  /** (Weighted) Gini within the group (0 for one unit; NaN when its weights sum to 0). */
  gini: number;
}

/**
 * Per group, in order of first appearance: n, the (weighted) mean Σwx/Σw and the
 * (weighted) Gini of its values. `weights` null means every weight is 1.
 */
export function groupSummaries(values: readonly number[], weights: readonly number[] | null, labels: readonly GroupLabel[]): IndicatorGroupStats[] {
  const members = new Map<GroupLabel, number[]>();
  labels.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  return [...members].map(([group, idx]) => {
    let sw = 0;
    let sx = 0;
    for (const i of idx) {
      const w = weights ? weights[i] : 1;
      sw += w;
      sx += w * values[i];
    }
    const gw = weights ? idx.map((i) => weights[i]) : null;
    return {
      group,
      n: idx.length,
      mean: sw === 0 ? NaN : sx / sw,
      gini: gw !== null && sw === 0 ? NaN : gini(idx.map((i) => values[i]), { weights: gw }),
    };
  });
}
