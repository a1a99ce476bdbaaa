import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { DEFAULT_SEED } from '../../src/statistics/check-seed.js';
import { smallDataset } from '../fixtures/network/small-dataset.js';

/** One default seed: the report used 1 where leiden and findOnePlusN used 0. */
describe('the default seed of analyze', () => {
  const dataset = parseDataset(smallDataset);
  it('is DEFAULT_SEED = 0, the default of leiden and findOnePlusN', () => {
    expect(DEFAULT_SEED).toBe(0);
    const report = analyze(dataset);
    expect(report.parameters.seed).toBe(0);
    expect(report).toEqual(analyze(dataset, { seed: 0 }));
  });
});
