export type { ProgressEvent, ProgressOptions } from './progress-options.js';
export { progressReporter, type ProgressReporter } from './progress-reporter.js';
export { progressOptionSpecs } from './progress-option-specs.js';
