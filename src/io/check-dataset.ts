import type { OptionsFrom } from '../options/define-options.js';
import { allowSelfLoopsOption } from './io-option-specs.js';
import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { clipText } from '../error/clip-text.js';
import { progressOptionSpecs } from '../progress/progress-option-specs.js';
import type { City } from '../schema/city.js';
import type { ZoneNode } from '../schema/dataset.js';
import type { Linkage } from '../schema/linkage.js';
import { PROVINCE_BY_ID, provinceOfCode } from '../schema/provinces.js';
import type { Zone } from '../schema/zone.js';
import type { ProvinceNode } from '../schema/province-node.js';
import type { Accessibility } from '../schema/accessibility.js';

/** The kinds of record the whole-dataset checks locate. */
export type RecordKind = 'node' | 'linkage' | 'accessibility';

/**
 * Where a record came from, for error messages. Locating a record marks it as
 * having a problem unless `mark` is `false` (a lookup for a message only, such as
 * where a duplicated id was first used).
 */
export type RecordLocator = (kind: RecordKind, index: number, field?: string, mark?: boolean) => Partial<ZonelinkIssue>;

/** The declarations of the options every dataset reader passes to the checks (`allowSelfLoops`) and its progress and cancellation (`onProgress`, `signal`: records read). */
export const datasetCheckOptionSpecs = {
  ...progressOptionSpecs,
  /** Accept linkages whose source equals their target. Default `false`. */
  allowSelfLoops: allowSelfLoopsOption,
};

/** The checks' options (see {@link datasetCheckOptionSpecs}). */
export type DatasetCheckOptions = OptionsFrom<typeof datasetCheckOptionSpecs>;

/**
 * The checks that need the whole dataset, run after every record parsed on its
 * own: duplicate ids, linkages to unknown nodes, self-loops, end before start,
 * host cities that are not city nodes (when the dataset has city nodes), unknown
 * parents and `partOf` containers, provinces and macro-regions that contradict
 * an administrative code, province nodes whose id is not a province code, and
 * accessibility pairs with unknown ends, self-loops or duplicate ids.
 * `failedIds` maps the id of a node record that failed on its own to its index
 * in `nodes` (where it is `undefined`), for the first such record of each id.
 * Fills a zone's or city's omitted `province` (and a city's `region`) from its
 * code. Returns every problem; mutates only the records it fills.
 */
