import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { buildNetwork } from '../../src/network/zone-network.js';
import { snapshot } from '../../src/network/snapshot.js';
import { project } from '../../src/network/project.js';
import { cityNetwork } from '../../src/network/city-network.js';
import { accessibilityPairs } from '../../src/network/accessibility-pairs.js';
import { accessibilityGraph } from '../../src/network/accessibility-graph.js';
import { compactAdjacency } from '../../src/network/compact-adjacency.js';
import { smallDataset } from '../fixtures/network/small-dataset.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

const dataset = parseDataset(smallDataset);
const net = buildNetwork(dataset);

// The network functions read their options through a declared schema: a typo is
// an error naming the function and the nearest option, a bad value names the option.
describe('network functions reject unknown and invalid options', () => {
  it('names the nearest declared option of a misspelt one', () => {
    expect(zonelinkErrorOf(() => snapshot(net, 2019, { undatedZone: 'drop' } as never)).message).toMatch(/^snapshot: unknown option undatedZone \(did you mean undatedZones\?\)/);
    expect(zonelinkErrorOf(() => project(net, { selfloops: false } as never)).message).toMatch(/^project: unknown option selfloops \(did you mean selfLoops\?\)/);
    expect(zonelinkErrorOf(() => cityNetwork(net, { intracity: 'keep' } as never)).message).toMatch(/^cityNetwork: unknown option intracity \(did you mean intraCity\?\)/);
    expect(zonelinkErrorOf(() => accessibilityPairs(dataset, { mode: ['rail'] } as never)).message).toMatch(/^accessibilityPairs: unknown option mode \(did you mean modes\?\)/);
    expect(zonelinkErrorOf(() => accessibilityGraph(dataset, { planned: false } as never)).message).toMatch(/^accessibilityGraph: unknown option planned/);
    expect(zonelinkErrorOf(() => compactAdjacency(project(net) as never, { weigth: null } as never)).message).toMatch(/^compactAdjacency: unknown option weigth \(did you mean weight\?\)/);
  });

  it('names the option whose value is invalid', () => {
    expect(zonelinkErrorOf(() => snapshot(net, 2019, { undatedZones: 'skip' as never })).message).toBe("snapshot: option undatedZones must be one of 'keep', 'drop', got \"skip\"");
    expect(zonelinkErrorOf(() => project(net, { merge: 'mean' as never })).message).toBe("project: option merge must be one of 'sum', 'max', 'count', got \"mean\"");
    expect(zonelinkErrorOf(() => project(net, { modeWeights: { 'industrial-chain': -1 } })).message).toMatch(/^project: option modeWeights must be an object \{ linkage mode: finite number ≥ 0 \}/);
    expect(zonelinkErrorOf(() => cityNetwork(net, { intraCity: 'merge' as never })).message).toBe("cityNetwork: option intraCity must be one of 'drop', 'keep', got \"merge\"");
    expect(zonelinkErrorOf(() => accessibilityPairs(dataset, { includePlanned: 'no' as never })).message).toBe('accessibilityPairs: option includePlanned must be true or false, got "no"');
  });

  it('reports a bad compactAdjacency option under the measure that passes its name as caller', () => {
    expect(zonelinkErrorOf(() => compactAdjacency(project(net) as never, { weight: 3 as never, caller: 'pagerank' })).message).toMatch(/^pagerank: option weight must be an edge attribute name/);
    expect(zonelinkErrorOf(() => compactAdjacency(project(net) as never, { weight: 3 as never })).message).toMatch(/^compactAdjacency: option weight must be/);
  });

  it('keeps the defaults', () => {
    expect(snapshot(net, 2030).size).toBe(snapshot(net, 2030, { undatedZones: 'keep', undatedLinkages: 'keep' }).size);
    expect(project(net).size).toBe(project(net, { merge: 'sum', directed: false, selfLoops: true, weight: 'weight' }).size);
    expect(cityNetwork(net).size).toBe(cityNetwork(net, { intraCity: 'drop' }).size);
  });
});
