export { defineOptions, isOptionsSchema, type CollectedOptions, type OptionSpecs, type OptionsFrom, type OptionsOf, type OptionsSchema, type ResolvedOptions } from './define-options.js';
export { booleanOption, choiceOption, customOption, functionOption, numberOption, stringOption, type NumberBounds, type OptionSpec, type OptionText } from './option-spec.js';
