import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { ReportSchema } from '../../src/report/report-schema.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { smallDataset } from '../fixtures/network/small-dataset.js';

/**
 * An indicator that is 0 in every city (or 1e308, whose sum overflows) has no
 * Lorenz curve; analyze emitted NaN there, which JSON writes as null and
 * ReportSchema rejects. The section is now left out and the report's gaps say why.
 */
describe('analyze with an all-zero or all-1e308 indicator', () => {
  it('all 0: the report passes ReportSchema and its gaps say why the indicator has no section', () => {
    const d = structuredClone(smallDataset) as { nodes: { kind: string; indicators?: unknown }[] };
    for (const n of d.nodes) if (n.kind === 'city') n.indicators = { '2020': { gdp: 0 } };
    const report = analyze(parseDataset(d));
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
    expect(report.inequality.find((s) => s.indicator.id === 'indicator-gdp')).toBeUndefined();
    expect(report.gaps).toContainEqual({ section: 'inequality', reason: 'city indicator "gdp" (2020): the values sum to 0, so shares (Lorenz, Gini, Theil) are undefined' });
  });

  it('all 1e308: the sum overflows, but the indices are scale invariant (values rescaled by a power of two): equal values, Gini 0, CV 0, the diagonal Lorenz curve', () => {
    const d = structuredClone(smallDataset) as { nodes: { kind: string; indicators?: unknown }[] };
    for (const n of d.nodes) if (n.kind === 'city') n.indicators = { '2020': { gdp: 1e308 } };
    const report = analyze(parseDataset(d));
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
    const section = report.inequality.find((s) => s.indicator.id === 'indicator-gdp');
    expect(section).toMatchObject({ n: 3, gini: 0, coefficientOfVariation: 0, theilT: 0 });
    // three equal values: the curve runs along the diagonal
    section!.lorenz.p.forEach((p, i) => expect(section!.lorenz.l[i]).toBeCloseTo(p, 15));
    for (const g of section!.groups) expect(g.lorenz.l.length).toBeGreaterThan(0);
  });
});
