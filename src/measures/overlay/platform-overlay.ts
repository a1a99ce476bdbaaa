import { ascending } from 'd3-array';
import type { Attributes } from 'graphology-types';
import { ZonelinkError, invalidArgument, type ZonelinkIssue } from '../../error/zonelink-error.js';
import type { Dataset } from '../../schema/dataset.js';
import { PLATFORM_CATEGORIES, ZONE_SUBTYPES } from '../../schema/taxonomy.js';
import type { ZoneNetworkLike } from '../../network/network-contents.js';
import { zonePresentIn, type UndatedPolicy } from '../../network/year-view.js';
import { defineOptions, type OptionsOf } from '../../options/define-options.js';
import { choiceOption, customOption, numberOption } from '../../options/option-spec.js';

const BY_TYPE = "'category', 'subtype' or a function (zone) → kind";

/** What a platform kind is in {@link platformOverlay}: the zone's `category`, its `subtype`, or a function of the zone record (undefined = not counted). */
export type PlatformKind = 'category' | 'subtype' | ((zone: Attributes) => string | undefined);

/** The declared options of {@link platformOverlay} (checks, defaults and docs/options.md come from here). */
export const platformOverlayOptions = defineOptions('platformOverlay', {
  year: numberOption({
    doc: "The snapshot year: count the zones of the network as it stood in this year, by `snapshot`'s rule (approved in or before it; undated zones as `undatedZones` says).",
    defaultText: 'all zones',
    integer: true,
  }),
  undatedZones: choiceOption(['keep', 'drop'] as const satisfies readonly UndatedPolicy[], {
    doc: 'With `year`: keep (as `snapshot`) or drop zones without an approval date; either way they are listed in `undated`.',
    default: 'keep',
  }),
  by: customOption<PlatformKind>({
    type: BY_TYPE,
    doc: "What a platform kind is: the zone's `category`, its `subtype`, or a function of the zone record (undefined = not counted).",
    default: 'category',
    check: (value) => (value === 'category' || value === 'subtype' || typeof value === 'function' ? undefined : BY_TYPE),
  }),
});

/** Options of {@link platformOverlay}, declared in {@link platformOverlayOptions} (see docs/options.md#platformoverlay). */
export type PlatformOverlayOptions = OptionsOf<typeof platformOverlayOptions>;

/** The platforms one city hosts. */
export interface CityOverlay {
  /** Host city code. */
  city: string;
  /** The city's name when the input has the city record. */
  name?: { zh: string; en?: string };
  /** Kinds hosted, in taxonomy order. */
  kinds: string[];
  /** Number of zones of each kind hosted. */
  counts: Record<string, number>;
  /** Total zones hosted. */
  zones: number;
  /** Shannon diversity H = −Σ p_k ln p_k over the kinds, p_k = zones of kind k / zones. */
  shannon: number;
  /** Simpson (Gini–Simpson) diversity 1 − Σ p_k². */
  simpson: number;
}

/** Result of {@link platformOverlay}. */
export interface PlatformOverlayResult {
  year: number | null;
  /** The kinds present, in taxonomy order. */
  kinds: string[];
  /** One entry per host city, by code. */
  cities: CityOverlay[];
  /** cooccurrence[a][b] = number of cities hosting both a and b (the diagonal: cities hosting a). */
  cooccurrence: Record<string, Record<string, number>>;
  /** Zones without an approval date while `year` was given (counted unless `undatedZones: 'drop'`). */
  undated: string[];
}

function isGraph(value: unknown): value is ZoneNetworkLike {
  return typeof value === 'object' && value !== null && typeof (value as ZoneNetworkLike).forEachNode === 'function';
}

function recordsOf(caller: string, input: Dataset | ZoneNetworkLike): Attributes[] {
  if (isGraph(input)) {
    const out: Attributes[] = [];
    input.forEachNode((id, attributes) => out.push({ ...attributes, id: attributes.id ?? id }));
    return out;
  }
  if (typeof input === 'object' && input !== null && Array.isArray((input as Dataset).nodes)) return (input as Dataset).nodes as Attributes[];
  return invalidArgument(caller, 'input must be a Dataset or a ZoneNetwork', { field: 'input' });
}

