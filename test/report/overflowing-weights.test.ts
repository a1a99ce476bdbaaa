import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/report/analyze.js';
import { ReportSchema } from '../../src/report/report-schema.js';
import { renderHtml, renderMarkdown } from '../../src/report/render/index.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { buildNetwork } from '../../src/network/zone-network.js';
import { project } from '../../src/network/project.js';
import { smallDataset } from '../fixtures/network/small-dataset.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

/** The small dataset with l1 (htz-gz – htz-sz) at 1e308 and a parallel copy l1-b, also 1e308. */
function overflowing() {
  const d = structuredClone(smallDataset) as { linkages: Record<string, unknown>[] };
  d.linkages[0].weight = 1e308;
  d.linkages.push({ ...d.linkages[0], id: 'l1-b' });
  return parseDataset(d);
}

describe('two parallel 1e308 linkages (issue 15 item 3)', () => {
  it('validate (each weight is finite) and project() names the overflow: code weight-overflow, the edge, its linkages', () => {
    const error = zonelinkErrorOf(() => project(buildNetwork(overflowing())));
    expect(error.code).toBe('weight-overflow');
    expect(error.message).toBe('project: merged linkage weights overflow');
    expect(error.issues).toEqual([
      {
        code: 'weight-overflow',
        id: 'htz-gz--htz-sz',
        message: 'the 3 linkages l1, l2, l1-b between htz-gz and htz-sz sum to more than 1.8e308 (the largest finite number); divide every weight by a common factor',
      },
    ]);
  });

  it('the report still works: weights divided by 2^1023, said in gaps; strengths in that unit, rankings as for the scaled data', () => {
    const report = analyze(overflowing(), { seed: 1 });
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
    expect(report.gaps).toContainEqual({
      section: 'network',
      reason: 'linkage weights sum to more than 1.8e308, so every weight was divided by 2^1023 (exactly); strengths are in that unit, rankings and communities are unchanged',
    });
    // the same report as for the dataset divided by 2^1023 by hand, but for that gap
    const d = structuredClone(smallDataset) as { linkages: Record<string, unknown>[] };
    for (const l of d.linkages) l.weight = (l.weight as number) / 2 ** 1023;
    d.linkages[0].weight = 1e308 / 2 ** 1023;
    d.linkages.push({ ...d.linkages[0], id: 'l1-b' });
    const byHand = analyze(parseDataset(d), { seed: 1 });
    expect(report.rankings).toEqual(byHand.rankings);
    expect(report.communities).toEqual(byHand.communities);
    const strength = report.rankings.find((r) => r.measure === 'strength');
    // htz-gz: l1 + l1-b + l2 + l3 + l4 = (2·1e308 + 1 + 3 + 4) / 2^1023 ≈ 2 · (1e308 / 2^1023)
    expect(strength?.top[0]).toMatchObject({ id: 'htz-gz' });
    expect((strength?.top[0].value as number) / (2 * (1e308 / 2 ** 1023))).toBeCloseTo(1, 12);
    expect(renderMarkdown(report)).toContain('divided by 2^1023');
    expect(renderHtml(report, { explorer: false })).toContain('divided by 2^1023');
  });
});
