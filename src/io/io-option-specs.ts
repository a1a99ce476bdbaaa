import { booleanOption, choiceOption, numberOption, stringOption } from '../options/option-spec.js';

/** Default longest cell `parseCsv` keeps: 1,000,000 characters. */
export const DEFAULT_MAX_FIELD_LENGTH = 1_000_000;
/** Default widest header `parseCsv` reads: 1,000 columns. */
export const DEFAULT_MAX_COLUMNS = 1_000;

/**
 * The declarations of the options the readers and writers of src/io share, so that
 * `file`, `encoding`, `maxFieldLength`, `maxColumns`, `allowSelfLoops` and
 * `weightAttribute` mean the same in each function that takes them.
 */

/** `file`: the file name put in every problem's location (no default: problems then name no file). */
export const fileOption = stringOption({ doc: "File name put in every problem's location and message." });

/** `file` with a default name, for readers that always name a file. */
export function namedFileOption(fallback: string) {
  return stringOption({ doc: "File name put in every problem's location and message.", default: fallback });
}

/** `encoding` of byte input, detected by default (UTF-8 with or without BOM, GB18030/GBK). */
export const encodingOption = choiceOption(['auto', 'utf-8', 'gb18030', 'gbk'] as const, {
  doc: "Text encoding of byte input: 'auto' detects UTF-8 (with or without BOM) and GB18030/GBK, and rejects Big5, Shift-JIS and UTF-16/32 with a hint.",
  default: 'auto',
});

/** `maxFieldLength`: the longest CSV cell kept. */
export const maxFieldLengthOption = numberOption({
  doc: 'Longest cell kept, in characters; a longer cell is cut there and reported (field-too-long, with the count cut).',
  default: DEFAULT_MAX_FIELD_LENGTH,
  integer: true,
  min: 1,
  infinity: true,
});

/** `maxColumns`: the widest CSV header read. */
export const maxColumnsOption = numberOption({
  doc: 'Most header columns read; a wider header stops the parse with one too-many-columns problem.',
  default: DEFAULT_MAX_COLUMNS,
  integer: true,
  min: 1,
  infinity: true,
});

/** `allowSelfLoops`: accept linkages whose source equals their target. */
export const allowSelfLoopsOption = booleanOption({
  doc: 'Accept linkages whose source equals their target (otherwise each is a self-loop problem).',
  default: false,
});

/** `weightAttribute` of the exchange-format writers. */
export const weightAttributeOption = stringOption({
  doc: 'Edge attribute holding the tie value; an edge without it counts 1.',
  default: 'weight',
});
