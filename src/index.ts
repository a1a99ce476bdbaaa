/**
 * zonelink: zone linkage networks for regional economics.
 *
 * Data flows one way: files or objects → `parseDataset` / `readCsvDataset`
 * (validated `Dataset`) → `buildNetwork` (`ZoneNetwork`) → views (`layer`,
 * `snapshot`, `subnetwork`, `project`, `cityNetwork`) → measures (pure functions).
 *
 * @packageDocumentation
 */
export * from './error/zonelink-error.js';
export * from './random/seeded-random.js';
export * from './schema/index.js';
export * from './io/index.js';
export * from './network/index.js';
export * from './measures/centrality/index.js';
export * from './measures/inequality/index.js';
export * from './measures/polarization/index.js';
export * from './report/dataset-summary.js';
