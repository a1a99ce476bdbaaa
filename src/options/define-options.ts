import { describeValue, isGraphLike } from '../error/argument-checks.js';
import { clipText } from '../error/clip-text.js';
import type { ZonelinkIssue } from '../error/zonelink-error.js';
import { throwProblems } from '../error/throw-problems.js';
import type { OptionSpec } from './option-spec.js';

/** The option declarations of one function, by option name. */
export type OptionSpecs = Record<string, OptionSpec<unknown>>;

/**
 * The options a caller may pass, derived from the declarations (the schema is the
 * single source of the type, as `z.infer` in zod): every option optional, typed by
 * its spec. Doc comments written on the spec's properties carry over to the type.
 */
export type OptionsOf<Schema extends OptionsSchema<OptionSpecs>> = OptionsFrom<Schema['specs']>;

/**
 * {@link OptionsOf} from the declarations themselves (for declarations shared by several functions).
 * An option declared `required` is a required property; every other one is optional.
 */
export type OptionsFrom<S extends OptionSpecs> = { [K in keyof S]?: S[K] extends OptionSpec<infer T> ? T : never } & {
  [K in keyof S as S[K] extends { readonly required?: true } ? K : never]-?: S[K] extends OptionSpec<infer T> ? T : never;
};

/** The options after `read` (see {@link OptionsSchema}): defaulted options are always set. */
export type ResolvedOptions<S extends OptionSpecs> = {
  readonly [K in keyof S]: S[K] extends OptionSpec<infer T, infer D> ? (D extends true ? T : T | undefined) : never;
};

/**
 * What {@link OptionsSchema}'s `collect` returns: the options with the defaults filled
 * in, and every problem found (empty when all are valid).
 */
export interface CollectedOptions<S extends OptionSpecs> {
  /**
   * The options read; an invalid or missing option holds its default (or `undefined`
   * without one). Typed as after a successful `read`: while `issues` is not empty a
   * `required` option may still be `undefined`.
   */
  readonly values: ResolvedOptions<S>;
  /** Every invalid, missing required or unknown option, with the codes and messages `read` throws. */
  readonly issues: ZonelinkIssue[];
}

/** The declared options of one public function (made by the internal `defineOptions`): the declarations and the readers of them. */
export interface OptionsSchema<S extends OptionSpecs> {
  /** The public function whose options these are. */
  readonly caller: string;
  readonly specs: S;
  /**
   * Checks `options` (undefined or a plain object) against every declaration in
   * one pass and returns them with the defaults filled in; throws a
   * `ZonelinkError` (code `invalid-argument`, naming `caller`) listing every
   * invalid value (issue code `invalid-argument`, `field` = the option) and
   * every unknown option given a value (issue code `unknown-option`, with the
   * nearest declared name) — a typo is never silently ignored.
   */
  read(options: unknown): ResolvedOptions<S>;
  /**
   * The same checks as `read`, without throwing: returns the options read and the
   * problems found, for a function that reports its options' problems together with
   * those of its data in one `ZonelinkError` (the SVG charts, whose options object
   * also carries the bars, series or nodes). An invalid option's value is its
   * default, so the data checks can go on.
   */
  collect(options: unknown): CollectedOptions<S>;
}

