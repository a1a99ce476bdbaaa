import { numberOption } from '../../options/option-spec.js';
import { weightsOption } from '../inequality/inequality-option-specs.js';

/**
 * The declarations of `alpha` and `weights` shared by the Esteban–Ray family
 * (`estebanRay`, `estebanGradinRay`), so that both mean the same in each: the
 * polarization sensitivity α ∈ [0, 1.6] (default 1.5; Esteban & Ray 1994 give
 * (0, 1.6], α = 0 is allowed for the identity ER = 2 × Gini of group means) and
 * the unit weights.
 *
 * @example
 * const estebanRayOptions = defineOptions('estebanRay', { ...estebanRayOptionSpecs });
 */
export const estebanRayOptionSpecs = {
  alpha: numberOption({
    doc: 'Polarization sensitivity α (Esteban & Ray 1994 give (0, 1.6]; α = 0 gives twice the Gini of the group means with scale `mean`).',
    default: 1.5,
    min: 0,
    max: 1.6,
  }),
  weights: weightsOption,
};
