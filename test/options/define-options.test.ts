import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineOptions, isOptionsSchema, type OptionsOf } from '../../src/options/define-options.js';
import { booleanOption, choiceOption, customOption, functionOption, numberOption, stringOption } from '../../src/options/option-spec.js';
import { ZonelinkError } from '../../src/error/zonelink-error.js';

const schema = defineOptions('example', {
  alpha: numberOption({ doc: 'Damping.', default: 0.85, min: 0, max: 1 }),
  limit: numberOption({ doc: 'Bound.', integer: true, min: 1, infinity: true }),
  normalized: booleanOption({ doc: 'Scale.', default: true }),
  mode: choiceOption(['out', 'in', 'all'] as const, { doc: 'Direction.', default: 'out' }),
  attribute: stringOption({ doc: 'Name.' }),
  filter: functionOption<(id: string) => boolean>({ signature: '(id) → boolean', doc: 'Keep.' }),
  record: customOption<Record<string, number>>({ type: 'an object', doc: 'Values.', check: (v) => (typeof v === 'object' && v !== null ? undefined : 'an object') }),
});

function errorOf(f: () => unknown): ZonelinkError {
  try {
    f();
  } catch (e) {
    if (e instanceof ZonelinkError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('defineOptions', () => {
  it('fills the declared defaults and leaves undeclared-default options undefined', () => {
    expect(schema.read(undefined)).toEqual({ alpha: 0.85, limit: undefined, normalized: true, mode: 'out', attribute: undefined, filter: undefined, record: undefined });
    expect(schema.read({ alpha: 0.5, limit: Infinity, mode: 'all', alpha2: undefined } as object).alpha).toBe(0.5);
  });

  it('treats an explicit undefined as left out', () => {
    expect(schema.read({ alpha: undefined }).alpha).toBe(0.85);
  });

  it('reports every invalid and unknown option in one error naming the function', () => {
    const e = errorOf(() => schema.read({ alpha: 2, limit: 1.5, normalized: 'yes', mode: 'both', attribute: '', filter: 1, record: null, tolernce: 1 }));
    expect(e.code).toBe('invalid-argument');
    expect(e.message).toMatch(/^example: invalid options/);
    expect(e.issues.map((i) => [i.code, i.field])).toEqual([
      ['unknown-option', 'tolernce'],
      ['invalid-argument', 'alpha'],
      ['invalid-argument', 'limit'],
      ['invalid-argument', 'normalized'],
      ['invalid-argument', 'mode'],
      ['invalid-argument', 'attribute'],
      ['invalid-argument', 'filter'],
      ['invalid-argument', 'record'],
    ]);
    expect(e.issues[1].message).toBe('example: option alpha must be a number in [0, 1], got 2');
    expect(e.issues[2].message).toBe('example: option limit must be an integer ≥ 1 or Infinity, got 1.5');
    expect(e.issues[3].message).toBe('example: option normalized must be true or false, got "yes"');
    expect(e.issues[4].message).toBe("example: option mode must be one of 'out', 'in', 'all', got \"both\"");
    expect(e.issues[6].message).toBe('example: option filter must be a function (id) → boolean, got 1');
    expect(e.issues[7].message).toBe('example: option record must be an object, got null');
  });

  it('suggests the nearest declared option for a misspelt one', () => {
    expect(errorOf(() => schema.read({ aplha: 1 })).message).toBe('example: unknown option aplha (did you mean alpha?); its options are alpha, limit, normalized, mode, attribute, filter, record');
    expect(errorOf(() => schema.read({ zzzzzzzzzz: 1 })).message).not.toMatch(/did you mean/);
  });

  it('rejects prototype names as options instead of reading inherited values', () => {
    const parsed = JSON.parse('{"__proto__": {"alpha": 5}}') as object;
    expect(errorOf(() => schema.read(parsed)).issues[0]).toMatchObject({ code: 'unknown-option', field: '__proto__' });
    expect(schema.read(Object.create({ alpha: 5 }) as object).alpha).toBe(0.85);
  });

  it('rejects what is not an options object', () => {
    for (const bad of [null, 1, 'x', [], 1n]) {
      expect(errorOf(() => schema.read(bad)).message).toMatch(/^example: options must be an object, got /);
    }
  });

  it('rejects NaN, ±Infinity and non-numbers where a finite number is declared', () => {
    const finite = defineOptions('f', { x: numberOption({ doc: 'x', default: 1 }) });
    for (const bad of [NaN, Infinity, -Infinity, '1', 1n, null]) expect(() => finite.read({ x: bad })).toThrow(/^f: option x must be a finite number, got/);
    expect(finite.read({ x: -1e308 }).x).toBe(-1e308);
  });

  it('clips long echoed strings', () => {
    const e = errorOf(() => schema.read({ mode: 'x'.repeat(100_000) }));
    expect(e.message.length).toBeLessThan(300);
    expect(e.message).toContain('more characters');
  });

  it('accepts every value its check accepts and returns it unchanged (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('out', 'in', 'all'), fc.boolean(), (alpha, mode, normalized) => {
        const read = schema.read({ alpha, mode, normalized });
        expect([read.alpha, read.mode, read.normalized]).toEqual([alpha, mode, normalized]);
      }),
    );
  });

  it('is recognised by isOptionsSchema', () => {
    expect(isOptionsSchema(schema)).toBe(true);
    expect(isOptionsSchema({ caller: 'x' })).toBe(false);
  });

  it('collect returns the issues read would throw, in the same order with the same messages, and the defaults', () => {
    const bad = { alpha: 2, mode: 'both', aplha: 1 };
    const { values, issues } = schema.collect(bad);
    expect(issues).toEqual(errorOf(() => schema.read(bad)).issues);
    expect(values.alpha).toBe(0.85); // an invalid option holds its default, so other checks can go on
    expect(values.mode).toBe('out');
    expect(schema.collect({ alpha: 0.5 })).toEqual({ values: schema.read({ alpha: 0.5 }), issues: [] });
    expect(schema.collect(null).issues).toEqual([expect.objectContaining({ code: 'invalid-argument', field: 'options', message: 'example: options must be an object, got null' })]);
  });

  it('collect agrees with read on any options object (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('alpha', 'limit', 'mode', 'normalized', 'alhpa', 'x'), fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null))), (options) => {
        const { values, issues } = schema.collect(options);
        if (issues.length === 0) expect(schema.read(options)).toEqual(values);
        else expect(errorOf(() => schema.read(options)).issues).toEqual(issues);
      }),
    );
  });

  it('reports a required option left out, and accepts it given', () => {
    const required = defineOptions('stream', {
      onRecord: functionOption<(cells: string[]) => void>({ signature: '(cells) → void', doc: 'Each record.', required: true }),
      data: customOption<readonly number[]>({ type: 'an array of numbers', doc: 'Values.', required: true, check: (v) => (Array.isArray(v) ? undefined : 'an array of numbers') }),
    });
    const e = errorOf(() => required.read({ data: [1] }));
    expect(e.message).toBe('stream: option onRecord is required (a function (cells) → void)');
    expect(e.issues).toEqual([expect.objectContaining({ code: 'invalid-argument', field: 'onRecord' })]);
    expect(errorOf(() => required.read(undefined)).issues.map((i) => i.field)).toEqual(['onRecord', 'data']);
    const onRecord = () => {};
    expect(required.read({ onRecord, data: [1] })).toEqual({ onRecord, data: [1] });
    // The options type makes them required properties too.
    const typed: OptionsOf<typeof required> = { onRecord, data: [] };
    // @ts-expect-error onRecord is a required property
    const missing: OptionsOf<typeof required> = { data: [] };
    expect([typed.data, missing.data]).toEqual([[], []]);
  });
});
