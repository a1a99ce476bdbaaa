import { invalidArgument } from '../error/zonelink-error.js';
import type { Linkage } from '../schema/linkage.js';
import { distanceMatrix, type IntraCityDistance } from './distance-matrix.js';
import { applyThreshold, modelLinkage, parseMode, type Candidate } from './model-linkages.js';
import { checkModelNodes, resolveMass, type MassSpec, type ModelNode } from './node-masses.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { booleanOption, customOption, numberOption } from '../options/option-spec.js';
import { massOption, modelDistanceOption, modelLinkageOptionSpecs } from './model-option-specs.js';

const GRAVITY_MASS_TYPE = 'a mass rule or a non-empty array of mass rules';
const INTRA_TYPE = 'a number > 0 or a function (a, b) → distance';

/** The declared options of {@link gravityLinkages} (checks, defaults and docs/options.md come from here); `mass` and `mode` are required. */
export const gravityLinkagesOptions = defineOptions('gravityLinkages', {
  mass: customOption<MassSpec | readonly MassSpec[]>({
    type: GRAVITY_MASS_TYPE,
    doc: 'Required. Mass: one rule (basic model, M_i = m_i) or several factors combined by their geometric mean (modified model: [population, GDP] gives M_i = √(P_i G_i)). A rule is a record { node id: value }, a function of the node, or { indicator, indicatorYear }.',
    defaultText: 'none (required)',
    check: (value) =>
      Array.isArray(value) || typeof value === 'function' || (typeof value === 'object' && value !== null) ? undefined : GRAVITY_MASS_TYPE,
  }),
  directionMass: massOption('The mass G of the direction coefficient k_ij = G_i/(G_i + G_j).', 'the last mass factor'),
  distance: modelDistanceOption,
  b: numberOption({ doc: 'Distance decay exponent b.', default: 2, min: 0 }),
  directed: booleanOption({ doc: 'Directed (k_ij = G_i/(G_i + G_j), one arc each way) or symmetric (k_ij = 1, one link per pair).', default: false }),
  ...modelLinkageOptionSpecs,
  intraCityDistance: customOption<IntraCityDistance>({
    type: INTRA_TYPE,
    doc: 'Distance used for co-located nodes (D = 0); without it D = 0 is an error.',
    defaultText: 'none: D = 0 is an error',
    check: (value) => (typeof value === 'number' || typeof value === 'function' ? undefined : INTRA_TYPE),
  }),
});

/** Options of {@link gravityLinkages}, declared in {@link gravityLinkagesOptions} (see docs/options.md#gravitylinkages): `mass` and `mode` are required. */
export type GravityOptions = OptionsOf<typeof gravityLinkagesOptions> & { mass: MassSpec | readonly MassSpec[]; mode: string };

/** Result of {@link gravityLinkages}. */
export interface GravityResult {
  /** The kept links as Linkage records (citation `model:gravity`). */
  linkages: Linkage[];
  /** R_ij for every ordered pair i ≠ j (symmetric when undirected). */
  strength: Record<string, Record<string, number>>;
  /** Membership degree F_ij = R_ij / Σ_k R_ik (a row of zeros when Σ_k R_ik = 0). */
  membership: Record<string, Record<string, number>>;
}

/**
 * Gravity model of linkage strength (引力模型; Zipf 1946; Tinbergen 1962):
 *
 *   R_ij = k_ij · M_i · M_j / D_ij^b,  M_i = (Π_f m_{f,i})^{1/F},
 *
 * so that with masses [population P, GDP G] M_i = √(P_i G_i) (the modified gravity
 * model common in Chinese urban-network papers) and with one mass the basic model.
 * k_ij = G_i/(G_i + G_j) when `directed` (0 when both are 0), else 1; b default 2.
 * Distance: great-circle km from coordinates ({@link greatCircleDistance}), a matrix
 * (travel time …) or a function. Membership degree F_ij = R_ij / Σ_k R_ik.
 *
 * The kept links (all with R > 0, or by `threshold`: top-k per node, a quantile, the
 * mean) become Linkage records of the caller's `mode`, with id `gravity:i--j` (or
 * `gravity:i->j`) and citation `model:gravity`, so that every measure runs on the
 * estimated network.
 *
 * @throws ZonelinkError naming `gravityLinkages` listing every NaN, missing or
 *   negative mass, every missing coordinate or invalid distance, every co-located pair
 *   (D = 0) when no `intraCityDistance` is given, duplicate ids, an unknown mode or a
 *   bad threshold. Options: see docs/options.md#gravitylinkages.
 *
 * Reference: Zipf (1946); Tinbergen (1962); the modified form with √(PG) masses and
 * k_ij = G_i/(G_i + G_j) as used in Chinese urban-network studies (e.g. 侯赟慧, 刘志彪 &
 * 岳中刚 2009).
 *
 * @example
 * const { linkages, membership } = gravityLinkages(cities, {
 *   mass: [{ indicator: 'population', indicatorYear: 2020 }, { indicator: 'gdp', indicatorYear: 2020 }],
 *   mode: 'resource-factor', threshold: { topK: 3 },
 * });
 */
export function gravityLinkages(nodes: readonly ModelNode[], options: GravityOptions): GravityResult {
  const caller = 'gravityLinkages';
  if (options === undefined) invalidArgument(caller, 'options { mass, mode } are required', { field: 'options' });
  const read = gravityLinkagesOptions.read(options);
  const ids = checkModelNodes(caller, nodes);
  const mode = parseMode(caller, read.mode);
  const { startYear, b, directed } = read;
  if (read.mass === undefined) invalidArgument(caller, 'mass is required', { field: 'mass' });
  const factors = Array.isArray(read.mass) ? (read.mass as readonly MassSpec[]) : [read.mass as MassSpec];
  if (factors.length === 0) invalidArgument(caller, 'mass needs at least one factor', { field: 'mass' });
  const n = ids.length;
  const resolved = factors.map((f, k) => resolveMass(caller, factors.length > 1 ? `mass[${k}]` : 'mass', nodes, f));
  const mass = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let product = 1;
    for (const r of resolved) product *= r[i];
    mass[i] = resolved.length === 1 ? product : Math.pow(product, 1 / resolved.length);
  }
  const g = directed ? (read.directionMass !== undefined ? resolveMass(caller, 'directionMass', nodes, read.directionMass) : resolved[resolved.length - 1]) : null;
  const d = distanceMatrix(caller, nodes, read.distance, { zero: 'error', intraCityDistance: read.intraCityDistance });

  const strength: Record<string, Record<string, number>> = {};
  const membership: Record<string, Record<string, number>> = {};
  const value = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      let k = 1;
      if (g) k = g[i] + g[j] > 0 ? g[i] / (g[i] + g[j]) : 0;
      value[i * n + j] = (k * mass[i] * mass[j]) / Math.pow(d[i * n + j], b);
    }
  }
  const candidates: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    strength[ids[i]] = {};
    membership[ids[i]] = {};
    let row = 0;
    for (let j = 0; j < n; j++) if (j !== i) row += value[i * n + j];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      strength[ids[i]][ids[j]] = value[i * n + j];
      membership[ids[i]][ids[j]] = row > 0 ? value[i * n + j] / row : 0;
      if (directed || i < j) candidates.push({ i, j, value: value[i * n + j] });
    }
  }
  const kept = applyThreshold(caller, candidates, read.threshold, directed);
  const linkages = kept.map((c) => modelLinkage('gravity', ids[c.i], ids[c.j], directed, c.value, mode, startYear));
  return { linkages, strength, membership };
}
