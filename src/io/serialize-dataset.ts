import type { Dataset } from '../schema/dataset.js';

/**
 * The dataset as JSON text. `parseDataset(serializeDataset(d))` deep-equals `d`
 * for every valid dataset `d` (the round trip is tested).
 *
 * @param space indentation, default 2; 0 for one line.
 * @example
 * await writeFile('dataset.json', serializeDataset(dataset));
 */
export function serializeDataset(dataset: Dataset, space = 2): string {
  return JSON.stringify(dataset, null, space === 0 ? undefined : space) + '\n';
}