export function checkDataset(
  nodes: (ZoneNode | undefined)[],
  linkages: (Linkage | undefined)[],
  locate: RecordLocator,
  options: DatasetCheckOptions = {},
  failedIds: ReadonlyMap<string, number> = new Map(),
  accessibility: readonly (Accessibility | undefined)[] = [],
): ZonelinkIssue[] {
  const issues: ZonelinkIssue[] = [];
  const at = (kind: RecordKind, index: number, field: string, issue: Omit<ZonelinkIssue, 'message'> & { message: string }) => {
    const where = locate(kind, index, field);
    const place = [where.file, where.row !== undefined ? `row ${where.row}` : undefined, where.column ? `column "${clipText(where.column)}"` : undefined]
      .filter(Boolean)
      .join(', ');
    issues.push({ ...issue, field, ...where, message: `${place ? `${place}: ` : ''}${issue.message}` });
  };
  /** Reports the record at `again` as reusing the id of the record at `first`. */
  const duplicate = (kind: RecordKind, id: string, again: number, first: number) => {
    const where = locate(kind, first, 'id', false);
    at(kind, again, 'id', {
      code: 'duplicate-id',
      id,
      value: id,
      message: `${kind} id "${clipText(id)}" is used again (first at ${where.row !== undefined ? `row ${where.row}` : `index ${where.index ?? first}`})`,
    });
  };

  const nodeIndex = new Map<string, number>();
  const cityCodes = new Set<string>();
  nodes.forEach((node, i) => {
    if (!node) return;
    const previous = nodeIndex.get(node.id);
    const failed = failedIds.get(node.id);
    if (previous === undefined && failed !== undefined) {
      // The id is also used by a record that failed on its own: the later of the two is the duplicate.
      const [again, first] = failed < i ? [i, failed] : [failed, i];
      duplicate('node', node.id, again, first);
    }
    if (previous !== undefined) {
      duplicate('node', node.id, i, previous);
    } else nodeIndex.set(node.id, i);
    if (node.kind === 'city') cityCodes.add(node.id);
  });
  // Ids that differ but read the same once compatibility forms are folded (NFKC:
  // full-width `Ｚ１` is `Z1`): a linkage to one may have meant the other.
  const byFolded = new Map<string, string>();
  nodes.forEach((node, i) => {
    if (!node || nodeIndex.get(node.id) !== i) return;
    const folded = node.id.normalize('NFKC');
    const first = byFolded.get(folded);
    if (first === undefined) byFolded.set(folded, node.id);
    else {
      at('node', i, 'id', {
        code: 'lookalike-id',
        id: node.id,
        value: node.id,
        expected: 'ids that differ in more than character width (NFKC)',
        message: `node id "${clipText(node.id)}" looks like node id "${clipText(first)}" (the same once full-width and other compatibility forms are folded, NFKC)`,
      });
    }
  });
  // Records that failed on their own still exist: linkages to them are not also "unknown".
  const knownIds = new Set([...nodeIndex.keys(), ...failedIds.keys()]);

  nodes.forEach((node, i) => {
    if (!node) return;
    if (node.kind === 'city') checkCity(node, i);
    else if (node.kind === 'province') checkProvince(node, i);
    else checkZone(node, i);
  });

  function checkProvince(province: ProvinceNode, i: number) {
    const implied = provinceOfCode(province.id);
    if (!implied || province.id !== `${implied.code}0000`) {
      at('node', i, 'id', { code: 'unknown-province-code', id: province.id, value: province.id, expected: 'a province code such as 210000', message: `province node ${province.id} is not a province-level code` });
      return;
    }
    if (province.province === undefined) province.province = implied.id as ProvinceNode['province'];
    else if (province.province !== implied.id) {
      at('node', i, 'province', {
        code: 'province-mismatch',
        id: province.id,
        value: province.province,
        expected: implied.id,
        message: `province node ${province.id} is ${implied.zh} by its code, not ${PROVINCE_BY_ID.get(province.province)?.zh ?? province.province}`,
      });
    }
    if (implied.region !== null) {
      if (province.region === undefined) province.region = implied.region;
      else if (province.region !== implied.region) {
        at('node', i, 'region', {
          code: 'region-mismatch',
          id: province.id,
          value: province.region,
          expected: implied.region,
          message: `province ${province.id} (${implied.zh}) is in macro-region ${implied.region}, not ${province.region}`,
        });
      }
    }
  }

  function checkCity(city: City, i: number) {
    const implied = provinceOfCode(city.id);
    if (!implied) {
      at('node', i, 'id', { code: 'unknown-province-code', id: city.id, value: city.id, message: `city code ${city.id} does not start with a province code` });
      return;
    }
    if (city.province === undefined) city.province = implied.id as City['province'];
    else if (city.province !== implied.id) {
      at('node', i, 'province', {
        code: 'province-mismatch',
        id: city.id,
        value: city.province,
        expected: implied.id,
        message: `city ${city.id} is in ${implied.zh} by its code, not ${PROVINCE_BY_ID.get(city.province)?.zh ?? city.province}`,
      });
    }
    if (implied.region !== null) {
      if (city.region === undefined) city.region = implied.region;
      else if (city.region !== implied.region) {
        at('node', i, 'region', {
          code: 'region-mismatch',
          id: city.id,
          value: city.region,
          expected: implied.region,
          message: `city ${city.id} (${implied.zh}) is in macro-region ${implied.region}, not ${city.region}`,
        });
      }
    }
  }

  function checkZone(zone: Zone, i: number) {
    const hostProvinces = new Set<string>();
    zone.hostCities.forEach((code, k) => {
      const p = provinceOfCode(code);
      if (p) hostProvinces.add(p.id);
      else at('node', i, 'hostCities', { code: 'unknown-province-code', id: zone.id, value: code, message: `host city code ${code} of zone ${zone.id} does not start with a province code` });
      if (cityCodes.size > 0 && !cityCodes.has(code)) {
        at('node', i, 'hostCities', {
          code: 'unknown-host-city',
          id: zone.id,
          value: code,
          expected: 'the id of a city node',
          message: `zone ${zone.id}: host city ${code}${zone.hostCities.length > 1 ? ` (#${k + 1})` : ''} is not a city of the dataset`,
        });
      }
    });
    if (zone.province === undefined) {
      const first = provinceOfCode(zone.hostCities[0]);
      if (first) zone.province = first.id as Zone['province'];
    } else if (hostProvinces.size > 0 && !hostProvinces.has(zone.province)) {
      at('node', i, 'province', {
        code: 'province-mismatch',
        id: zone.id,
        value: zone.province,
        expected: [...hostProvinces].join(' | '),
        message: `zone ${zone.id} is said to be in ${zone.province} but its host cities are in ${[...hostProvinces].join(', ')}`,
      });
    }
    if (zone.parent !== undefined && !knownIds.has(zone.parent)) {
      at('node', i, 'parent', { code: 'unknown-parent', id: zone.id, value: zone.parent, message: `zone ${clipText(zone.id)}: parent "${clipText(zone.parent)}" is not a node of the dataset` });
    }
    for (const container of zone.partOf ?? []) {
      if (!knownIds.has(container)) {
        at('node', i, 'partOf', { code: 'unknown-parent', id: zone.id, value: container, message: `zone ${clipText(zone.id)}: partOf "${clipText(container)}" is not a node of the dataset` });
      } else if (container === zone.id) {
        at('node', i, 'partOf', { code: 'self-containment', id: zone.id, value: container, message: `zone ${zone.id} is listed as part of itself` });
      }
    }
  }

  const linkageIndex = new Map<string, number>();
  linkages.forEach((linkage, i) => {
    if (!linkage) return;
    const previous = linkageIndex.get(linkage.id);
    if (previous !== undefined) {
      duplicate('linkage', linkage.id, i, previous);
    } else linkageIndex.set(linkage.id, i);
    for (const end of ['source', 'target'] as const) {
      if (!knownIds.has(linkage[end])) {
        at('linkage', i, end, {
          code: 'unknown-node',
          id: linkage.id,
          value: linkage[end],
          expected: 'the id of a node of the dataset',
          message: `linkage ${clipText(linkage.id)}: ${end} "${clipText(linkage[end])}" is not a node of the dataset`,
        });
      }
    }
    if (linkage.source === linkage.target && !options.allowSelfLoops) {
      at('linkage', i, 'target', {
        code: 'self-loop',
        id: linkage.id,
        value: linkage.target,
        message: `linkage ${linkage.id} links ${linkage.source} to itself (pass allowSelfLoops: true to accept)`,
      });
    }
    if (linkage.startYear !== undefined && linkage.endYear !== undefined && linkage.endYear < linkage.startYear) {
      at('linkage', i, 'endYear', {
        code: 'end-before-start',
        id: linkage.id,
        value: linkage.endYear,
        expected: `≥ ${linkage.startYear}`,
        message: `linkage ${linkage.id} ends (${linkage.endYear}) before it starts (${linkage.startYear})`,
      });
    }
  });

  const accessibilityIndex = new Map<string, number>();
  accessibility.forEach((pair, i) => {
    if (!pair) return;
    const previous = accessibilityIndex.get(pair.id);
    if (previous !== undefined) duplicate('accessibility', pair.id, i, previous);
    else accessibilityIndex.set(pair.id, i);
    for (const end of ['origin', 'destination'] as const) {
      if (!knownIds.has(pair[end])) {
        at('accessibility', i, end, {
          code: 'unknown-node',
          id: pair.id,
          value: pair[end],
          expected: 'the id of a node of the dataset',
          message: `accessibility ${clipText(pair.id)}: ${end} "${clipText(pair[end])}" is not a node of the dataset`,
        });
      }
    }
    if (pair.origin === pair.destination) {
      at('accessibility', i, 'destination', { code: 'self-loop', id: pair.id, value: pair.destination, message: `accessibility ${pair.id} joins ${pair.origin} to itself` });
    }
  });
  return issues;
}
