import { PROVINCE_BY_ID, provinceOfCode } from './provinces.js';
import { checkOptions } from '../error/argument-checks.js';

/** The fields of a node record (zone or city) that locate it administratively. */
export type LocatableRecord = { readonly [field: string]: unknown };

/**
 * The province id of a node record: its `province` field, else the province of
 * its administrative code (a city's id, a zone's first host city). Undefined
 * when neither tells.
 *
 * @example
 * provinceOfRecord({ kind: 'zone', hostCities: ['440100'] }); // 'guangdong'
 */
export function provinceOfRecord(record: LocatableRecord): string | undefined {
  checkOptions('provinceOfRecord', record, 'record', true);
  if (typeof record.province === 'string') return record.province;
  const code = record.kind === 'zone' ? (Array.isArray(record.hostCities) ? record.hostCities[0] : undefined) : record.id;
  if (typeof code !== 'string') return undefined;
  return provinceOfCode(code)?.id;
}

/**
 * The macro-region (四大板块) of a node record: a city's `region` field, else the
 * region of its province. Undefined for Hong Kong, Macao and Taiwan and for
 * records without a province.
 *
 * @example
 * regionOfRecord({ kind: 'city', id: '510100' }); // 'west'
 */
export function regionOfRecord(record: LocatableRecord): string | undefined {
  checkOptions('regionOfRecord', record, 'record', true);
  if (typeof record.region === 'string') return record.region;
  const province = provinceOfRecord(record);
  if (province === undefined) return undefined;
  return PROVINCE_BY_ID.get(province)?.region ?? undefined;
}
