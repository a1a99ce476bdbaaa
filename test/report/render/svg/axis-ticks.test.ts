import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../../src/report/render/svg/axis-ticks.js';
import { formatCoordinate, formatValue, tickFormatter } from '../../../../src/report/render/svg/format-number.js';

describe('axisTicks', () => {
  it('gives 0, 0.2, …, 1 on the unit interval with one decimal', () => {
    const t = axisTicks(0, 1, 5);
    expect(t.domain).toEqual([0, 1]);
    expect(t.values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(t.values.map(t.format)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
  });

  it('extends a ragged interval to nice bounds', () => {
    const t = axisTicks(0.41, 0.458, 5);
    expect(t.domain[0]).toBeCloseTo(0.41, 10);
    expect(t.domain[1]).toBeCloseTo(0.46, 10);
    expect(t.values.map(t.format)).toEqual(['0.41', '0.42', '0.43', '0.44', '0.45', '0.46']);
  });

  it('keeps only whole-number ticks for years', () => {
    const t = axisTicks(2018, 2020, 8, true);
    expect(t.values).toEqual([2018, 2019, 2020]);
    expect(t.values.map(t.format)).toEqual(['2018', '2019', '2020']);
  });

  it('widens a zero-width interval', () => {
    expect(axisTicks(5, 5, 5).domain).toEqual([4, 6]);
    expect(axisTicks(0, 0, 5).domain).toEqual([-1, 1]);
    expect(axisTicks(100, 100, 5).domain).toEqual([90, 110]); // ±10% of 100
  });

  it('treats a denormal span as a single value instead of failing', () => {
    const t = axisTicks(-5e-324, 5e-324, 5);
    expect(t.domain).toEqual([-1, 1]);
    expect(t.values.length).toBeGreaterThan(1);
  });
});

describe('number formatting', () => {
  it('rounds coordinates to 2 decimals and never prints -0', () => {
    expect(formatCoordinate(1.23456)).toBe('1.23');
    expect(formatCoordinate(-0.001)).toBe('0');
    expect(formatCoordinate(-0)).toBe('0');
    expect(formatCoordinate(300)).toBe('300');
  });

  it('formats ticks by their step', () => {
    expect(tickFormatter(0.05)(0.1)).toBe('0.10');
    expect(tickFormatter(10)(20)).toBe('20');
    expect(tickFormatter(0.5)(-0)).toBe('0.0');
  });

  it('formats values with 4 significant digits, integers as written', () => {
    expect(formatValue(12)).toBe('12');
    expect(formatValue(0.123456)).toBe('0.1235');
    expect(formatValue(1234.5678)).toBe('1235');
    expect(formatValue(0.00001234)).toBe('1.234e-5');
    expect(formatValue(-0.1)).toBe('-0.1');
  });
});
