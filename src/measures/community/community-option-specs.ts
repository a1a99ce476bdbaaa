import { numberOption } from '../../options/option-spec.js';

/**
 * The declaration of the `resolution` option shared by `leiden`, `louvain`,
 * `modularity` and `consensusPartition`: γ of modularity (Reichardt &
 * Bornholdt 2006), default 1; any finite number ≥ 0.
 *
 * @example
 * const louvainOptions = defineOptions('louvain', { resolution: resolutionOption });
 */
export const resolutionOption = numberOption({
  doc: 'Resolution γ of the objective: larger values give more, smaller communities (γ = 1 is standard modularity).',
  default: 1,
  min: 0,
});
