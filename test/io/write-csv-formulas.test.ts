import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { writeCsvDataset } from '../../src/io/write-csv-dataset.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

/**
 * CSV injection (OWASP): a cell a spreadsheet would run as a formula is written
 * with a leading `'` by default, verbatim with `formulas: 'keep'`.
 */
const dataset = parseDataset({
  metadata: { name: 't' },
  nodes: [
    { kind: 'city', id: '440100', name: { zh: '广州市', en: '=HYPERLINK("http://x.example","y")' }, province: '广东' },
    { kind: 'city', id: '440300', name: { zh: '+cmd|\' /C calc\'!A0', en: '@SUM(1+1)' }, province: '广东', note: '-2+3' },
  ],
  linkages: [],
});

describe('writeCsvDataset and formula-leading cells', () => {
  it('neutralises =, +, -, @ at the start of text cells by default', () => {
    const { cities } = writeCsvDataset(dataset);
    const [, guangzhou, shenzhen] = cities.trim().split('\n');
    expect(guangzhou).toContain(`"'=HYPERLINK(""http://x.example"",""y"")"`);
    expect(shenzhen).toContain(`,'+cmd|' /C calc'!A0,`);
    expect(shenzhen).toContain(`'@SUM(1+1)`);
    expect(shenzhen).toContain(`'-2+3`);
  });

  it('writes them verbatim with formulas: keep', () => {
    const { cities } = writeCsvDataset(dataset, { formulas: 'keep' });
    expect(cities).toContain(`"=HYPERLINK(""http://x.example"",""y"")"`);
    expect(cities).toMatch(/,@SUM\(1\+1\),/);
    expect(cities).not.toContain(`'@SUM`);
  });

  it('never changes numbers (a negative indicator stays a number)', () => {
    const d = parseDataset({ metadata: { name: 't' }, nodes: [{ kind: 'city', id: '440100', name: { zh: '广州市' }, indicators: { '2020': { growth: -1.5 } } }] });
    expect(writeCsvDataset(d).cities.trim().split('\n')[1].endsWith(',-1.5')).toBe(true);
  });

  it('rejects an unknown formulas option naming itself', () => {
    const error = zonelinkErrorOf(() => writeCsvDataset(dataset, { formulas: 'strip' as never }));
    expect(error.message).toBe("writeCsvDataset: option formulas must be one of 'neutralise', 'keep', got \"strip\"");
  });
});
