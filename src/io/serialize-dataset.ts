import type { Dataset } from '../schema/dataset.js';
import { checkDatasetShape } from '../error/argument-checks.js';
import { invalidArgument } from '../error/zonelink-error.js';

/**
 * The dataset as JSON text. `parseDataset(serializeDataset(d))` deep-equals `d`
 * for every valid dataset `d` (the round trip is tested).
 *
 * @param space indentation, default 2; 0 for one line.
 * @example
 * await writeFile('dataset.json', serializeDataset(dataset));
 */
export function serializeDataset(dataset: Dataset, space = 2): string {
  checkDatasetShape('serializeDataset', dataset);
  if (typeof space !== 'number' || !(space >= 0)) invalidArgument('serializeDataset', 'space must be a number ≥ 0', { field: 'space' });
  return JSON.stringify(dataset, null, space === 0 ? undefined : space) + '\n';
}
