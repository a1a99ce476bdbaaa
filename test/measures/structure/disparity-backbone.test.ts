import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { disparityBackbone } from '../../../src/measures/structure/disparity-backbone.js';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';

/**
 * a–b 3, a–c 1, a–d 1, b–c 1. Strengths s_a = 5, s_b = 4, s_c = 2, s_d = 1;
 * degrees k_a = 3, k_b = 2, k_c = 2, k_d = 1. By hand, α_ij = (1 − w_ij/s_i)^(k_i − 1):
 *   a–b: min((1 − 3/5)², (1 − 3/4)¹) = min(0.16, 0.25) = 0.16
 *   a–c: min((1 − 1/5)², (1 − 1/2)¹) = min(0.64, 0.5)  = 0.5
 *   a–d: min((1 − 1/5)², (1 − 1/1)⁰) = min(0.64, 1)    = 0.64
 *   b–c: min((1 − 1/4)¹, (1 − 1/2)¹) = min(0.75, 0.5)  = 0.5
 */
function example(): Graph {
  const g = new Graph({ type: 'undirected' });
  g.mergeEdgeWithKey('ab', 'a', 'b', { weight: 3 });
  g.mergeEdgeWithKey('ac', 'a', 'c', { weight: 1 });
  g.mergeEdgeWithKey('ad', 'a', 'd', { weight: 1 });
  g.mergeEdgeWithKey('bc', 'b', 'c', { weight: 1 });
  return g;
}

describe('disparityBackbone', () => {
  it('scores every edge as computed by hand', () => {
    const { scores } = disparityBackbone(example());
    expect(scores.ab).toBeCloseTo(0.16, 14);
    expect(scores.ac).toBeCloseTo(0.5, 14);
    expect(scores.ad).toBeCloseTo(0.64, 14);
    expect(scores.bc).toBeCloseTo(0.5, 14);
  });
  it('keeps the edges below alpha', () => {
    expect(disparityBackbone(example(), { alpha: 0.2 })).toMatchObject({ kept: ['ab'], nodes: ['a', 'b'], alpha: 0.2 });
    expect(disparityBackbone(example(), { alpha: 0.55 }).kept.sort()).toEqual(['ab', 'ac', 'bc']);
    expect(disparityBackbone(example()).kept).toEqual([]);
  });
  it('handles the empty graph', () => {
    expect(disparityBackbone(new Graph({ type: 'undirected' }))).toEqual({ scores: {}, kept: [], nodes: [], alpha: 0.05 });
  });
  it('rejects what the filter does not define, naming the function', () => {
    const directed = new Graph({ type: 'directed' });
    directed.mergeEdge('a', 'b', { weight: 1 });
    expect(() => disparityBackbone(directed)).toThrow(/^disparityBackbone: .*undirected/);
    const loop = example();
    loop.addEdge('a', 'a', { weight: 1 });
    expect(() => disparityBackbone(loop)).toThrow(/self-loop/);
    const zero = example();
    zero.setEdgeAttribute('ab', 'weight', 0);
    expect(() => disparityBackbone(zero)).toThrow(/> 0/);
    const nan = example();
    nan.setEdgeAttribute('ab', 'weight', Number.NaN);
    expect(() => disparityBackbone(nan)).toThrow(ZonelinkError);
    expect(() => disparityBackbone(example(), { alpha: 0 })).toThrow(/alpha/);
  });
});
