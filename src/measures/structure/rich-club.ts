import type { AbstractGraph as Graph } from 'graphology-types';
import { compactAdjacency } from '../../network/compact-adjacency.js';
import { invalidArgument } from '../../error/zonelink-error.js';
import { seededRandom } from '../../random/seeded-random.js';
import { seedOption } from '../../statistics/check-seed.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { booleanOption, numberOption } from '../../options/option-spec.js';
import { progressOptionSpecs } from '../../progress/progress-option-specs.js';
import { progressReporter } from '../../progress/progress-reporter.js';

/** The declared options of {@link richClub} (checks, defaults and docs/options.md come from here). */
export const richClubOptions = defineOptions('richClub', {
  normalized: booleanOption({
    doc: 'Divide φ(k) by φ_rand(k) of a degree-preserving randomisation of the graph (double-edge swaps).',
    default: false,
  }),
  seed: seedOption,
  swapsPerEdge: numberOption({ doc: 'Successful swaps per edge in the randomisation, Q (as NetworkX).', default: 100, min: 0 }),
  ...progressOptionSpecs,
});

/** Options of {@link richClub}, declared in {@link richClubOptions} (see docs/options.md#richclub). */
export type RichClubOptions = OptionsOf<typeof richClubOptions>;

/**
 * Rich-club coefficient φ(k) = 2 E_{>k} / (N_{>k} (N_{>k} − 1)): the density of
 * the subgraph induced by the nodes of degree > k, for every k with
 * N_{>k} ≥ 2 (k = 0, 1, …), keyed by k. Weights are ignored; the graph must be
 * undirected without self-loops (as NetworkX's `rich_club_coefficient`).
 *
 * With `normalized: true` each φ(k) is divided by φ_rand(k) computed on a copy
 * randomised by Q·m successful double-edge swaps (u–v, x–y → u–x, v–y, never
 * creating self-loops or parallel edges; at most 10·Q·m attempts) drawn from
 * `seededRandom(seed)`; φ_rand(k) = 0 gives NaN (0/0) or Infinity.
 *
 * Reference: Zhou, S. & Mondragón, R. J. (2004), The rich-club phenomenon in the
 * Internet topology, IEEE Comm. Lett. 8, 180–182; Colizza, V., Flammini, A.,
 * Serrano, M. A. & Vespignani, A. (2006), Detecting rich-club ordering in
 * complex networks, Nature Physics 2, 110–115 (normalisation).
 *
 * The coefficients cost O(n + m); the randomisation Q·m swaps, so progress
 * (`onProgress`, unit `swaps`, total round(Q·m)) is reported only with
 * `normalized` (the rest counted done if the attempts run out); an aborted
 * `signal` throws in either case.
 * Options: see docs/options.md#richclub.
 *
 * @throws ZonelinkError for a directed graph, self-loops, or invalid options.
 * @example
 * richClub(graph); // { '0': 0.14, '1': 0.2, '2': 0.5 }
 */
export function richClub(graph: Graph, options: RichClubOptions = {}): Record<string, number> {
  const caller = 'richClub';
  const { normalized, seed, swapsPerEdge: q, ...progressOptions } = richClubOptions.read(options);
  const csr = compactAdjacency(graph, { weight: null, caller });
  if (csr.directed) invalidArgument(caller, 'the rich-club coefficient is defined for undirected graphs; project the graph first', { code: 'directed-graph' });
  if (csr.selfLoopCount > 0) invalidArgument(caller, `the graph has ${csr.selfLoopCount} self-loop(s); remove them first`, { code: 'self-loop' });
  const n = csr.nodes.length;
  const sources: number[] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let p = csr.outOffsets[i]; p < csr.outOffsets[i + 1]; p++) {
      const j = csr.outTargets[p];
      if (j > i) {
        sources.push(i);
        targets.push(j);
      }
    }
  }
  const raw = coefficients(n, sources, targets);
  // created before the plain coefficients return, so that an aborted signal throws either way
  const progress = progressReporter(caller, progressOptions, normalized ? Math.round(q * sources.length) : 0, 'swaps');
  if (!normalized) return raw;
  const random = seededRandom(seed);
  const s = sources.slice();
  const t = targets.slice();
  const m = s.length;
  const key = (u: number, v: number) => (u < v ? u * n + v : v * n + u);
  const present = new Set<number>();
  for (let e = 0; e < m; e++) present.add(key(s[e], t[e]));
  const wanted = Math.round(q * m);
  let done = 0;
  for (let attempt = 0; m >= 2 && done < wanted && attempt < 10 * wanted; attempt++) {
    const e1 = Math.floor(random() * m);
    const e2 = Math.floor(random() * m);
    if (e1 === e2) continue;
    const u = s[e1];
    const v = t[e1];
    let x = s[e2];
    let y = t[e2];
    if (random() < 0.5) [x, y] = [y, x];
    if (u === x || v === y || u === y || v === x) continue;
    if (present.has(key(u, x)) || present.has(key(v, y))) continue;
    present.delete(key(u, v));
    present.delete(key(x, y));
    present.add(key(u, x));
    present.add(key(v, y));
    s[e1] = u;
    t[e1] = x;
    s[e2] = v;
    t[e2] = y;
    done++;
    progress.tick();
  }
  progress.finish();
  const randomised = coefficients(n, s, t);
  const result: Record<string, number> = {};
  for (const k of Object.keys(raw)) result[k] = raw[k] / randomised[k];
  return result;
}

function coefficients(n: number, sources: number[], targets: number[]): Record<string, number> {
  const degree = new Int32Array(n);
  for (let e = 0; e < sources.length; e++) {
    degree[sources[e]]++;
    degree[targets[e]]++;
  }
  let maxDegree = 0;
  for (let i = 0; i < n; i++) if (degree[i] > maxDegree) maxDegree = degree[i];
  // nodesAbove[k] = N_{>k}; edgesAbove[k] = E_{>k} (both ends of degree > k)
  const nodesAbove = new Float64Array(maxDegree + 2);
  const edgesAbove = new Float64Array(maxDegree + 2);
  for (let i = 0; i < n; i++) if (degree[i] > 0) nodesAbove[degree[i] - 1]++;
  for (let e = 0; e < sources.length; e++) {
    const d = Math.min(degree[sources[e]], degree[targets[e]]);
    if (d > 0) edgesAbove[d - 1]++;
  }
  for (let k = maxDegree; k >= 0; k--) {
    nodesAbove[k] += nodesAbove[k + 1];
    edgesAbove[k] += edgesAbove[k + 1];
  }
  const result: Record<string, number> = {};
  for (let k = 0; k <= maxDegree; k++) {
    const nk = nodesAbove[k];
    if (nk <= 1) break;
    result[String(k)] = (2 * edgesAbove[k]) / (nk * (nk - 1));
  }
  return result;
}
