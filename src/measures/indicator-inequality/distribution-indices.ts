import { estebanRay } from '../polarization/esteban-ray.js';
import { wolfson } from '../polarization/wolfson.js';
import { zhangKanbur } from '../polarization/zhang-kanbur.js';
import { atkinson } from '../inequality/atkinson.js';
import { coefficientOfVariation } from '../inequality/coefficient-of-variation.js';
import { concentrationRatio } from '../inequality/concentration-ratio.js';
import { dagumGini, type DagumGiniResult } from '../inequality/dagum-gini.js';
import { theilL, theilT } from '../inequality/generalized-entropy.js';
import { gini } from '../inequality/gini.js';
import type { GroupLabel } from '../inequality/group-units.js';
import { hhi } from '../inequality/hhi.js';
import { lorenz, type LorenzCurve } from '../inequality/lorenz.js';
import { theilDecomposition, type TheilDecomposition } from '../inequality/theil-decomposition.js';

/** The indices of one grouped distribution, as {@link indicatorInequality} reports them. */
export interface DistributionIndices {
  /** Gini coefficient (weighted with weights). */
  gini: number;
  /** Theil T = GE(1), zeros kept. */
  theilT: number;
  /** Theil L = GE(0); +Infinity when a value is 0. */
  theilL: number;
  /** Coefficient of variation, population SD / mean: the same name as the function {@link coefficientOfVariation}. */
  coefficientOfVariation: number;
  /** Atkinson index with ε = 0.5. */
  atkinson: number;
  /** Herfindahl–Hirschman index of value shares (unweighted). */
  hhi: number;
  /** Share of the 10 largest values (unweighted); null when n < 10. */
  cr10: number | null;
  /** Lorenz curve (weighted with weights). */
  lorenz: LorenzCurve;
  /** Shorrocks decomposition of Theil T over the groups. */
  theilTDecomposition: TheilDecomposition;
  /** Shorrocks decomposition of Theil L over the groups. */
  theilLDecomposition: TheilDecomposition;
  /** Dagum decomposition of the Gini over the groups. */
  dagum: DagumGiniResult;
  /** Esteban–Ray polarization over the groups (α = 1.5, K = 1/μ). */
  estebanRay: number;
  /** Wolfson bipolarization W (not W/2); null with weights (defined here unweighted). */
  wolfson: number | null;
  /** Zhang–Kanbur index between/within of Theil L over the groups (NaN for one group). */
  zhangKanbur: number;
}

/**
 * Every inequality, concentration, decomposition and polarization index of the
 * values `x` grouped by `labels`, each by the library's own index function, with
 * the weights wherever an index takes them (`weights` null: unweighted).
 */
export function distributionIndices(x: Float64Array, labels: readonly GroupLabel[], weights: Float64Array | null): DistributionIndices {
  return {
    gini: gini(x, { weights }),
    theilT: theilT(x, { weights }),
    theilL: theilL(x, { weights }),
    coefficientOfVariation: coefficientOfVariation(x, { weights }),
    atkinson: atkinson(x, 0.5, { weights }),
    hhi: hhi(x),
    cr10: x.length >= 10 ? concentrationRatio(x, 10) : null,
    lorenz: lorenz(x, { weights }),
    theilTDecomposition: theilDecomposition(x, labels, { index: 'T', weights }),
    theilLDecomposition: theilDecomposition(x, labels, { index: 'L', weights }),
    dagum: dagumGini(x, labels, { weights }),
    estebanRay: estebanRay(x, labels, { weights }),
    wolfson: weights ? null : wolfson(x),
    zhangKanbur: zhangKanbur(x, labels, { alpha: 0, weights }),
  };
}
