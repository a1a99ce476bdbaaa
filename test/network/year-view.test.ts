import { describe, expect, it } from 'vitest';
import { linkageActiveIn, zonePresentIn } from '../../src/network/year-view.js';

// The year rule, written out by hand from snapshot's documentation: a zone stands from
// the year of its approval on; a linkage is active from startYear to endYear inclusive,
// open ends counting as active; undated ones are kept unless 'drop'.
describe('zonePresentIn and linkageActiveIn (snapshot\u2019s year rule)', () => {
  it('zones', () => {
    expect(zonePresentIn('2015', 2015)).toBe(true);
    expect(zonePresentIn('2015-12', 2015)).toBe(true);
    expect(zonePresentIn('2016-01', 2015)).toBe(false);
    expect(zonePresentIn(undefined, 2015)).toBe(true);
    expect(zonePresentIn(null, 2015)).toBe(true);
    expect(zonePresentIn(undefined, 2015, 'drop')).toBe(false);
    expect(zonePresentIn('1984', 2015, 'drop')).toBe(true);
  });

  it('linkages', () => {
    expect(linkageActiveIn(2015, 2015, 2015)).toBe(true);
    expect(linkageActiveIn(2016, undefined, 2015)).toBe(false);
    expect(linkageActiveIn(2010, 2014, 2015)).toBe(false);
    expect(linkageActiveIn(2010, undefined, 2099)).toBe(true);
    expect(linkageActiveIn(undefined, 2014, 2015)).toBe(false);
    expect(linkageActiveIn(undefined, undefined, 2015)).toBe(true);
    expect(linkageActiveIn(undefined, undefined, 2015, 'drop')).toBe(false);
  });
});
