import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { clipText } from '../error/clip-text.js';
import { foldSpelling, termLookup } from '../schema/bilingual-enum.js';
import { NODE_KINDS } from '../schema/taxonomy.js';

const NODE_KIND_LOOKUP = termLookup(NODE_KINDS);

/** How a CSV cell is read. */
export type CellType = 'string' | 'number' | 'year' | 'boolean' | 'list' | 'integer-or-text' | 'node-kind';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE = new Set(['true', '1', 'yes', 'y', '是', '真', 't']);
const FALSE = new Set(['false', '0', 'no', 'n', '否', '假', 'f']);

/**
 * Reads one CSV cell strictly. An empty cell is `undefined` (a missing value,
 * for the schema to accept or reject). Nothing is guessed: `1,5` is not 1.5,
 * `2019年` is not 2019, `NaN` and `1e999` are not numbers; each is a problem
 * with a hint. Lists are split on `;`, `；`, `|` or `、`.
 */
export function readCell(
  raw: string,
  type: CellType,
): { value?: unknown; problem?: Pick<ZonelinkIssue, 'code' | 'message' | 'expected'> } {
  const text = raw.trim();
  if (text === '') return {};
  switch (type) {
    case 'string':
      return { value: text };
    case 'node-kind':
      // 园区/城市 and other spellings become zone/city; anything else stays as written for the schema to reject.
      return { value: NODE_KIND_LOOKUP.get(foldSpelling(text)) ?? text };
    case 'integer-or-text':
      return { value: /^\d+$/.test(text) ? Number(text) : text };
    case 'list':
      return { value: text.split(/[;；|、]/).map((s) => s.trim()).filter((s) => s !== '') };
    case 'boolean': {
      const folded = text.toLowerCase();
      if (TRUE.has(folded)) return { value: true };
      if (FALSE.has(folded)) return { value: false };
      return { problem: { code: 'invalid-boolean', message: `"${clipText(text)}" is not a yes/no value`, expected: 'true/false, 1/0, yes/no or 是/否' } };
    }
    case 'year': {
      if (/^\d{4}$/.test(text)) return { value: Number(text) };
      const digits = /^(\d{4})\s*年$/.exec(text);
      if (digits) {
        return { problem: { code: 'invalid-year', message: `"${clipText(text)}" is not a plain year (write ${digits[1]})`, expected: 'a 4-digit year such as 2019' } };
      }
      return { problem: { code: 'invalid-year', message: `"${clipText(text)}" is not a year`, expected: 'a 4-digit year such as 2019' } };
    }
    case 'number': {
      if (NUMBER.test(text)) {
        const value = Number(text);
        if (!Number.isFinite(value)) {
          return { problem: { code: 'non-finite-number', message: `"${clipText(text)}" overflows to ${value}`, expected: 'a finite number' } };
        }
        return { value };
      }
      if (/^[+-]?\d+,\d+$/.test(text)) {
        // Three digits after the comma may be a thousands separator (1,500); anything else is a decimal comma.
        const hint = /,\d{3}$/.test(text) ? `write ${text.replace(',', '.')} or ${text.replace(',', '')}` : `write ${text.replace(',', '.')}`;
        const what = /,\d{3}$/.test(text) ? 'a decimal comma or a thousands separator' : 'a decimal comma';
        return { problem: { code: 'invalid-number', message: `"${clipText(text)}" uses ${what}; ${hint}`, expected: 'a number with a decimal point' } };
      }
      return { problem: { code: 'invalid-number', message: `"${clipText(text)}" is not a number`, expected: 'a finite number' } };
    }
  }
}
