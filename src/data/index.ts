/**
 * The bundled China dataset (`zonelink/data`): 337 prefecture-level units and
 * municipalities (2024 codes) with Hong Kong, Macao and the county-level cities
 * that host national zones; the national functional platforms (SEZs, national
 * new areas, pilot FTZs and their areas, HTZs, ETDZs, border and cross-border
 * economic cooperation zones, cross-border e-commerce pilot cities, the major
 * reform platforms); province nodes for programmes that name whole provinces;
 * the linkages stated by the source papers and by programme documents (NE–East
 * counterpart cooperation, east–west pairing, counterpart support to Xinjiang
 * and Tibet); census population 2010/2020 of the cities; and accessibility
 * (high-speed-rail key-stop pairs, Guangzhou's time circles). What each
 * list covers and misses is in `china.metadata.coverage`; the sources and their
 * licences are in `data/SOURCES.md`.
 *
 * @packageDocumentation
 */
import { parseDataset } from '../io/parse-dataset.js';
import type { Dataset } from '../schema/dataset.js';
import cities from '../../data/china/cities.json' with { type: 'json' };
import linkages from '../../data/china/linkages.json' with { type: 'json' };
import metadata from '../../data/china/metadata.json' with { type: 'json' };
import provinces from '../../data/china/provinces.json' with { type: 'json' };
import accessibility from '../../data/china/accessibility.json' with { type: 'json' };
import zones from '../../data/china/zones.json' with { type: 'json' };

/**
 * The bundled China dataset, parsed and validated by `parseDataset` when this
 * module is first imported.
 *
 * @example
 * import { china } from 'zonelink/data';
 * china.nodes.filter((n) => n.kind === 'zone' && n.category === 'national-new-area').length; // 19
 */
export const china: Dataset = parseDataset(
  { metadata, nodes: [...cities, ...provinces, ...zones], linkages, accessibility },
  { file: 'zonelink/data (china)' },
);
