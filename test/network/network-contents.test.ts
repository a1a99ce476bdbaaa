import { describe, it, expect } from 'vitest';
import { china } from '../../src/data/index.js';
import { buildNetwork, project, snapshot, layer } from '../../src/network/index.js';
import { projectContents, readNetwork } from '../../src/network/network-contents.js';
import { findOnePlusN, dominantFlowRegions } from '../../src/measures/hubs/index.js';
import { segmentation } from '../../src/measures/segmentation/index.js';
import { multiplexParticipation, overlappingDegree, edgeOverlap } from '../../src/measures/multiplex/index.js';
import { platformOverlay } from '../../src/measures/overlay/index.js';
import { LINKAGE_MODES } from '../../src/schema/taxonomy.js';

const net = buildNetwork(china);

function edgeWeights(g: ReturnType<typeof project>): Map<string, number> {
  const out = new Map<string, number>();
  g.forEachEdge((_e, a, s, t) => out.set(s < t ? `${s}|${t}` : `${t}|${s}`, a.weight as number));
  return out;
}

describe('the zone-network reader against the network module (bundled China dataset)', () => {
  it('reading at a year gives the nodes and linkages of snapshot(); a weight function projects like the attribute', () => {
    for (const year of [2010, 2016, 2022]) {
      const contents = readNetwork(net, { caller: 'test', year });
      const view = snapshot(net, year);
      expect(contents.nodes.sort()).toEqual(view.nodes().sort());
      expect(contents.linkages.map((l) => l.id).sort()).toEqual(view.edges().sort());
      const byFunction = projectContents('test', readNetwork(net, { caller: 'test', year, weight: (_id, l) => l.weight as number }));
      expect(edgeWeights(byFunction as never)).toEqual(edgeWeights(project(view)));
    }
  });

  it('every analysis runs on the real network and keeps its invariants', () => {
    const groups = findOnePlusN(net, { groups: 'province' });
    expect(groups.groups.length).toBeGreaterThan(0);
    for (const g of groups.groups) {
      const sum = Object.values(g.spokeShareByMode).reduce((s, m) => s + m.contribution, 0);
      if (!Number.isNaN(g.spokeShareToHub)) expect(sum).toBeCloseTo(g.spokeShareToHub, 12);
      expect(g.hubDominance).toBeGreaterThanOrEqual(0);
      expect(g.hubDominance).toBeLessThanOrEqual(1);
    }
    const declared = findOnePlusN(net, { groups: 'declared' });
    expect(declared.groups.every((g) => g.id.startsWith('declared:'))).toBe(true);
    const seg = segmentation(net, { seed: 7 });
    expect(seg.crossingShare).toBeGreaterThanOrEqual(0);
    expect(seg.crossingShare).toBeLessThanOrEqual(1);
    expect(seg.linkageCount).toBe(china.linkages.filter((l) => l.source !== l.target).length);
    const regions = dominantFlowRegions(project(net));
    expect(regions.regions.reduce((s, r) => s + 1 + r.members.length, 0)).toBe(net.order);
  });

  it('multiplex layers are the network module layers; participation stays in [0, 1]', () => {
    const od = overlappingDegree(net, { modes: LINKAGE_MODES.map((m) => m.id) });
    for (const m of LINKAGE_MODES) {
      const own = project(layer(net, m.id));
      for (const v of own.nodes()) {
        const neighbours = new Set(own.neighbors(v).filter((u) => u !== v));
        expect(od.byLayer[m.id].degree[v]).toBe(neighbours.size);
      }
    }
    const p = multiplexParticipation(net, { modes: LINKAGE_MODES.map((m) => m.id) });
    for (const v of Object.values(p.participation)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1 + 1e-12);
    }
    const overlap = edgeOverlap(net);
    expect(overlap.pairs.length).toBeGreaterThan(0);
  });

  it('platform overlay of the dataset and of its network agree', () => {
    expect(platformOverlay(net, { year: 2019 })).toEqual(platformOverlay(china, { year: 2019 }));
  });
});
