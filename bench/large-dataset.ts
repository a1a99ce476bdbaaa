/**
 * Seeded generators of large zonelink inputs shared by the large-data benchmarks:
 * node ids shaped like real ones (`etdz-000123`, `htz-…`, 6-digit city codes,
 * `ftz-area-…`, `zone-…`), a linkage CSV with a skewed degree distribution, and the
 * zone and city CSVs of those nodes (coordinates, provinces, host cities, one indicator).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { seededRandom } from '../src/random/seeded-random.js';

/** Nodes of the generated datasets. */
export const NODES = 50_000;
/** Linkage modes cycled through (ids and a Chinese spelling, as real files mix them). */
export const MODES = ['industrial-chain', '产业链联动', 'resource-factor', 'cross-regional'];

/** The id of node k: every fifth a city (6-digit code), the others zones of four kinds. */
export function nodeId(k: number): string {
  const kind = k % 5;
  if (kind === 0) return String(110000 + k); // a 6-digit administrative code
  if (kind === 1) return `etdz-${String(k).padStart(6, '0')}`;
  if (kind === 2) return `htz-${String(k).padStart(6, '0')}`;
  if (kind === 3) return `ftz-area-${k}`;
  return `zone-${k}`;
}

/** Writes text to `path` in 1 MiB pieces built by `rows(emit)`. */
function writeChunked(path: string, header: string, rows: (emit: (line: string) => void) => void): void {
  const fd = openSync(path, 'w');
  let buffer = header;
  rows((line) => {
    buffer += line;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  });
  writeSync(fd, buffer);
  closeSync(fd);
}

/** A linkage CSV of `linkages` rows among {@link NODES} nodes (sources skewed by a squared uniform). */
export function writeLinkages(path: string, linkages: number, seed: number, nodes = NODES): void {
  const random = seededRandom(seed);
  const ids = Array.from({ length: nodes }, (_, k) => nodeId(k));
  writeChunked(path, 'id,source,target,mode,weight,start_year\n', (emit) => {
    for (let e = 0; e < linkages; e++) {
      const s = Math.floor(nodes * random() ** 2);
      let t = Math.floor(nodes * random());
      if (t === s) t = (t + 1) % nodes;
      emit(`l${e},${ids[s]},${ids[t]},${MODES[e & 3]},${(1 + Math.floor(random() * 1000)) / 10},${1990 + Math.floor(random() * 35)}\n`);
    }
  });
}

const PROVINCE_OF_PREFIX: Record<string, string> = { '11': 'beijing', '12': 'tianjin', '13': 'hebei', '14': 'shanxi', '15': 'inner-mongolia' };
const ZONE_KIND: Record<number, [string, string]> = {
  1: ['national-development-zone', 'etdz'],
  2: ['national-development-zone', 'htz'],
  3: ['customs-area-or-ftz', 'ftz-area'],
  4: ['provincial-zone', ''],
};

/**
 * `zones.csv` and `cities.csv` of the {@link NODES} nodes: cities with coordinates,
 * province and a population indicator; zones with category, subtype, level, approval
 * year, host city (the city of their block of five ids), province and coordinates.
 */
export function writeNodes(zonesPath: string, citiesPath: string, seed: number, nodes = NODES): void {
  const random = seededRandom(seed);
  const place = () => `${(73 + random() * 62).toFixed(5)},${(18 + random() * 35).toFixed(5)}`;
  writeChunked(citiesPath, 'id,name,province,lon,lat,population@2020\n', (emit) => {
    for (let k = 0; k < nodes; k += 5) {
      const id = nodeId(k);
      emit(`${id},城市${k},${PROVINCE_OF_PREFIX[id.slice(0, 2)]},${place()},${1000 + Math.floor(random() * 5_000_000)}\n`);
    }
  });
  writeChunked(zonesPath, 'id,name,category,subtype,level,approved,host_cities,province,lon,lat\n', (emit) => {
    for (let k = 0; k < nodes; k++) {
      if (k % 5 === 0) continue;
      const host = nodeId(k - (k % 5));
      const [category, subtype] = ZONE_KIND[k % 5];
      const level = k % 5 === 4 ? 'provincial' : 'national';
      emit(`${nodeId(k)},园区${k},${category},${subtype},${level},${1984 + Math.floor(random() * 40)},${host},${PROVINCE_OF_PREFIX[host.slice(0, 2)]},${place()}\n`);
    }
  });
}
