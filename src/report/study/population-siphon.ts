import { siphonEffect } from '../../measures/hubs/siphon-effect.js';
import { buildNetwork } from '../../network/zone-network.js';
import type { Dataset } from '../../schema/dataset.js';
import type { StudyCity } from './study-cities.js';
import type { DocumentedSection, Missing, PopulationSection } from './study-schema.js';
import type { ResolvedStudyOptions } from './study-options.js';

/**
 * The siphon effect (虹吸) of population around the hub of every documented group
 * classified "1+N": ΔCR1 (hub share), hub − mean spoke growth and ΔGini of the
 * members' population from the base to the end census year (`siphonEffect`). Only
 * members that are study cities count (zones and province nodes carry no census
 * value); a group whose hub is not such a city, or with fewer than two such members,
 * is listed as skipped with the reason.
 */
export function populationSiphon(dataset: Dataset, cities: readonly StudyCity[], onePlusN: DocumentedSection['onePlusN'] | undefined, options: ResolvedStudyOptions, indicator: string): PopulationSection['siphon'] {
  if (onePlusN === undefined) return { missing: 'there is no documented network, so no "1+N" hub' };
  if ('missing' in onePlusN) return onePlusN as Missing;
  const hubs = onePlusN.groups.filter((g) => g.classification === '1+N');
  if (hubs.length === 0) return { missing: 'no documented group is classified "1+N", so there is no hub whose siphon effect could be measured' };
  const known = new Set(cities.map((c) => c.id));
  const net = buildNetwork(dataset);
  const rows: Extract<PopulationSection['siphon'], { rows: unknown }>['rows'] = [];
  const skipped: string[] = [];
  for (const g of hubs) {
    const members = g.members.filter((m) => known.has(m));
    if (!known.has(g.hub)) {
      skipped.push(`${g.id}: hub ${g.hubName} is not a city with census population`);
      continue;
    }
    if (members.length < 2) {
      skipped.push(`${g.id}: fewer than two members are cities with census population`);
      continue;
    }
    const s = siphonEffect(net, members, { indicator, from: options.from, to: options.to, hub: g.hub });
    rows.push({ group: g.id, hub: g.hub, hubName: g.hubName, members: members.length, hubShareFrom: s.hubShareFrom, hubShareTo: s.hubShareTo, hubShareChange: s.hubShareChange, growthDifferential: s.growthDifferential, giniChange: s.giniChange, verdict: s.verdict });
  }
  return {
    method: `siphonEffect on the city members of each documented "1+N" group: ΔCR1 = hub share of the group's population ${options.to} − ${options.from}, growth differential = hub growth − mean spoke growth, ΔGini of the members; verdict siphon when all three > 0, spread when all < 0, else mixed`,
    rows,
    skipped,
  };
}
