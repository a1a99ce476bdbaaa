import { provinceOfRecord, regionOfRecord } from '../../schema/administrative-unit.js';
import type { Dataset } from '../../schema/dataset.js';

/** A city of the study: coordinates, province, macro-region and the indicator in both years. */
export interface StudyCity {
  id: string;
  name: string;
  lon: number;
  lat: number;
  province: string;
  region: string;
  /** The indicator (resident population) at the base and at the end year. */
  from: number;
  to: number;
  /** The seat of its province: a provincial capital, a municipality or a SAR (where a province-level endpoint is placed). */
  seat: boolean;
}

/** The study's city universe and what was left out of it. */
export interface StudyCities {
  cities: StudyCity[];
  /** How many city nodes the dataset has. */
  total: number;
  /** Why the others were left out, counted by reason. */
  excluded: Record<string, number>;
}

function positive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/**
 * The cities every modelled and population section uses: city nodes with
 * coordinates, a province and a macro-region (四大板块; Hong Kong and Macao have
 * none), and a positive `indicator` in both `from` and `to` years. One universe for
 * every section, so that the gravity network, the QAP matrices and Moran's I speak
 * of the same cities; the left-out cities are counted by reason.
 */
export function studyCities(dataset: Dataset, indicator: string, from: number, to: number): StudyCities {
  const excluded: Record<string, number> = {};
  const skip = (reason: string): void => {
    excluded[reason] = (excluded[reason] ?? 0) + 1;
  };
  const cities: StudyCity[] = [];
  let total = 0;
  for (const node of dataset.nodes) {
    if (node.kind !== 'city') continue;
    total++;
    const province = provinceOfRecord(node);
    const region = regionOfRecord(node);
    const a = node.indicators?.[String(from)]?.[indicator];
    const b = node.indicators?.[String(to)]?.[indicator];
    if (!node.coordinates) skip('no coordinates');
    else if (province === undefined || region === undefined) skip('no macro-region');
    else if (!positive(a) || !positive(b)) skip(`no ${indicator} in ${from} and ${to}`);
    else {
      cities.push({
        id: node.id,
        name: node.name.zh,
        lon: node.coordinates.lon,
        lat: node.coordinates.lat,
        province,
        region,
        from: a,
        to: b,
        seat: node.provincialCapital === true || node.level === 'municipality' || node.level === 'special-administrative-region',
      });
    }
  }
  return { cities, total, excluded };
}

/** "12 without …, 3 without …" for a study's method text. */
export function describeExcluded(excluded: Record<string, number>): string {
  const parts = Object.entries(excluded).map(([reason, count]) => `${count} ${reason}`);
  return parts.length === 0 ? 'none left out' : `left out: ${parts.join('; ')}`;
}
