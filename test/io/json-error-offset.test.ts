import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/io/json-error-offset.js';

/** V8's own position, where its message gives one (the independent reference). */
function enginePosition(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const m = /position (\d+)/.exec((error as Error).message);
    return m ? Number(m[1]) : -1;
  }
}

describe('jsonErrorOffset', () => {
  it('finds the offsets that V8 omits from "Unexpected token" messages', () => {
    expect(jsonErrorOffset('{"a": NaN}')).toBe(6);
    expect(jsonErrorOffset('{"a": [1, 2,]}')).toBe(12);
    expect(jsonErrorOffset('// note\n{}')).toBe(0);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset("{'a': 1}")).toBe(1);
    expect(jsonErrorOffset('{"a": Infinity}')).toBe(6);
    expect(jsonErrorOffset('{"a": -}')).toBe(7);
    expect(jsonErrorOffset('{"a": "\\x"}')).toBe(8);
  });

  it('places an input that ends too early at its end', () => {
    expect(jsonErrorOffset('')).toBe(0);
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
    expect(jsonErrorOffset('{"a": "unterminated')).toBe(19);
  });

  it('agrees with V8 wherever V8 gives a position', () => {
    for (const text of ['{"a":1', "{'a':1}", '{"a":1} x', '{"a":1,}', '{"a":"x\ny"}', '{"a":-x}', '{"a":01}', '[1 2]', '{"a" 1}', '"abc', '{"a":"\\q"}']) {
      const v8 = enginePosition(text);
      expect(v8, text).toBeGreaterThanOrEqual(0);
      expect(jsonErrorOffset(text), text).toBe(v8);
    }
  });

  it('property: undefined exactly for the texts JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonErrorOffset(text)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', '"', 'x', ':', ' ', 'N', '-'), (text, at, insert) => {
        const i = at % (text.length + 1);
        const mutated = text.slice(0, i) + insert + text.slice(i);
        const v8 = enginePosition(mutated);
        const ours = jsonErrorOffset(mutated);
        if (v8 === undefined) expect(ours).toBeUndefined();
        else {
          expect(ours).toBeDefined();
          if (v8 >= 0) expect(ours).toBe(v8);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
