import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { platformOverlay } from '../../../src/measures/overlay/index.js';
import { buildNetwork } from '../../../src/network/zone-network.js';
import { snapshot } from '../../../src/network/snapshot.js';
import { DatasetSchema, type Dataset } from '../../../src/schema/dataset.js';

// Issue 15 item 13: in one 2015 report the overlay counted 298 zone–city pairs where
// the map counted 450, because the overlay dropped undated zones while `snapshot`
// (and so the map) keeps them. A year means one thing: the overlay of a year counts
// exactly the zone–city pairs of the year's snapshot.

const CITIES = ['110000', '310000', '440100', '440300'];
const CATEGORIES = ['national-new-area', 'national-development-zone', 'customs-area-or-ftz'];

function datasetOf(zones: { category: number; hosts: number[]; approved: number | null; month: boolean }[]): Dataset {
  return DatasetSchema.parse({
    metadata: { name: 'overlay and snapshot' },
    nodes: [
      ...CITIES.map((id) => ({ kind: 'city', id, name: { zh: id } })),
      ...zones.map((z, i) => ({
        kind: 'zone',
        id: `z${i}`,
        name: { zh: `z${i}` },
        category: CATEGORIES[z.category],
        level: 'national',
        hostCities: [...new Set(z.hosts.map((h) => CITIES[h]))],
        ...(z.approved === null ? {} : { approved: z.month ? `${z.approved}-06` : String(z.approved) }),
      })),
    ],
  });
}

/** Zone–city pairs of the year's network, counted from `snapshot` itself. */
function snapshotPairs(dataset: Dataset, year: number, undatedZones: 'keep' | 'drop'): number {
  let pairs = 0;
  snapshot(buildNetwork(dataset), year, { undatedZones }).forEachNode((_id, a) => {
    if (a.kind === 'zone') pairs += new Set(a.hostCities).size;
  });
  return pairs;
}

const overlayPairs = (r: ReturnType<typeof platformOverlay>): number => r.cities.reduce((s, c) => s + c.zones, 0);

describe('platformOverlay and snapshot agree on what a year holds', () => {
  it('counts undated zones as snapshot does (hand count)', () => {
    const dataset = datasetOf([
      { category: 0, hosts: [1], approved: 1992, month: false },
      { category: 2, hosts: [1], approved: 2013, month: true },
      { category: 2, hosts: [2, 3], approved: 2015, month: false },
      { category: 1, hosts: [2], approved: null, month: false },
      { category: 0, hosts: [0], approved: 2017, month: false },
    ]);
    // 2015: z0 (1 city) + z1 (1) + z2 (2) + z3 undated (1) = 5 pairs; z4 comes in 2017.
    // The old rule dropped z3 and counted 4.
    expect(overlayPairs(platformOverlay(dataset, { year: 2015 }))).toBe(5);
    expect(snapshotPairs(dataset, 2015, 'keep')).toBe(5);
    expect(overlayPairs(platformOverlay(dataset, { year: 2015, undatedZones: 'drop' }))).toBe(4);
    expect(snapshotPairs(dataset, 2015, 'drop')).toBe(4);
    expect(platformOverlay(dataset, { year: 2015 }).undated).toEqual(['z3']);
  });

  it('on random datasets, every year and both undated policies, dataset and network input alike', () => {
    const zone = fc.record({
      category: fc.integer({ min: 0, max: 2 }),
      hosts: fc.array(fc.integer({ min: 0, max: CITIES.length - 1 }), { minLength: 1, maxLength: 3 }),
      approved: fc.option(fc.integer({ min: 1984, max: 2024 }), { nil: null }),
      month: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(zone, { maxLength: 25 }), fc.integer({ min: 1980, max: 2026 }), fc.constantFrom('keep' as const, 'drop' as const), (zones, year, undatedZones) => {
        const dataset = datasetOf(zones);
        const fromDataset = platformOverlay(dataset, { year, undatedZones });
        expect(overlayPairs(fromDataset)).toBe(snapshotPairs(dataset, year, undatedZones));
        // the overlay of the year's snapshot is the overlay of the year
        const net = buildNetwork(dataset);
        expect(platformOverlay(snapshot(net, year, { undatedZones }))).toEqual({ ...fromDataset, year: null, undated: [] });
        expect(platformOverlay(net, { year, undatedZones })).toEqual(fromDataset);
      }),
      { numRuns: 150 },
    );
  });
});
