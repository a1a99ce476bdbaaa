import type { FlatMatrix } from './dyadic-cells.js';

/**
 * A matrix holding `values` at the analysed cells (`rows[c]`, `cols[c]`), mirrored to
 * (`cols[c]`, `rows[c]`) in undirected mode, zero on the diagonal (internal): the
 * residual matrix that double semi-partialling permutes (R `sna::netlm` fills it the same way).
 */
export function residualMatrix(
  reference: FlatMatrix,
  pairs: { rows: Int32Array; cols: Int32Array },
  values: Float64Array,
  mirror: boolean,
): FlatMatrix {
  const n = reference.n;
  const flat = new Float64Array(n * n);
  for (let c = 0; c < values.length; c++) {
    flat[pairs.rows[c] * n + pairs.cols[c]] = values[c];
    if (mirror) flat[pairs.cols[c] * n + pairs.rows[c]] = values[c];
  }
  return { n, nodes: reference.nodes, flat };
}
