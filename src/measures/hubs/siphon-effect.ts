import { ascending } from 'd3-array';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { gini } from '../inequality/gini.js';
import { networkGroupMetrics, projectNetwork } from './network-group-metrics.js';
import { readNetwork, type ZoneNetworkLike } from '../../network/network-contents.js';
import { linkageReadOptionSpecs } from '../../network/linkage-read-option-specs.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { numberOption, stringOption } from '../../options/option-spec.js';

/** Verdict of {@link siphonEffect}. */
export type SiphonVerdict = 'siphon' | 'spread' | 'mixed';

/** The declared options of {@link siphonEffect} (checks, defaults and docs/options.md come from here); `indicator`, `from` and `to` are required. */
export const siphonEffectOptions = defineOptions('siphonEffect', {
  indicator: stringOption({ doc: "Required. The stock indicator read from node records (`indicators[year][indicator]`), e.g. `'gdp'`.", defaultText: 'none (required)' }),
  from: numberOption({ doc: 'Required. Base year t0 (the indicator year read first, and the first snapshot year of the linkages).', defaultText: 'none (required)', integer: true }),
  to: numberOption({ doc: 'Required. End year t1 (> from).', defaultText: 'none (required)', integer: true }),
  hub: stringOption({ doc: 'The hub, a member of the group.', defaultText: "the group's linkage hub at `from` (at `to` if the group has no internal linkage at `from`)" }),
  weight: linkageReadOptionSpecs.weight,
});

/** Options of {@link siphonEffect}, declared in {@link siphonEffectOptions} (see docs/options.md#siphoneffect): `indicator`, `from` and `to` are required. */
export type SiphonEffectOptions = OptionsOf<typeof siphonEffectOptions> & { indicator: string; from: number; to: number };

/** Result of {@link siphonEffect}. */
export interface SiphonEffectResult {
  hub: string;
  group: string[];
  indicator: string;
  from: number;
  to: number;
  /** CR1 = the hub's share of the group total at t0. */
  hubShareFrom: number;
  /** The hub's share of the group total at t1. */
  hubShareTo: number;
  /** ΔCR1 = hubShareTo − hubShareFrom: how the hub's share of the group total changed. */
  hubShareChange: number;
  /** Growth x_t1/x_t0 − 1 of every member. */
  growth: Record<string, number>;
  /** Hub growth − mean spoke growth. */
  growthDifferential: number;
  /** Gini of the group's values at t0. */
  giniFrom: number;
  /** Gini of the group's values at t1. */
  giniTo: number;
  /** ΔGini = giniTo − giniFrom. */
  giniChange: number;
  /** Weight of directed linkages active at t1 from spokes to the hub (In) and from the hub to spokes (Out). */
  inflow: number;
  outflow: number;
  /** (In − Out)/(In + Out); NaN without directed linkages between hub and spokes. */
  netInflowRatio: number;
  /** Shift index 100·(share_t1/share_t0) − 100 of every member. */
  shiftIndex: Record<string, number>;
  /** The hub's shift index. */
  hubShiftIndex: number;
  /** SSH (spoke share to hub) at t0, the same hub at both years (NaN where the spokes have no linkage). */
  spokeShareFrom: number;
  /** SSH at t1 with the same hub. */
  spokeShareTo: number;
  /** ΔSSH = spokeShareTo − spokeShareFrom: how the spokes' share of linkage to the hub changed. */
  spokeShareChange: number;
  verdict: SiphonVerdict;
}

