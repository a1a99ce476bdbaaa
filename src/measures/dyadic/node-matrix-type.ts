/**
 * A node-aligned square matrix: `values[i][j]` is the value of the ordered pair
 * (`nodes[i]`, `nodes[j]`). Every dyadic measure (QAP, MRQAP, structural
 * equivalence) takes and returns this shape, and checks that the matrices it
 * combines list the same nodes in the same order.
 */
export interface NodeMatrix {
  /** Node ids, in row (and column) order. */
  nodes: string[];
  /** n × n values, row i = node `nodes[i]`. */
  values: number[][];
}
