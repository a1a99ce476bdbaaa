import { describe, expect, it } from 'vitest';
import { china } from '../../../src/data/index.js';
import { documentedCityTies } from '../../../src/report/study/documented-city-ties.js';
import { explanationSection } from '../../../src/report/study/explanation-section.js';
import { gravityNetworks, modelledSection } from '../../../src/report/study/modelled-section.js';
import { populationSection } from '../../../src/report/study/population-section.js';
import { studyCities } from '../../../src/report/study/study-cities.js';
import { resolveStudyOptions } from '../../../src/report/study/study-options.js';
import { isMissing } from '../../../src/report/study/study-schema.js';
import numpyFixture from '../../fixtures/study/numpy.json' with { type: 'json' };
import rFixture from '../../fixtures/study/r.json' with { type: 'json' };

// Expected values: test/fixtures/study/generate.py (numpy) and generate.R (spdep, sna),
// both reading data/china directly; their tool versions are recorded in the fixtures.
const options = resolveStudyOptions({ mrqapPermutations: 1 });
const universe = studyCities(china, 'population', 2010, 2020);
const networks = gravityNetworks(universe);
if (isMissing(networks)) throw new Error(networks.missing);

// Each QAP here is 499 relabellings of a 338 × 338 matrix: seconds on an idle core, a minute on a loaded one.
describe('the study of the bundled China data against numpy and R', { timeout: 240_000 }, () => {
  it('uses the same cities as the fixture scripts', () => {
    expect(universe.cities.length).toBe(numpyFixture.cities);
    expect(universe.cities.length).toBe(rFixture.n);
  });

  it('population inequality equals numpy: Gini, Theil T, within and between macro-regions, 2010 and 2020', () => {
    const section = populationSection(china, universe, { missing: 'not needed' }, options, 'population');
    if (isMissing(section)) throw new Error(section.missing);
    for (const year of section.years) {
      const ref = numpyFixture[String(year.year) as '2010' | '2020'];
      expect(year.total).toBe(ref.total);
      expect(year.gini).toBeCloseTo(ref.gini, 12);
      expect(year.theilT).toBeCloseTo(ref.theilT, 12);
      expect(year.theilWithin).toBeCloseTo(ref.theilWithin, 12);
      expect(year.theilBetween).toBeCloseTo(ref.theilBetween, 12);
    }
    const s = section.spatial;
    if (isMissing(s)) throw new Error(s.missing);
    // spdep moran.test(randomisation = TRUE) with knearneigh(k = 6, longlat = TRUE), style W
    expect(s.moranI).toBeCloseTo(rFixture.moran.I, 12);
    expect(s.expected).toBeCloseTo(rFixture.moran.expected, 14);
    expect(s.zRandomisation!).toBeCloseTo(rFixture.moran.z, 9);
    for (const c of ['HH', 'LL', 'HL', 'LH'] as const) expect(s.clusterCounts[c]).toBe(rFixture.lisaCounts[c]);
  });

  it('the gravity row-mean networks have the ties numpy and R count', () => {
    expect(networks.from.size).toBe(numpyFixture.gravity['2010'].ties);
    expect(networks.to.size).toBe(numpyFixture.gravity['2020'].ties);
    expect(networks.to.size).toBe(rFixture.gravityTies2020);
    const section = modelledSection(china, universe, networks, options);
    if (isMissing(section)) throw new Error(section.missing);
    expect(section.years[0].wholeNetwork.figures.find((f) => f.label === 'Density')!.value).toBeCloseTo(numpyFixture.gravity['2010'].density, 14);
    expect(section.years[1].wholeNetwork.figures.find((f) => f.label === 'Density')!.value).toBeCloseTo(numpyFixture.gravity['2020'].density, 14);
    if (isMissing(section.railVariant)) throw new Error(section.railVariant.missing);
    expect(section.railVariant.ties).toBe(numpyFixture.gravity.rail2020.ties);
  });

  it('QAP correlations equal sna::gcor and their p-values agree with sna::qaptest within Monte-Carlo error', () => {
    expect(documentedCityTies(china, universe.cities).ties).toBe(numpyFixture.documentedTies);
    const section = explanationSection(china, universe.cities, networks.to, options);
    if (isMissing(section)) throw new Error(section.missing);
    for (const ref of rFixture.qap) {
      const row = section.qap.find((q) => q.covariate === ref.covariate)!;
      expect(row.correlation).toBeCloseTo(ref.correlation, 12);
      // 4 combined Monte-Carlo standard errors (499 here, 2000 in R) plus the (+1)/(P + 1)
      // offset; sna counts r_π ≥ r in floating point, so exact ties of the sparse 0/1
      // matrices can fall on either side there.
      const p = ref.pGreater;
      const se = Math.sqrt(p * (1 - p) * (1 / options.permutations + 1 / ref.reps)) + 1e-3;
      expect(Math.abs(row.pGreater! - p)).toBeLessThan(4 * se + 1 / (options.permutations + 1));
    }
  });
});
