import { describe, expect, it } from 'vitest';
import { ZonelinkError } from '../../../src/error/zonelink-error.js';
import { parseDataset } from '../../../src/io/parse-dataset.js';
import { analyzeStudy, renderStudyHtml, renderStudyMarkdown } from '../../../src/report/index.js';
import type { DatasetInput } from '../../../src/schema/dataset.js';

const evil = '<img src=x onerror=alert(1)>|*';
const input: DatasetInput = {
  metadata: { name: `Study <b>${evil}</b>` },
  nodes: ['440100', '440300', '510100', '420100', '320100', '330100', '610100', '120000', '310000'].map((id, i) => ({
    kind: 'city' as const,
    id,
    name: { zh: i === 0 ? evil : `城市${i}` },
    provincialCapital: i % 2 === 0,
    coordinates: { lon: 100 + 3 * i + (i % 3), lat: 22 + 2 * i - (i % 2) },
    indicators: { 2010: { population: 1_000_000 * (i + 1) }, 2020: { population: 1_000_000 * (i + 1) + 50_000 * ((i * 7) % 5) } },
  })),
  linkages: [
    { id: 'a', source: '440100', target: '510100', mode: 'cross-regional', directed: true },
    { id: 'b', source: '440100', target: '420100', mode: 'cross-regional', directed: true },
    { id: 'c', source: '320100', target: '330100', mode: 'industrial-chain' },
    { id: 'd', source: '610100', target: '440100', mode: 'resource-factor', directed: true },
  ],
};

describe('renderStudyHtml and renderStudyMarkdown', () => {
  const study = analyzeStudy(parseDataset(input), { permutations: 19, mrqapPermutations: 9, neighbours: 3, classes: 2, title: 'A <study>' });

  it('escape every data string and make no external request', () => {
    const html = renderStudyHtml(study);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/(src|href)="?https?:/);
    const md = renderStudyMarkdown(study);
    expect(md).not.toMatch(/(^|[^\\])<img/); // escapeMarkdown writes \<img
    expect(md).toContain('\\|\\*');
  });

  it('draw the LISA map as inline SVG when the population section has coordinates', () => {
    expect('missing' in study.population).toBe(false);
    expect(renderStudyHtml(study)).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  });

  it('analyzeStudy names itself on bad input and bad options', () => {
    expect(() => analyzeStudy(null as never)).toThrow(ZonelinkError);
    expect(() => analyzeStudy(parseDataset(input), { permutations: 0 })).toThrow(/analyzeStudy/);
    expect(() => analyzeStudy(parseDataset(input), { from: 2020, to: 2010 })).toThrow(/analyzeStudy/);
  });
});