/**
 * Multi-platform overlay (多平台叠加): for each city, the platform categories it hosts
 * (zones by `hostCities`; with `year`, the zones of `snapshot(network, year)`), how many zones of each, the Shannon
 * H = −Σ p ln p and Simpson 1 − Σ p² diversity of its platform mix, and the table of
 * co-occurrence between categories over cities — "of the cities hosting an FTZ, how many
 * also host a national new area" is `cooccurrence[ftz][newArea]`. A zone hosted by
 * several cities counts for each of them.
 *
 * `by: 'subtype'` separates kinds within a category (pilot FTZ vs comprehensive bonded
 * zone); a function defines any other grouping.
 *
 * @throws ZonelinkError naming `platformOverlay` listing every zone without host cities
 *   or without the kind asked for (`by: 'subtype'` on zones lacking one is not an error:
 *   those zones are left out), and for a non-integer year.
 *
 * Reference: 《区域发展重大战略功能平台的联动发展研究》 (docs/references.md; by end of 2019, of the cities hosting an FTZ,
 * 14 also hosted a national new area and 19 a comprehensive bonded zone); Shannon (1948);
 * Simpson (1949).
 *
 * Options: see docs/options.md#platformoverlay.
 *
 * @example
 * const o = platformOverlay(dataset, { year: 2019, by: 'subtype' });
 * o.cooccurrence['pilot-ftz']?.['comprehensive-bonded-zone'];
 */
export function platformOverlay(input: Dataset | ZoneNetworkLike, options: PlatformOverlayOptions = {}): PlatformOverlayResult {
  const { year, undatedZones, by } = platformOverlayOptions.read(options);
  const caller = 'platformOverlay';
  const records = recordsOf(caller, input);
  const names = new Map<string, { zh: string; en?: string }>();
  for (const r of records) if (r.kind === 'city' && typeof r.id === 'string' && r.name) names.set(r.id, r.name);

  const issues: ZonelinkIssue[] = [];
  const undated: string[] = [];
  const hosted = new Map<string, Map<string, number>>();
  records.forEach((r, index) => {
    if (r.kind !== 'zone') return;
    const id = String(r.id);
    if (!Array.isArray(r.hostCities) || r.hostCities.length === 0) {
      issues.push({ code: 'missing-host-city', message: `${caller}: zone ${id} (position ${index}) has no host cities`, id, index, field: 'hostCities' });
      return;
    }
    if (year !== undefined) {
      const approved = typeof r.approved === 'string' ? r.approved : undefined;
      if (approved === undefined) undated.push(id);
      // snapshot's rule, so the overlay of a year counts the zones the year's network holds
      if (!zonePresentIn(approved, year, undatedZones)) return;
    }
    let kind: string | undefined;
    if (by === 'category') {
      kind = r.category;
      if (typeof kind !== 'string') issues.push({ code: 'missing-category', message: `${caller}: zone ${id} (position ${index}) has no category`, id, index, field: 'category' });
    } else if (by === 'subtype') kind = typeof r.subtype === 'string' ? r.subtype : undefined;
    else kind = by(r);
    if (typeof kind !== 'string') return;
    for (const city of new Set<string>(r.hostCities)) {
      let counts = hosted.get(city);
      if (!counts) hosted.set(city, (counts = new Map()));
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `${caller}: invalid zones`, issues);

  const taxonomy: readonly { id: string }[] = by === 'category' ? PLATFORM_CATEGORIES : by === 'subtype' ? ZONE_SUBTYPES : [];
  const rank = new Map(taxonomy.map((t, i) => [t.id, i]));
  const compareKinds = (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || ascending(a, b);
  const kinds = [...new Set([...hosted.values()].flatMap((m) => [...m.keys()]))].sort(compareKinds);
  const cooccurrence: Record<string, Record<string, number>> = {};
  for (const a of kinds) {
    cooccurrence[a] = {};
    for (const b of kinds) cooccurrence[a][b] = 0;
  }
  const cities: CityOverlay[] = [];
  for (const city of [...hosted.keys()].sort()) {
    const counts = hosted.get(city)!;
    const own = [...counts.keys()].sort(compareKinds);
    let zones = 0;
    for (const c of counts.values()) zones += c;
    let shannon = 0;
    let sumSq = 0;
    for (const c of counts.values()) {
      const p = c / zones;
      shannon -= p * Math.log(p);
      sumSq += p * p;
    }
    for (const a of own) for (const b of own) cooccurrence[a][b]++;
    const entry: CityOverlay = { city, kinds: own, counts: Object.fromEntries(own.map((k) => [k, counts.get(k)!])), zones, shannon: own.length > 1 ? shannon : 0, simpson: own.length > 1 ? 1 - sumSq : 0 };
    const name = names.get(city);
    if (name) entry.name = name;
    cities.push(entry);
  }
  return { year: year ?? null, kinds, cities, cooccurrence, undated: undated.sort() };
}
