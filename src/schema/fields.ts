import { z } from 'zod';
import { clipText } from '../error/clip-text.js';
import { checkString } from '../error/argument-checks.js';

/** Earliest calendar year zonelink accepts for approvals and linkages (the founding of the PRC). */
export const MIN_YEAR = 1949;
/** Latest calendar year zonelink accepts (plans reach decades ahead, typos do not). */
export const MAX_YEAR = 2100;

function custom(ctx: z.RefinementCtx, code: string, message: string, expected: string): void {
  ctx.addIssue({ code: 'custom', message, params: { zonelinkCode: code, expected } });
}

export { RESERVED_KEYS } from '../error/reserved-keys.js';
import { RESERVED_KEYS } from '../error/reserved-keys.js';

/**
 * `schema` (a record) whose input keys are first checked against
 * {@link RESERVED_KEYS}: zod drops a `__proto__` key silently, so the check
 * runs on the raw input, before the record is copied.
 */
function withoutReservedKeys<T extends z.ZodType>(schema: T) {
  return z.preprocess((input, ctx) => {
    if (typeof input !== 'object' || input === null) return input;
    for (const key of Object.keys(input)) {
      if (!RESERVED_KEYS.has(key)) continue;
      ctx.addIssue({
        code: 'custom',
        message: `key "${clipText(key)}" is the name of a built-in object property`,
        path: [key],
        input,
        params: { zonelinkCode: 'reserved-key', expected: 'a key that is not an Object.prototype name (toString, constructor, __proto__, …)' },
      });
    }
    return input;
  }, schema);
}

// C0 and C1 controls, DEL, the noncharacters U+FDD0–U+FDEF, U+FFFE, U+FFFF, and lone
// surrogates: none of them may appear in XML 1.0 (GEXF, GraphML) or be shown safely.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Bidi controls reorder what a reader sees (the "Trojan Source" trick; Boucher & Anderson 2023, USENIX Security).
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Characters that print as nothing, so `z1` and `z1\u200b` look the same.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;

/** The first control, bidi or invisible character of `text` as `U+XXXX` and the zonelink code for it, or undefined. */
function unsafeCharacter(text: string, control: RegExp = CONTROL): { code: string; what: string; at: string } | undefined {
  for (const [pattern, code, what] of [
    [control, 'control-character', 'a control character, noncharacter or lone surrogate'],
    [BIDI, 'bidi-control', 'a bidirectional-text control'],
    [INVISIBLE, 'invisible-character', 'an invisible character'],
  ] as const) {
    const m = pattern.exec(text);
    if (m) return { code, what, at: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
  }
  return undefined;
}

/**
 * A node or linkage id: a non-empty string without surrounding whitespace, not an
 * `Object.prototype` name, and without control characters (C0, DEL, C1,
 * noncharacters, lone surrogates: `invalid-id`), bidi controls (`bidi-control`)
 * or invisible characters such as U+200B (`invisible-character`), which would
 * make two different ids look the same.
 */
export const IdSchema = z.string().superRefine((id, ctx) => {
  if (RESERVED_KEYS.has(id)) custom(ctx, 'reserved-id', `id "${clipText(id)}" is the name of a built-in object property`, 'an id that is not an Object.prototype name (toString, constructor, __proto__, …)');
  else if (id.length === 0) custom(ctx, 'empty-id', 'id is empty', 'a non-empty id');
  else if (id !== id.trim()) custom(ctx, 'untrimmed-id', `id "${clipText(id)}" has surrounding whitespace`, 'an id without leading or trailing spaces');
  // eslint-disable-next-line no-control-regex
  else {
    const bad = unsafeCharacter(id);
    if (bad) custom(ctx, bad.code === 'control-character' ? 'invalid-id' : bad.code, `id "${clipText(id)}" contains ${bad.what} (${bad.at})`, 'printable characters');
  }
});

// Names may hold tab and line breaks (XML 1.0 allows them; CSV quotes them), ids may not.
// eslint-disable-next-line no-control-regex
const NAME_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A name in one language: trimmed, non-empty, and without control (but tab and line breaks), bidi or invisible characters (see `IdSchema`). */
function nameSchema(empty: string) {
  return z
    .string()
    .trim()
    .min(1, empty)
    .superRefine((name, ctx) => {
      const bad = unsafeCharacter(name, NAME_CONTROL);
      if (bad) custom(ctx, bad.code, `the name contains ${bad.what} (${bad.at})`, 'printable characters');
    });
}

/** A 6-digit GB/T 2260 administrative code. */
export const AdminCodeSchema = z.string().superRefine((code, ctx) => {
  if (!/^[1-8]\d{5}$/.test(code)) custom(ctx, 'invalid-admin-code', `"${clipText(code)}" is not a 6-digit administrative code`, '6 digits, e.g. 440100');
});

/** Names in Chinese (required) and English (optional). */
export const BilingualNameSchema = z.object({
  zh: nameSchema('the Chinese name is empty'),
  en: nameSchema('the English name is empty').optional(),
});

/** A calendar year in [1949, 2100]. */
export const YearSchema = z
  .number()
  .int('a year is a whole number')
  .superRefine((year, ctx) => {
    if (year < MIN_YEAR || year > MAX_YEAR) custom(ctx, 'impossible-year', `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`, `a year in ${MIN_YEAR}–${MAX_YEAR}`);
  });

/**
 * A date known to the year at least: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked
 * for a real calendar date and a year in [1949, 2100].
 */
export const PartialDateSchema = z.string().superRefine((text, ctx) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) {
    custom(ctx, 'invalid-date', `"${clipText(text)}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`, 'YYYY, YYYY-MM or YYYY-MM-DD');
    return;
  }
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    custom(ctx, 'impossible-year', `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`, `a year in ${MIN_YEAR}–${MAX_YEAR}`);
    return;
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) {
      custom(ctx, 'invalid-date', `"${clipText(text)}" has month ${month}`, 'a month 01–12');
      return;
    }
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > daysInMonth) custom(ctx, 'invalid-date', `"${clipText(text)}" is not a calendar date`, `a day 01–${daysInMonth}`);
    }
  }
});

/**
 * The year of a partial date (`'2019-08-26'` → 2019).
 *
 * @example
 * yearOf('2019-08'); // 2019
 */
export function yearOf(date: string): number {
  checkString('yearOf', date, 'date');
  return Number(date.slice(0, 4));
}

/** A finite number (NaN and ±Infinity are rejected). */
export const FiniteNumberSchema = z.number().superRefine((value, ctx) => {
  if (!Number.isFinite(value)) custom(ctx, 'non-finite-number', `${value} is not a finite number`, 'a finite number');
});

/** WGS84 longitude and latitude in degrees. */
export const CoordinatesSchema = z.object({
  lon: FiniteNumberSchema.pipe(z.number().min(-180).max(180)),
  lat: FiniteNumberSchema.pipe(z.number().min(-90).max(90)),
  /** How precise the point is: the zone itself, or a stand-in at its host city's centre. */
  precision: z.enum(['exact', 'host-city', 'approximate']).optional(),
});

/** Indicators by year: `{ "2020": { "gdp": 123.4, "population": 5.6 } }`; every value finite. */
export const IndicatorsSchema = z.record(
  z.string().regex(/^\d{4}$/, 'indicator years are 4-digit strings'),
  withoutReservedKeys(z.record(z.string().min(1), FiniteNumberSchema)),
);
