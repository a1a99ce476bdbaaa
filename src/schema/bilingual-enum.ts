import { z } from 'zod';
import { clipText } from '../error/clip-text.js';
import { checkString } from '../error/argument-checks.js';
import { invalidArgument } from '../error/zonelink-error.js';

/**
 * One value of a bilingual enumeration: the normalised `id` that zonelink
 * outputs, the Chinese and English labels, and extra spellings accepted on input.
 */
export interface BilingualTerm<Id extends string = string> {
  readonly id: Id;
  readonly zh: string;
  readonly en: string;
  readonly aliases?: readonly string[];
}

/**
 * Folds case, width and separators so that "Resource factor", "resource-factor" and "RESOURCE_FACTOR" meet.
 *
 * @example
 * foldSpelling('Industrial_Chain'); // 'industrial chain'
 */
export function foldSpelling(raw: string): string {
  checkString('foldSpelling', raw, 'raw');
  return raw
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-–—·/]+/g, ' ');
}

/** A lookup from every accepted spelling (id, zh, en, aliases; folded) to the term id. */
export function termLookup<Id extends string>(terms: readonly BilingualTerm<Id>[]): Map<string, Id> {
  const lookup = new Map<string, Id>();
  for (const term of terms) {
    for (const spelling of [term.id, term.zh, term.en, ...(term.aliases ?? [])]) {
      lookup.set(foldSpelling(spelling), term.id);
    }
  }
  return lookup;
}

/**
 * A zod schema that accepts any spelling of a bilingual enumeration (the id, the
 * Chinese or English label, or an alias; case, width and separators folded) and
 * outputs the normalised id. An unknown value is an issue whose message lists the
 * accepted ids; it is never coerced to a default.
 *
 * @example
 * const mode = bilingualEnum('linkage mode', LINKAGE_MODES);
 * mode.parse('产业链联动'); // 'industrial-chain'
 */
export function bilingualEnum<Id extends string>(name: string, terms: readonly BilingualTerm<Id>[]) {
  checkString('bilingualEnum', name, 'name');
  if (!Array.isArray(terms as unknown)) invalidArgument('bilingualEnum', 'terms must be an array of { id, zh, en, aliases }', { field: 'terms' });
  const lookup = termLookup(terms);
  const expected = terms.map((t) => `${t.id} (${t.zh})`).join(', ');
  return z.string().transform((raw, ctx): Id => {
    const id = lookup.get(foldSpelling(raw));
    if (id === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown ${name} "${clipText(raw)}"`,
        params: { zonelinkCode: `unknown-${name.replace(/\s+/g, '-')}`, expected },
      });
      return z.NEVER;
    }
    return id;
  });
}
