import type { Dataset } from '../../schema/dataset.js';
import { provinceOfRecord } from '../../schema/administrative-unit.js';
import type { NodeMatrix } from '../../measures/dyadic/node-matrix-type.js';
import type { StudyCity } from './study-cities.js';

/** The documented network at city level, and how many linkages each rule placed or dropped. */
export interface DocumentedCityTies {
  matrix: NodeMatrix;
  ties: number;
  /** Linkages with a province endpoint placed at its seat. */
  provinceEndpoints: number;
  /** Linkages with a zone endpoint placed at its host cities. */
  zoneEndpoints: number;
  /** Linkages dropped: an endpoint outside the study's cities, or both ends in one city. */
  dropped: number;
}

/** The rule, stated once for the study's method text. */
export const DOCUMENTED_CITY_RULE =
  'each linkage end becomes cities: a city is itself; a zone is each of its host cities; a province node (a programme document naming a whole province) is its seat — the provincial capital, or the municipality itself — because the provincial government signs the programme; a directed linkage is one tie source → target, an undirected one a tie each way; ties are 0/1 (several linkages between two cities count once); a linkage whose ends fall in one city, or reach a city outside the study\'s cities, is dropped';

/**
 * Projects the documented linkages onto the study's cities (see
 * {@link DOCUMENTED_CITY_RULE}) as a 0/1 directed matrix in the cities' order.
 */
export function documentedCityTies(dataset: Dataset, cities: readonly StudyCity[]): DocumentedCityTies {
  const index = new Map(cities.map((c, i) => [c.id, i]));
  const seat = new Map<string, string>();
  for (const c of cities) if (c.seat && !seat.has(c.province)) seat.set(c.province, c.id);
  const records = new Map(dataset.nodes.map((n) => [n.id, n]));
  const endsOf = (id: string): { ends: string[]; via: 'city' | 'zone' | 'province' } => {
    const r = records.get(id);
    if (r?.kind === 'zone') return { ends: [...r.hostCities], via: 'zone' };
    if (r?.kind === 'province') {
      const p = provinceOfRecord(r);
      const s = p === undefined ? undefined : seat.get(p);
      return { ends: s === undefined ? [] : [s], via: 'province' };
    }
    return { ends: [id], via: 'city' };
  };
  const n = cities.length;
  const values = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let provinceEndpoints = 0;
  let zoneEndpoints = 0;
  let dropped = 0;
  for (const l of dataset.linkages) {
    const a = endsOf(l.source);
    const b = endsOf(l.target);
    let placed = false;
    for (const s of a.ends) {
      for (const t of b.ends) {
        const i = index.get(s);
        const j = index.get(t);
        if (i === undefined || j === undefined || i === j) continue;
        values[i][j] = 1;
        if (l.directed !== true) values[j][i] = 1;
        placed = true;
      }
    }
    if (!placed) dropped++;
    else {
      if (a.via === 'province' || b.via === 'province') provinceEndpoints++;
      if (a.via === 'zone' || b.via === 'zone') zoneEndpoints++;
    }
  }
  let ties = 0;
  for (const row of values) for (const v of row) ties += v;
  return { matrix: { nodes: cities.map((c) => c.id), values }, ties, provinceEndpoints, zoneEndpoints, dropped };
}