/** Edit distance, to suggest the declared option nearest to a misspelt one. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function shown(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(clipText(value, 60));
  if (typeof value === 'bigint') return `${clipText(String(value), 60)}n`;
  return describeValue(value);
}

/**
 * Declares the options of the public function `caller` once: the checks, the
 * defaults, the TypeScript type ({@link OptionsOf}) and the generated reference
 * (docs/options.md) all come from these declarations, so they cannot disagree.
 * Shared options (`seed`, `weight`, `maxIterations`, `tolerance`, `onProgress`,
 * `signal`) are declared once and spread in.
 *
 * `read` throws every problem at once; `collect` returns them instead, for a
 * function whose options object also carries its data (the SVG charts: bars,
 * series, nodes) and which reports option and data problems in one error. Such a
 * function declares every key of that object, data included, so an unknown key is
 * always an `unknown-option` error and docs/options.md lists the data too: a data
 * field's declaration checks its container (an array, an object) and documents
 * its shape; the checks of its elements (each value finite, each id known) stay
 * with the function, which runs them only on a container its declaration
 * accepted — each check is made in one place. A field without which nothing can
 * be done is declared `required` (leaving it out is an `invalid-argument` issue,
 * and it is a required property of the options type).
 *
 * @example
 * const walkOptions = defineOptions('walk', {
 *   alpha: numberOption({ doc: 'Damping factor.', default: 0.85, min: 0, max: 1 }),
 * });
 * walkOptions.read({}).alpha;           // 0.85
 * walkOptions.read({ alpha: 2 });       // throws "walk: option alpha must be a number in [0, 1], got 2"
 * walkOptions.read({ aplha: 0.5 });     // throws "walk: unknown option aplha (did you mean alpha?); its options are alpha"
 * walkOptions.collect({ alpha: 2 }).issues[0].message; // "walk: option alpha must be a number in [0, 1], got 2"
 */
export function defineOptions<const S extends OptionSpecs>(caller: string, specs: S): OptionsSchema<S> {
  const names = Object.keys(specs);
  const collect = (options: unknown): CollectedOptions<S> => {
    const out: Record<string, unknown> = {};
    for (const name of names) out[name] = specs[name].default;
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options) || isGraphLike(options))) {
      const message = `${caller}: options must be an object, got ${describeValue(options)}`;
      return { values: out as ResolvedOptions<S>, issues: [{ code: 'invalid-argument', message, field: 'options', expected: 'an options object' }] };
    }
    const given = (options ?? {}) as Record<string, unknown>;
    const issues: ZonelinkIssue[] = [];
    for (const key of Object.keys(given)) {
      // An undefined value carries nothing (it often comes from spreading another options object).
      if (Object.prototype.hasOwnProperty.call(specs, key) || given[key] === undefined) continue;
      const nearest = names.map((name) => ({ name, d: distance(key.toLowerCase(), name.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
      const hint = nearest !== undefined && nearest.d <= Math.max(2, Math.floor(nearest.name.length / 3)) ? ` (did you mean ${nearest.name}?)` : '';
      const message = `${caller}: unknown option ${clipText(key, 60)}${hint}; its options are ${names.join(', ') || 'none'}`;
      issues.push({ code: 'unknown-option', message, field: key });
    }
    for (const name of names) {
      const spec = specs[name];
      const value = Object.prototype.hasOwnProperty.call(given, name) ? given[name] : undefined;
      if (value === undefined) {
        if (spec.required) {
          const message = `${caller}: option ${name} is required (${spec.type})`;
          issues.push({ code: 'invalid-argument', message, field: name, expected: spec.type });
        }
        continue;
      }
      const expected = spec.check(value);
      if (expected !== undefined) {
        const message = `${caller}: option ${name} must be ${expected}, got ${shown(value)}`;
        issues.push({ code: 'invalid-argument', message, field: name, value: typeof value === 'string' ? clipText(value, 60) : value, expected });
        continue;
      }
      out[name] = value;
    }
    return { values: out as ResolvedOptions<S>, issues };
  };
  const read = (options: unknown): ResolvedOptions<S> => {
    const { values, issues } = collect(options);
    throwProblems(caller, 'options', issues);
    return values;
  };
  return { caller, specs, read, collect };
}

/**
 * True for the value {@link defineOptions} returns (used by the script that
 * writes docs/options.md to find every declaration).
 *
 * @example
 * isOptionsSchema(defineOptions('f', {})); // true
 */
export function isOptionsSchema(value: unknown): value is OptionsSchema<OptionSpecs> {
  const v = value as Partial<OptionsSchema<OptionSpecs>> | null;
  return typeof v === 'object' && v !== null && typeof v.caller === 'string' && typeof v.read === 'function' && typeof v.specs === 'object';
}
