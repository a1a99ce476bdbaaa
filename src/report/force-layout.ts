import type { AbstractGraph as Graph } from 'graphology-types';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../random/seeded-random.js';

/**
 * Positions for a graph whose nodes have no coordinates: ForceAtlas2 (Jacomy, Venturini,
 * Heymann & Bastian 2014, PLoS ONE 9(6): e98679) through graphology-layout-forceatlas2,
 * from seeded random starting points (so the same seed gives the same picture), settings
 * inferred from the graph's size, `iterations` steps, edge weights as attraction. The
 * positions are rescaled to [−10, 10] on the longer axis, centred on 0 — a range the map
 * chart draws without visible distortion. Isolated graphs (no edges) keep their random
 * starting points. An empty graph gives `{}`.
 */
export function forceLayout(graph: Graph, options: { seed: number; iterations?: number }): Record<string, { x: number; y: number }> {
  if (graph.order === 0) return {};
  const random = seededRandom(options.seed);
  const work = graph.copy();
  work.forEachNode((node) => work.mergeNodeAttributes(node, { x: random() * 100, y: random() * 100 }));
  const positions = graph.size === 0 ? Object.fromEntries(work.mapNodes((n, a) => [n, { x: a.x as number, y: a.y as number }])) : forceAtlas2(work, {
    iterations: options.iterations ?? 300,
    settings: { ...forceAtlas2.inferSettings(work), barnesHutOptimize: false },
    getEdgeWeight: 'weight',
  });
  const xs = Object.values(positions).map((p) => p.x);
  const ys = Object.values(positions).map((p) => p.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const scale = span > 0 && Number.isFinite(span) ? 20 / span : 0;
  const out: Record<string, { x: number; y: number }> = {};
  for (const [node, p] of Object.entries(positions)) out[node] = { x: (p.x - cx) * scale, y: (p.y - cy) * scale };
  return out;
}
