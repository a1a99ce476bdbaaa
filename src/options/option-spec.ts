/**
 * The declaration of one option of a public function: its meaning (`doc`), the
 * type as the docs print it (`type`), its default, and the check of a given
 * value. `check` returns `undefined` for a valid value, else what was expected
 * ("a number in [0, 1]"). `T` is the TypeScript type of the value, `HasDefault`
 * whether the read option is always set (a default is declared, or the option is
 * `required`).
 * Made by the option builders and gathered by `defineOptions` (internal).
 */
export interface OptionSpec<T, HasDefault extends boolean = boolean> {
  /** The type as the docs print it ("a number in [0, 1]"). */
  readonly type: string;
  /** What the option means. */
  readonly doc: string;
  /** The default (undefined when none is declared). */
  readonly default: HasDefault extends true ? T : undefined;
  /** How the docs state a default that is not a plain value ("the latest year with data"). */
  readonly defaultText?: string;
  /** `undefined` for a valid value, else what was expected ("a number in [0, 1]"). */
  readonly check: (value: unknown) => string | undefined;
  /** True when the option must be given (a callback the function cannot do without, a chart's required data); leaving it out is an error. */
  readonly required?: boolean;
  /** Phantom: carries `T` for {@link OptionsOf}; never set. */
  readonly valueType?: T;
  /** Phantom: carries `HasDefault`; never set. */
  readonly defaulted?: HasDefault;
}

/** What every option builder takes besides its own bounds. */
export interface OptionText {
  /** What the option means, for the generated docs (one or two sentences). */
  doc: string;
  /** The default as the docs should state it, when it is computed rather than a value. */
  defaultText?: string;
}

/** Bounds of {@link numberOption}. */
export interface NumberBounds {
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Largest allowed value (inclusive). */
  max?: number;
  /** The value must be greater than this. */
  above?: number;
  /** The value must be less than this. */
  below?: number;
  /** Integers only. */
  integer?: boolean;
  /** Accept `Infinity` (e.g. "no bound"). Default false: finite numbers only. */
  infinity?: boolean;
}

function numberType(bounds: NumberBounds): string {
  const unboundedAbove = bounds.max === undefined && bounds.below === undefined;
  const kind = bounds.integer ? 'an integer' : !bounds.infinity && unboundedAbove ? 'a finite number' : 'a number';
  const parts: string[] = [];
  if (bounds.min !== undefined && bounds.max !== undefined) parts.push(`in [${bounds.min}, ${bounds.max}]`);
  else if (bounds.min !== undefined) parts.push(`≥ ${bounds.min}`);
  else if (bounds.max !== undefined) parts.push(`≤ ${bounds.max}`);
  if (bounds.above !== undefined) parts.push(`> ${bounds.above}`);
  if (bounds.below !== undefined) parts.push(`< ${bounds.below}`);
  const bounded = parts.length > 0 ? `${kind} ${parts.join(' and ')}` : kind;
  return bounds.infinity ? `${bounded} or Infinity` : bounded;
}

/**
 * A numeric option: finite unless `infinity`, within the stated bounds.
 *
 * @example
 * const alpha = numberOption({ doc: 'Damping factor.', default: 0.85, min: 0, max: 1 });
 * alpha.check(2); // 'a number in [0, 1]'
 */
export function numberOption(spec: OptionText & NumberBounds & { default: number }): OptionSpec<number, true>;
export function numberOption(spec: OptionText & NumberBounds & { default?: undefined }): OptionSpec<number, false>;
export function numberOption(spec: OptionText & NumberBounds & { default?: number }): OptionSpec<number> {
  const type = numberType(spec);
  const check = (value: unknown): string | undefined => {
    if (typeof value !== 'number' || Number.isNaN(value)) return type;
    if (value === Infinity && spec.infinity) return undefined;
    if (!Number.isFinite(value)) return type;
    if (spec.integer && !Number.isInteger(value)) return type;
    if (spec.min !== undefined && value < spec.min) return type;
    if (spec.max !== undefined && value > spec.max) return type;
    if (spec.above !== undefined && !(value > spec.above)) return type;
    if (spec.below !== undefined && !(value < spec.below)) return type;
    return undefined;
  };
  return { type, doc: spec.doc, default: spec.default, defaultText: spec.defaultText, check } as OptionSpec<number>;
}

/**
 * A yes/no option.
 *
 * @example
 * booleanOption({ doc: 'Divide by the largest possible value.', default: true }).check('yes'); // 'true or false'
 */