/**
 * Siphon (虹吸) or spread: how a group's hub fared against its spokes between two
 * years t0 → t1:
 *
 * - hubShareChange (ΔCR1) = x_h(t1)/Σx(t1) − x_h(t0)/Σx(t0), the hub's share of a stock variable;
 * - growth differential = g_h − mean_{s≠h} g_s, g = x(t1)/x(t0) − 1;
 * - giniChange (ΔGini) = G(t1) − G(t0) of the group's values (uncorrected Gini, {@link gini});
 * - net inflow ratio (In − Out)/(In + Out) of the directed linkages between hub and
 *   spokes active at t1;
 * - shift index 100·(share(t1)/share(t0)) − 100 per member;
 * - spokeShareChange (ΔSSH) = SSH(t1) − SSH(t0), the spoke share to hub with the same hub (undirected
 *   projection of the linkages active in each year).
 *
 * Verdict: 'siphon' when hubShareChange > 0, growth differential > 0 and giniChange > 0; 'spread'
 * when all three are < 0; 'mixed' otherwise.
 *
 * @throws ZonelinkError naming `siphonEffect` for unknown or duplicate members, a group
 *   of fewer than two nodes, a hub outside the group, years that are not integers or
 *   with to ≤ from, and every missing, non-finite or negative indicator value and every
 *   zero value at t0 (growth undefined), each with node and year.
 *   Options: see docs/options.md#siphoneffect.
 *
 * Reference: the siphon effect (虹吸效应) as discussed in 人民论坛·学术前沿 2025(4), doi:10.16619/j.cnki.rmltxsqy.2025.04.004 (docs/references.md); shift-share
 * style shift index; Gini (1912).
 *
 * @example
 * siphonEffect(network, ['wuhan', 'xiaogan', 'ezhou'], { indicator: 'gdp', from: 2015, to: 2020 }).verdict;
 */
