import { customOption } from '../options/option-spec.js';
import type { ProgressEvent } from './progress-options.js';

function isAbortSignal(value: unknown): boolean {
  const v = value as { aborted?: unknown; addEventListener?: unknown } | null;
  return typeof v === 'object' && v !== null && typeof v.aborted === 'boolean' && typeof v.addEventListener === 'function';
}

/**
 * The declarations of `onProgress` and `signal` (see `ProgressOptions`), spread
 * into the options of every long computation so that both mean the same
 * everywhere.
 *
 * @example
 * const betweennessOptions = defineOptions('betweenness', { ...progressOptionSpecs });
 */
export const progressOptionSpecs = {
  /** Called with each progress report `{ task, done, total, unit }`, about every 1 % of the task and at the end. */
  onProgress: customOption<(event: ProgressEvent) => void>({
    type: 'a function ({ task, done, total, unit }) → void',
    doc: 'Called with each progress report `{ task, done, total, unit }`, about every 1 % of the task and at the end.',
    check: (value) => (typeof value === 'function' ? undefined : 'a function ({ task, done, total, unit }) → void'),
  }),
  /** An `AbortSignal`; when aborted the function throws `ZonelinkError` code `aborted`. */
  signal: customOption<AbortSignal>({
    type: 'an AbortSignal',
    doc: 'Cancels the computation: when the signal is aborted the function throws `ZonelinkError` with code `aborted`.',
    check: (value) => (isAbortSignal(value) ? undefined : 'an AbortSignal'),
  }),
};
