import { describe, expect, it } from 'vitest';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import * as inequality from '../../../src/measures/inequality/index.js';
import * as network from '../../../src/measures/inequality/network-index.js';
import * as polarization from '../../../src/measures/polarization/index.js';
import * as indicator from '../../../src/measures/indicator-inequality/index.js';
import * as hubs from '../../../src/measures/hubs/index.js';
import * as overlay from '../../../src/measures/overlay/index.js';
import * as segmentation from '../../../src/measures/segmentation/index.js';
import * as models from '../../../src/models/index.js';
import { isOptionsSchema } from '../../../src/options/define-options.js';

const schemas = [inequality, network, polarization, indicator, hubs, overlay, segmentation, models].flatMap((m) => Object.values(m).filter(isOptionsSchema));

function thrown(f: () => unknown): ZonelinkError {
  try {
    f();
  } catch (e) {
    return e as ZonelinkError;
  }
  throw new Error('did not throw');
}

describe('options declared once (inequality, polarization, hubs, overlay, segmentation, models)', () => {
  it('every family exports its schemas', () => {
    expect(schemas.map((s) => s.caller).sort()).toEqual(
      [
        'atkinson', 'coefficientOfVariation', 'dagumGini', 'dominantFlowRegions', 'duclosEstebanRay', 'estebanGradinRay', 'estebanRay',
        'evaluateArrangement', 'findOnePlusN', 'generalizedEntropy', 'gini', 'gravityLinkages', 'hhi', 'hubGroupMetrics', 'indicatorInequality',
        'interlockingNetwork', 'lorenz', 'platformOverlay', 'radiationFlows', 'segmentation', 'siphonEffect', 'spatialGini', 'theilDecomposition',
        'theilL', 'theilT', 'wangTsui', 'williamson', 'wolfson', 'zhangKanbur',
      ].sort(),
    );
  });

  it('a misspelt option is an unknown-option error naming the function and the nearest option', () => {
    const e = thrown(() => inequality.gini([1, 2, 3], { weigths: [1, 1, 1] } as never));
    expect(e).toBeInstanceOf(ZonelinkError);
    expect(e.message).toMatch(/^gini: unknown option weigths \(did you mean weights\?\)/);
    expect(e.issues[0].code).toBe('unknown-option');
    expect(thrown(() => polarization.estebanRay([1, 2], ['a', 'b'], { alfa: 1 } as never)).message).toMatch(/^estebanRay: unknown option alfa/);
  });

  it('the shared weights declaration means the same in every index: null = every unit weighs 1', () => {
    expect(inequality.gini([1, 2, 3, 4], { weights: null })).toBe(inequality.gini([1, 2, 3, 4]));
    expect(inequality.theilT([1, 1, 1, 5], { weights: null })).toBe(inequality.theilT([1, 1, 1, 5]));
    expect(thrown(() => inequality.atkinson([1, 2], 0.5, { weights: 3 as never })).message).toMatch(/^atkinson: option weights must be an array/);
  });

  it('estebanRay refuses weights with a grouped distribution (the shares already weigh the groups)', () => {
    expect(thrown(() => polarization.estebanRay({ shares: [0.5, 0.5], means: [1, 3] }, { weights: [1, 1] } as never)).message).toMatch(/^estebanRay: weights apply to unit values/);
    // ER = (2·0.5²·0.5·2)/2 = 0.25 with α = 1 (hand calculation: K = 1/μ = 1/2)
    expect(polarization.estebanRay({ shares: [0.5, 0.5], means: [1, 3] }, { alpha: 1 })).toBeCloseTo(0.25, 15);
  });
});
