import { describe, expect, it } from 'vitest';
import { analyze, SPOKE_LINK_LIMIT } from '../../src/report/analyze.js';
import { renderMarkdown } from '../../src/report/render/render-markdown.js';
import { buildReportOutline } from '../../src/report/render/report-outline.js';
import type { Dataset } from '../../src/schema/dataset.js';
import { HUB_DIAGRAM_MAX_SPOKES } from '../../src/report/render/svg/index.js';

/**
 * `n` cities of one province (Beijing, codes 11xxxx) with coordinates, every pair
 * linked once with a distinct weight 1 + (i·n + j) / 1000, so the strongest links
 * are unambiguous.
 */
function completeProvince(n: number): Dataset {
  const code = (k: number) => String(110000 + 100 * k);
  const linkages = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      linkages.push({ id: `l${i}-${j}`, source: code(i), target: code(j), mode: (i + j) % 2 === 0 ? 'industrial-chain' : 'resource-factor', directed: false, weight: 1 + (i * n + j) / 1000, enclave: false });
    }
  }
  return {
    metadata: { name: 'one complete province', sources: [], coverage: [] },
    nodes: Array.from({ length: n }, (_, k) => ({ kind: 'city', id: code(k), name: { zh: `城${k}` }, coordinates: { lon: 116 + k / 100, lat: 40 } })),
    linkages,
  } as unknown as Dataset;
}

/** The links among the spokes by the definition: every spoke pair i < j (spoke order) looked up in the linkages. */
function everySpokePair(dataset: Dataset, spokes: readonly string[]) {
  const weight = new Map<string, number>();
  for (const l of dataset.linkages) weight.set([l.source, l.target].sort().join('|'), l.weight as number);
  const out: { source: string; target: string; weight: number }[] = [];
  for (let i = 0; i < spokes.length; i++) {
    for (let j = i + 1; j < spokes.length; j++) {
      const w = weight.get([spokes[i], spokes[j]].sort().join('|'));
      if (w !== undefined) out.push({ source: spokes[i], target: spokes[j], weight: w });
    }
  }
  return out;
}

describe('analyze: the links among a "1+N" group\'s spokes', () => {
  it('are every linked spoke pair, in pair order, when there are at most SPOKE_LINK_LIMIT', () => {
    const dataset = completeProvince(20);
    const report = analyze(dataset, { seed: 1 });
    const group = report.onePlusN.groups.find((g) => g.basis === 'province')!;
    expect(group.size).toBe(20);
    const all = everySpokePair(dataset, group.spokes.map((s) => s.id));
    expect(all).toHaveLength((19 * 18) / 2);
    expect(group.spokeLinks).toEqual(all);
    expect(report.gaps.filter((g) => g.section === 'onePlusN')).toEqual([]);
  });

  it('are cut to the SPOKE_LINK_LIMIT strongest above it (kept in pair order), and the gaps say so', () => {
    const dataset = completeProvince(40);
    const report = analyze(dataset, { seed: 1 });
    const group = report.onePlusN.groups.find((g) => g.basis === 'province')!;
    const all = everySpokePair(dataset, group.spokes.map((s) => s.id));
    expect(all).toHaveLength((39 * 38) / 2);
    expect(SPOKE_LINK_LIMIT).toBeLessThan(all.length);
    const threshold = all.map((l) => l.weight).sort((a, b) => b - a)[SPOKE_LINK_LIMIT - 1];
    expect(group.spokeLinks).toEqual(all.filter((l) => l.weight >= threshold));
    expect(group.spokeLinks).toHaveLength(SPOKE_LINK_LIMIT);
    const gap = report.gaps.find((g) => g.section === 'onePlusN');
    expect(gap?.reason).toContain(`draw at most the ${SPOKE_LINK_LIMIT} strongest links among a group's members other than the hub — 北京市 Beijing: ${SPOKE_LINK_LIMIT} of 741 (weight ≥ ${threshold})`);
    expect(renderMarkdown(report)).toContain(`${SPOKE_LINK_LIMIT} of 741`);
    // the measures still see every link: 741 linked spoke pairs of C(39, 2)
    expect(group.spokeDensity).toBe(1);
  });
});

describe('analyze and render: a group of more members than a diagram draws', () => {
  it('keeps every member in the report and says in the caption that the diagram draws the HUB_DIAGRAM_MAX_SPOKES most strongly linked to the hub', () => {
    const n = HUB_DIAGRAM_MAX_SPOKES + 21;
    const code = (k: number) => String(110100 + k); // all in Beijing (11…)
    // a star: city 0 linked to every other city, weight k
    const dataset = {
      metadata: { name: 'a star province', sources: [], coverage: [] },
      nodes: Array.from({ length: n }, (_, k) => ({ kind: 'city', id: code(k), name: { zh: `城${k}` }, coordinates: { lon: 116 + k / 100, lat: 40 } })),
      linkages: Array.from({ length: n - 1 }, (_, k) => ({ id: `l${k}`, source: code(0), target: code(k + 1), mode: 'industrial-chain', directed: false, weight: k + 1, enclave: false })),
    } as unknown as Dataset;
    const report = analyze(dataset, { seed: 1 });
    const group = report.onePlusN.groups.find((g) => g.basis === 'province')!;
    expect(group.hub.id).toBe(code(0));
    expect(group.spokes).toHaveLength(n - 1);
    expect(group.classification).toBe('1+N');
    const captions = buildReportOutline(report).sections.flatMap((section) => section.blocks).flatMap((b) => (b.kind === 'figure' && b.figure.type === 'hub' ? [b.figure.caption] : []));
    expect(captions).toHaveLength(1);
    expect(captions[0]).toContain(`${n - 1} of ${n - 1} members linked to the hub 与核心有联动, lines only for linkages that exist; the diagram draws the ${HUB_DIAGRAM_MAX_SPOKES} members most strongly linked to the hub`);
  });
});
