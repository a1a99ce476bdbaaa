import { describe, it, expect } from 'vitest';
import { platformOverlay } from '../../../src/measures/overlay/index.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import type { Dataset } from '../../../src/schema/dataset.js';
import { DatasetSchema } from '../../../src/schema/dataset.js';
import { zoneNetwork } from '../../fixtures/hubs/zone-network-fixture.js';

const z = (id: string, category: string, hostCities: string[], approved?: string, subtype?: string) => ({
  kind: 'zone' as const,
  id,
  name: { zh: id },
  category,
  level: 'national',
  hostCities,
  ...(approved ? { approved } : {}),
  ...(subtype ? { subtype } : {}),
});

const dataset: Dataset = DatasetSchema.parse({
  metadata: { name: 'overlay test' },
  nodes: [
    { kind: 'city', id: '310000', name: { zh: '上海', en: 'Shanghai' } },
    z('sh-ftz', 'customs-area-or-ftz', ['310000'], '2013', 'pilot-ftz'),
    z('pudong', 'national-new-area', ['310000'], '1992'),
    z('sh-cbz', 'customs-area-or-ftz', ['310000'], '2009', 'comprehensive-bonded-zone'),
    z('gz-ftz', 'customs-area-or-ftz', ['440100', '440300'], '2015', 'pilot-ftz'),
    z('nansha', 'national-new-area', ['440100'], '2012'),
    z('gz-etdz', 'national-development-zone', ['440100'], '1984', 'etdz'),
    z('xiongan', 'national-new-area', ['130600'], '2017'),
    z('xj-ftz', 'customs-area-or-ftz', ['650100'], '2023', 'pilot-ftz'),
    z('undated', 'national-development-zone', ['650100']),
  ],
});

describe('platformOverlay', () => {
  it('per city: categories, counts, Shannon and Simpson diversity (hand-computed)', () => {
    const r = platformOverlay(dataset, { year: 2019, undatedZones: 'drop' });
    expect(r.kinds).toEqual(['national-new-area', 'national-development-zone', 'customs-area-or-ftz']);
    expect(r.cities.map((c) => c.city)).toEqual(['130600', '310000', '440100', '440300']);
    const sh = r.cities[1];
    expect(sh.name).toEqual({ zh: '上海', en: 'Shanghai' });
    expect(sh.counts).toEqual({ 'national-new-area': 1, 'customs-area-or-ftz': 2 });
    expect(sh.zones).toBe(3);
    // p = (1/3, 2/3): H = −(1/3 ln 1/3 + 2/3 ln 2/3) = 0.636514…, Simpson = 1 − (1/9 + 4/9) = 4/9
    expect(sh.shannon).toBeCloseTo(-(1 / 3) * Math.log(1 / 3) - (2 / 3) * Math.log(2 / 3), 12);
    expect(sh.simpson).toBeCloseTo(4 / 9, 12);
    const gz = r.cities[2];
    // three kinds, one zone each: H = ln 3, Simpson = 2/3
    expect(gz.shannon).toBeCloseTo(Math.log(3), 12);
    expect(gz.simpson).toBeCloseTo(2 / 3, 12);
    expect(r.cities[0]).toMatchObject({ kinds: ['national-new-area'], shannon: 0, simpson: 0 });
    expect(r.undated).toEqual(['undated']);
  });

  it('co-occurrence: of the cities hosting an FTZ, how many also host a new area', () => {
    const r = platformOverlay(dataset, { year: 2019, by: 'subtype' });
    // pilot FTZs by 2019 in 310000, 440100, 440300; new areas carry no subtype here
    expect(r.cooccurrence['pilot-ftz']['pilot-ftz']).toBe(3);
    expect(r.cooccurrence['pilot-ftz']['comprehensive-bonded-zone']).toBe(1);
    const byCategory = platformOverlay(dataset, { year: 2019 });
    expect(byCategory.cooccurrence['customs-area-or-ftz']['national-new-area']).toBe(2);
    expect(byCategory.cooccurrence['national-new-area']['customs-area-or-ftz']).toBe(2);
    expect(byCategory.cooccurrence['national-new-area']['national-new-area']).toBe(3);
    const custom = platformOverlay(dataset, { by: (zone) => (zone.subtype === 'pilot-ftz' ? 'FTZ' : zone.category === 'national-new-area' ? 'NNA' : undefined) });
    expect(custom.cooccurrence).toEqual({ FTZ: { FTZ: 4, NNA: 2 }, NNA: { FTZ: 2, NNA: 3 } });
  });

  it('without a year every zone counts; a network gives the same answer as the dataset', () => {
    const all = platformOverlay(dataset);
    expect(all.cities.map((c) => c.city)).toContain('650100');
    expect(all.undated).toEqual([]);
    const net = zoneNetwork(dataset.nodes as unknown as Record<string, unknown>[], []);
    expect(platformOverlay(net, { year: 2019 })).toEqual(platformOverlay(dataset, { year: 2019 }));
  });

  it('edge cases and bad input', () => {
    expect(platformOverlay({ metadata: { name: 'x', sources: [], coverage: [] }, nodes: [], linkages: [] })).toEqual({ year: null, kinds: [], cities: [], cooccurrence: {}, undated: [] });
    expect(() => platformOverlay(dataset, { year: 2019.5 })).toThrow(/^platformOverlay: option year/);
    expect(() => platformOverlay(dataset, { year: 2019, undatedZones: 'skip' as never })).toThrow(/^platformOverlay: option undatedZones/);
    expect(() => platformOverlay(42 as never)).toThrow(/^platformOverlay/);
    try {
      platformOverlay({ metadata: { name: 'x', sources: [], coverage: [] }, nodes: [{ kind: 'zone', id: 'a' } as never, { kind: 'zone', id: 'b', hostCities: ['110000'] } as never], linkages: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZonelinkError);
      expect((e as ZonelinkError).issues.map((i) => i.code)).toEqual(['missing-host-city', 'missing-category']);
    }
  });
});
