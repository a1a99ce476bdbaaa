import type { ZonelinkError } from '../error/zonelink-error.js';
import { escapeControlCharacters as visible } from '../error/escape-control-characters.js';

/**
 * Formats a ZonelinkError for a terminal: one line per problem (its message,
 * which carries file, row and column, and its code), then for every input table
 * how many records were valid and which rows or items were not. Control
 * characters from the data (an ANSI escape in a zone name) are written as
 * visible escapes (`escapeControlCharacters`), never sent to the terminal raw.
 *
 * @example
 * try { readCsvDataset(files) } catch (e) { if (e instanceof ZonelinkError) console.error(formatProblems(e)); }
 */
export function formatProblems(error: ZonelinkError): string {
  const lines = [`${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}:`];
  for (const issue of error.issues) {
    lines.push(`  ✗ ${visible(issue.message)}${issue.expected ? ` (expected ${visible(issue.expected)})` : ''} [${visible(issue.code)}]`);
  }
  for (const account of error.records ?? []) {
    const where = visible(account.file ?? account.table);
    const list = account.invalid.slice(0, 20).join(', ') + (account.invalid.length > 20 ? ', …' : '');
    lines.push(
      `${where}: ${account.total} ${account.table}, ${account.valid.length} valid, ${account.invalid.length} with problems${account.invalid.length ? ` (${account.by === 'row' ? 'rows' : 'items'} ${list})` : ''}`,
    );
  }
  return lines.join('\n');
}
