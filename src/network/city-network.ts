import type { City } from '../schema/city.js';
import { provinceOfCode } from '../schema/provinces.js';
import { addLinkage, emptyNetworkLike, type ZoneNetwork } from './zone-network.js';
import { checkZoneNetwork } from '../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { choiceOption } from '../options/option-spec.js';

/** A city node of a city network: the city record plus the zones it hosts. */
export type CityNodeAttributes = City & { zones: string[] };

/** The declared options of {@link cityNetwork} (checks, defaults and docs/options.md come from here). */
export const cityNetworkOptions = defineOptions('cityNetwork', {
  /** Linkages that fall inside one city after collapsing: `'drop'` (default; counted in the graph attribute `intraCityLinkages`) or `'keep'` as self-loops. */
  intraCity: choiceOption(['drop', 'keep'] as const, {
    doc: "Linkages that fall inside one city after collapsing: `'drop'` (counted in the graph attribute `intraCityLinkages`) or `'keep'` as self-loops.",
    default: 'drop',
  }),
});

/** Options of {@link cityNetwork}, declared in {@link cityNetworkOptions} (see docs/options.md#citynetwork). */
export type CityNetworkOptions = OptionsOf<typeof cityNetworkOptions>;

/**
 * Collapses zones into their host cities. Each zone's linkages move to its host
 * city; a zone with k host cities linked to a node with l host cities gives k·l
 * linkages of weight w/(k·l) each (ids `linkageId@i`), so the total weight is
 * preserved. City nodes get `zones`: the ids of the zones they host (the zone–city
 * membership). Host cities missing from the network are added with their code as
 * name and the province their code implies. Province nodes (a linkage whose
 * document names a whole province) stay province nodes: they are not collapsed
 * into any city. `net` is not modified.
 *
 * @example
 * const cities = cityNetwork(net);
 * cities.getNodeAttribute('440100', 'zones'); // ['htz-guangzhou', 'etdz-guangzhou', …]
 */
export function cityNetwork(net: ZoneNetwork, options: CityNetworkOptions = {}): ZoneNetwork {
  checkZoneNetwork('cityNetwork', net);
  const { intraCity } = cityNetworkOptions.read(options);
  const out = emptyNetworkLike(net, 'city-network');
  const hosts = new Map<string, string[]>();
  const ensureCity = (code: string): CityNodeAttributes => {
    if (!out.hasNode(code)) {
      const existing = net.hasNode(code) ? net.getNodeAttributes(code) : undefined;
      const base: City =
        existing && existing.kind === 'city'
          ? existing
          : {
              kind: 'city',
              id: code,
              name: { zh: code },
              province: provinceOfCode(code)?.id as City['province'],
              strategies: [],
              cityClusters: [],
              nationalCentralCity: false,
              provincialCapital: false,
            };
      out.addNode(code, { ...base, zones: [] } as CityNodeAttributes);
    }
    return out.getNodeAttributes(code) as CityNodeAttributes;
  };
  net.forEachNode((node, attributes) => {
    if (attributes.kind === 'city') {
      ensureCity(node);
      hosts.set(node, [node]);
    } else if (attributes.kind === 'province') {
      // A province named by a document stays a province node: never pinned to a city.
      if (!out.hasNode(node)) out.addNode(node, { ...attributes });
      hosts.set(node, [node]);
    } else {
      hosts.set(node, attributes.hostCities);
      for (const code of attributes.hostCities) ensureCity(code).zones.push(node);
    }
  });
  let intraCityLinkages = 0;
  net.forEachEdge((edge, attributes, source, target) => {
    const from = hosts.get(source)!;
    const to = hosts.get(target)!;
    const share = attributes.weight / (from.length * to.length);
    let i = 0;
    for (const a of from) {
      for (const b of to) {
        const key = from.length * to.length === 1 ? edge : `${edge}@${i}`;
        i++;
        if (a === b && intraCity === 'drop') {
          intraCityLinkages++;
          continue;
        }
        addLinkage(out, { ...attributes, source: a, target: b, weight: share }, key);
      }
    }
  });
  out.setAttribute('intraCityLinkages', intraCityLinkages);
  return out;
}
