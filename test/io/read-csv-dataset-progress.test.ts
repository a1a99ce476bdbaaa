import { describe, expect, it } from 'vitest';
import { readCsvDataset } from '../../src/io/read-csv-dataset.js';
import type { ProgressEvent } from '../../src/progress/progress-options.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

const cities = 'id,name\n110000,北京市\n120000,天津市\n';
const linkages = 'id,source,target,mode\n' + Array.from({ length: 9000 }, (_, k) => `l${k},110000,120000,产业链联动\n`).join('');

describe('readCsvDataset: progress of validating the records', () => {
  it('reports records up to the total (every table), ending with done === total', () => {
    const events: ProgressEvent[] = [];
    const dataset = readCsvDataset({ cities, linkages }, { onProgress: (e) => events.push(e) });
    expect(dataset.linkages).toHaveLength(9000);
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((e) => e.task === 'readCsvDataset' && e.unit === 'records' && e.total === 9002)).toBe(true);
    expect(events.at(-1)!.done).toBe(9002);
  });

  it('an aborted signal throws ZonelinkError code aborted naming readCsvDataset', () => {
    const controller = new AbortController();
    controller.abort();
    const error = zonelinkErrorOf(() => readCsvDataset({ cities, linkages }, { signal: controller.signal }));
    expect(error.code).toBe('aborted');
    expect(error.message).toMatch(/^readCsvDataset: aborted/);
  });
});
