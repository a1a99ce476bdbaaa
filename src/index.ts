/**
 * zonelink: zone linkage networks for regional economics.
 *
 * Data flows one way: files or objects → `parseDataset` / `readCsvDataset`
 * (validated `Dataset`) → `buildNetwork` (`ZoneNetwork`) → views (`layer`,
 * `snapshot`, `subnetwork`, `project`, `cityNetwork`) → measures (pure
 * functions) → `analyze` (one report object) → `renderMarkdown` / `renderHtml`.
 *
 * @packageDocumentation
 */
export * from './error/zonelink-error.js';
export { escapeControlCharacters } from './error/escape-control-characters.js';
export * from './random/seeded-random.js';
export * from './statistics/index.js';
export type { ProgressEvent, ProgressOptions } from './progress/index.js';
export type { CollectedOptions, OptionSpec, OptionSpecs, OptionsFrom, OptionsOf, OptionsSchema, ResolvedOptions } from './options/index.js';
export { ZONELINK_VERSION } from './version.js';
export * from './schema/index.js';
export * from './io/index.js';
export * from './network/index.js';
export * from './measures/centrality/index.js';
export * from './measures/community/index.js';
export * from './measures/structure/index.js';
export * from './measures/roles/index.js';
export * from './measures/inequality/index.js';
export * from './measures/inequality/network-index.js';
export * from './measures/indicator-inequality/index.js';
export * from './measures/polarization/index.js';
export * from './measures/hubs/index.js';
export * from './measures/multiplex/index.js';
export * from './measures/segmentation/index.js';
export * from './measures/overlay/index.js';
export * from './measures/spatial/index.js';
export * from './measures/convergence/index.js';
export * from './measures/dyadic/index.js';
export * from './measures/blocks/index.js';
export * from './geometry/index.js';
export * from './models/index.js';
export * from './report/index.js';
export * from './measures/paths/index.js';
export * from './measures/clustering/index.js';
export * from './measures/mixing/index.js';
export * from './measures/whole-network/index.js';
