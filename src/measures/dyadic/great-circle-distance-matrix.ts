import { ZonelinkError, type ZonelinkIssue } from '../../error/zonelink-error.js';
import { haversineKm, type LonLat } from '../../geometry/great-circle-distance.js';
import type { NodeOrderOptions } from './difference-matrix.js';
import type { NodeMatrix } from './node-matrix-type.js';
import { nodeOrder, nodesOrderOption } from './node-order.js';
import { defineOptions } from '../../options/define-options.js';

/** The declared options of {@link greatCircleDistanceMatrix} (checks, defaults and docs/options.md come from here). */
export const greatCircleDistanceMatrixOptions = defineOptions('greatCircleDistanceMatrix', { nodes: nodesOrderOption });

/**
 * The great-circle distance matrix in km between node coordinates (haversine on the
 * IUGG mean sphere, R = 6371.0088 km, the formula of `greatCircleDistance`), as a
 * node-aligned {@link NodeMatrix} for QAP and MRQAP: the "geographic distance"
 * covariate of a spatial-linkage regression. Diagonal 0; symmetric.
 *
 * Input: a record node id → `{ lon, lat }` (WGS84 degrees), in `nodes` order when given.
 * Every missing or out-of-range coordinate is reported in one ZonelinkError.
 *
 * Reference: Sinnott, R. W. (1984), Virtues of the haversine, Sky and Telescope 68(2), 159.
 *
 * @example
 * const d = greatCircleDistanceMatrix({ bj: { lon: 116.4074, lat: 39.9042 }, sh: { lon: 121.4737, lat: 31.2304 } });
 * d.nodes;     // ['bj', 'sh']
 * d.values[0]; // [0, 1067.3…] (Beijing–Shanghai)
 */
export function greatCircleDistanceMatrix(coordinates: Readonly<Record<string, LonLat>>, options: NodeOrderOptions = {}): NodeMatrix {
  const nodes = nodeOrder('greatCircleDistanceMatrix', coordinates, greatCircleDistanceMatrixOptions.read(options).nodes, 'coordinates');
  const issues: ZonelinkIssue[] = [];
  const points = nodes.map((id, i) => {
    const p = coordinates[id];
    const ok =
      p !== null &&
      typeof p === 'object' &&
      typeof p.lon === 'number' &&
      typeof p.lat === 'number' &&
      Math.abs(p.lon) <= 180 &&
      Math.abs(p.lat) <= 90;
    if (!ok) {
      issues.push({
        code: 'invalid-coordinates',
        message: `greatCircleDistanceMatrix: node ${id} (position ${i}) has coordinates ${JSON.stringify(p)}; expected { lon ∈ [−180, 180], lat ∈ [−90, 90] }`,
        id,
        index: i,
        field: 'coordinates',
      });
    }
    return p;
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', 'greatCircleDistanceMatrix: invalid coordinates', issues);
  const n = nodes.length;
  const values = nodes.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) values[i][j] = values[j][i] = haversineKm(points[i], points[j]);
  return { nodes, values };
}
