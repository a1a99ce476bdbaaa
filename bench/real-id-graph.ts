/**
 * The benchmark graph of bench/columnar-results.bench.ts and bench/eigenvector.bench.ts:
 * undirected, 200,000 nodes and 1,000,000 distinct edges, ids shaped like real ones
 * (half `etdz-` + a 6-digit code, half bare 6-digit administrative codes,
 * interleaved), weights = linkage counts 1–20, drawn with zonelink's seeded
 * generator so that every run (and igraph, reading the edge file) sees the same graph.
 */
import { writeFileSync } from 'node:fs';
import { seededRandom } from '../src/random/seeded-random.js';

export const N = 200_000;
export const M = 1_000_000;

export interface RealIdGraph {
  ids: string[];
  /** Edge k joins u[k] and v[k] with weight w[k]. */
  u: Int32Array;
  v: Int32Array;
  w: Float64Array;
}

/** Distinct ids: `etdz-` + 6 digits and bare 6-digit codes, alternating. */
function makeIds(random: () => number): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  while (ids.length < N) {
    const code = String(110000 + Math.floor(random() * 760000));
    const id = ids.length % 2 === 0 ? `etdz-${code}` : code;
    if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  }
  return ids;
}

/** The graph of seed 20261203: ids first, then edges (source uniform, target half uniform, half preferential by degree). */
export function realIdGraph(): RealIdGraph {
  const random = seededRandom(20261203);
  const ids = makeIds(random);
  const u = new Int32Array(M);
  const v = new Int32Array(M);
  const w = new Float64Array(M);
  const seen = new Set<number>();
  const ends: number[] = [];
  let k = 0;
  while (k < M) {
    const a = Math.floor(random() * N);
    const b = k % 2 === 0 || ends.length === 0 ? Math.floor(random() * N) : ends[Math.floor(random() * ends.length)];
    if (a === b) continue;
    const key = Math.min(a, b) * N + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    ends.push(a, b);
    u[k] = a;
    v[k] = b;
    w[k] = 1 + Math.floor(random() * 20);
    k++;
  }
  return { ids, u, v, w };
}

/** Writes the edge list for the Python peers: "N M", then "u v w" per edge (node indices in id order). */
export function writeEdgeFile(path: string, graph: RealIdGraph): void {
  const chunks = [`${N} ${M}\n`];
  for (let from = 0; from < M; from += 100_000) {
    const lines: string[] = [];
    for (let e = from; e < Math.min(M, from + 100_000); e++) lines.push(`${graph.u[e]} ${graph.v[e]} ${graph.w[e]}\n`);
    chunks.push(lines.join(''));
  }
  writeFileSync(path, chunks.join(''));
}