export function siphonEffect(network: ZoneNetworkLike, group: readonly string[], options: SiphonEffectOptions): SiphonEffectResult {
  const caller = 'siphonEffect';
  if (options === undefined) invalidArgument(caller, 'options { indicator, from, to } are required', { field: 'options' });
  const read = siphonEffectOptions.read(options);
  const { indicator, from, to } = read;
  if (indicator === undefined) invalidArgument(caller, 'option indicator is required', { field: 'indicator' });
  if (from === undefined || to === undefined) invalidArgument(caller, 'options from and to (integer years) are required', { field: from === undefined ? 'from' : 'to' });
  if (to <= from) invalidArgument(caller, `to (${to}) must be after from (${from})`, { field: 'to', value: to });
  const all = readNetwork(network, { caller, weight: read.weight });
  if (!Array.isArray(group)) invalidArgument(caller, 'group must be an array of node ids', { field: 'group' });
  const issues: ZonelinkIssue[] = [];
  const seen = new Set<string>();
  group.forEach((id, index) => {
    if (!all.records.has(id)) issues.push({ code: 'unknown-node', message: `${caller}: group member ${String(id)} (position ${index}) is not a node of the network`, id: String(id), index, field: 'group' });
    else if (seen.has(id)) issues.push({ code: 'duplicate-node', message: `${caller}: group lists ${id} twice (position ${index})`, id, index, field: 'group' });
    seen.add(id);
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid group`, issues);
  const members = [...group].sort(ascending);
  if (members.length < 2) invalidArgument(caller, `a group needs at least two nodes, got ${members.length}`, { field: 'group' });
  if (read.hub !== undefined && !seen.has(read.hub)) invalidArgument(caller, `hub ${String(read.hub)} is not a member of the group`, { code: 'unknown-hub', id: String(read.hub), field: 'hub' });

  // indicator values at both years, every problem at once
  const x0 = new Float64Array(members.length);
  const x1 = new Float64Array(members.length);
  members.forEach((id, k) => {
    for (const [year, target] of [[from, x0], [to, x1]] as const) {
      const v = all.records.get(id)!.indicators?.[String(year)]?.[indicator];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        issues.push({ code: 'missing-indicator', message: `${caller}: node ${id} has ${indicator} = ${String(v)} in ${year}; expected a finite number ≥ 0`, id, field: `indicators.${year}.${indicator}`, value: v });
      } else if (year === from && v === 0) {
        issues.push({ code: 'zero-base', message: `${caller}: node ${id} has ${indicator} = 0 in ${from}; its growth is undefined`, id, field: `indicators.${from}.${indicator}`, value: v });
      } else target[k] = v;
    }
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid indicator values`, issues);

  const contentsFrom = readNetwork(network, { caller, year: from, weight: read.weight });
  const contentsTo = readNetwork(network, { caller, year: to, weight: read.weight });
  for (const [contents, year] of [[contentsFrom, from], [contentsTo, to]] as const) {
    const present = new Set(contents.nodes);
    for (const id of members) if (!present.has(id)) issues.push({ code: 'absent-node', message: `${caller}: group member ${id} is not in the network in ${year} (approved later)`, id });
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: group members absent in a year`, issues);
  const projectedFrom = projectNetwork(caller, contentsFrom, false);
  const projectedTo = projectNetwork(caller, contentsTo, false);
  const linked = (linkages: typeof contentsFrom.linkages) => {
    const set = new Set(members);
    return linkages.some((l) => l.source !== l.target && l.weight > 0 && set.has(l.source) && set.has(l.target));
  };
  let hub = read.hub;
  if (hub === undefined) {
    const base = linked(contentsFrom.linkages) ? projectedFrom : linked(contentsTo.linkages) ? projectedTo : null;
    if (base === null) invalidArgument(caller, 'the group has no internal linkage in either year; give the hub option', { code: 'no-hub', field: 'hub' });
    hub = networkGroupMetrics(caller, base, members, {}).hub;
  }
  const h = members.indexOf(hub);

  let sum0 = 0;
  let sum1 = 0;
  for (let k = 0; k < members.length; k++) {
    sum0 += x0[k];
    sum1 += x1[k];
  }
  const growth: Record<string, number> = {};
  const shiftIndex: Record<string, number> = {};
  let spokeGrowth = 0;
  members.forEach((id, k) => {
    const g = x1[k] / x0[k] - 1;
    growth[id] = g;
    if (k !== h) spokeGrowth += g;
    shiftIndex[id] = 100 * ((x1[k] / sum1) / (x0[k] / sum0)) - 100;
  });
  const hubShareFrom = x0[h] / sum0;
  const hubShareTo = x1[h] / sum1;
  const hubShareChange = hubShareTo - hubShareFrom;
  const growthDifferential = growth[hub] - spokeGrowth / (members.length - 1);
  const giniFrom = gini(x0);
  const giniTo = gini(x1);
  const giniChange = giniTo - giniFrom;

  let inflow = 0;
  let outflow = 0;
  const spokes = new Set(members.filter((id) => id !== hub));
  for (const l of contentsTo.linkages) {
    if (!l.directed) continue;
    if (l.target === hub && spokes.has(l.source)) inflow += l.weight;
    else if (l.source === hub && spokes.has(l.target)) outflow += l.weight;
  }
  const netInflowRatio = inflow + outflow > 0 ? (inflow - outflow) / (inflow + outflow) : NaN;
  const spokeShareFrom = networkGroupMetrics(caller, projectedFrom, members, { hub }).spokeShareToHub;
  const spokeShareTo = networkGroupMetrics(caller, projectedTo, members, { hub }).spokeShareToHub;

  const verdict: SiphonVerdict =
    hubShareChange > 0 && growthDifferential > 0 && giniChange > 0 ? 'siphon' : hubShareChange < 0 && growthDifferential < 0 && giniChange < 0 ? 'spread' : 'mixed';
  return {
    hub,
    group: members,
    indicator,
    from,
    to,
    hubShareFrom,
    hubShareTo,
    hubShareChange,
    growth,
    growthDifferential,
    giniFrom,
    giniTo,
    giniChange,
    inflow,
    outflow,
    netInflowRatio,
    shiftIndex,
    hubShiftIndex: shiftIndex[hub],
    spokeShareFrom,
    spokeShareTo,
    spokeShareChange: spokeShareTo - spokeShareFrom,
    verdict,
  };
}