export function booleanOption(spec: OptionText & { default: boolean }): OptionSpec<boolean, true>;
export function booleanOption(spec: OptionText & { default?: undefined }): OptionSpec<boolean, false>;
export function booleanOption(spec: OptionText & { default?: boolean }): OptionSpec<boolean> {
  return {
    type: 'true or false',
    doc: spec.doc,
    default: spec.default,
    defaultText: spec.defaultText,
    check: (value) => (typeof value === 'boolean' ? undefined : 'true or false'),
  } as OptionSpec<boolean>;
}

/**
 * One of a fixed list of strings.
 *
 * @example
 * const mode = choiceOption(['out', 'in', 'all'] as const, { doc: 'Which edges count.', default: 'out' });
 * mode.check('both'); // "one of 'out', 'in', 'all'"
 */
export function choiceOption<const C extends readonly string[]>(choices: C, spec: OptionText & { default: C[number] }): OptionSpec<C[number], true>;
export function choiceOption<const C extends readonly string[]>(choices: C, spec: OptionText & { default?: undefined }): OptionSpec<C[number], false>;
export function choiceOption<const C extends readonly string[]>(choices: C, spec: OptionText & { default?: C[number] }): OptionSpec<C[number]> {
  const type = `one of ${choices.map((c) => `'${c}'`).join(', ')}`;
  return {
    type,
    doc: spec.doc,
    default: spec.default,
    defaultText: spec.defaultText,
    check: (value) => (typeof value === 'string' && choices.includes(value) ? undefined : type),
  } as OptionSpec<C[number]>;
}

/**
 * Any other shape (a callback, a node-keyed record, a union): `type` states it
 * for the docs and `check` returns what was expected when a value does not fit.
 * The value type `T` is given explicitly.
 *
 * @example
 * const weight = customOption<string | null>({ type: 'an attribute name or null', doc: 'Edge weight.', default: 'weight',
 *   check: (v) => (v === null || typeof v === 'string' ? undefined : 'an attribute name or null') });
 */
export function customOption<T>(spec: OptionText & { type: string; check: (value: unknown) => string | undefined; required: true; default?: undefined }): OptionSpec<T, true> & { readonly required: true };
export function customOption<T>(spec: OptionText & { type: string; check: (value: unknown) => string | undefined; default: T }): OptionSpec<T, true>;
export function customOption<T>(spec: OptionText & { type: string; check: (value: unknown) => string | undefined; default?: undefined }): OptionSpec<T, false>;
export function customOption<T>(spec: OptionText & { type: string; check: (value: unknown) => string | undefined; required?: boolean; default?: T }): OptionSpec<T> {
  return { type: spec.type, doc: spec.doc, default: spec.default, defaultText: spec.defaultText, check: spec.check, ...(spec.required ? { required: true } : {}) } as OptionSpec<T>;
}

/**
 * A string option (any non-empty string unless `allowEmpty`).
 *
 * @example
 * stringOption({ doc: 'Edge attribute holding the layer.', default: 'mode' }).check(''); // 'a non-empty string'
 */
export function stringOption(spec: OptionText & { allowEmpty?: boolean; default: string }): OptionSpec<string, true>;
export function stringOption(spec: OptionText & { allowEmpty?: boolean; default?: undefined }): OptionSpec<string, false>;
export function stringOption(spec: OptionText & { allowEmpty?: boolean; default?: string }): OptionSpec<string> {
  const type = spec.allowEmpty ? 'a string' : 'a non-empty string';
  return {
    type,
    doc: spec.doc,
    default: spec.default,
    defaultText: spec.defaultText,
    check: (value) => (typeof value === 'string' && (spec.allowEmpty || value.length > 0) ? undefined : type),
  } as OptionSpec<string>;
}

/**
 * A callback option; `signature` states its parameters for the docs and the
 * type `F` is given explicitly. Only "is a function" can be checked here.
 * With `required: true` the callback must be given (and is a required property of the options type).
 *
 * @example
 * functionOption<(id: string) => boolean>({ signature: '(id) → boolean', doc: 'Which nodes to keep.' }).check(1); // 'a function (id) → boolean'
 */
export function functionOption<F>(spec: OptionText & { signature: string; required: true }): OptionSpec<F, true> & { readonly required: true };
export function functionOption<F>(spec: OptionText & { signature: string; required?: false }): OptionSpec<F, false>;
export function functionOption<F>(spec: OptionText & { signature: string; required?: boolean }): OptionSpec<F> {
  const type = `a function ${spec.signature}`;
  return {
    type,
    doc: spec.doc,
    default: undefined,
    defaultText: spec.defaultText,
    check: (value: unknown) => (typeof value === 'function' ? undefined : type),
    ...(spec.required ? { required: true } : {}),
  } as OptionSpec<F>;
}
