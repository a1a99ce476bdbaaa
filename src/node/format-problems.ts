import type { ZonelinkError, ZonelinkIssue } from '../error/zonelink-error.js';
import { escapeControlCharacters as visible } from '../error/escape-control-characters.js';
import { argumentIssue } from './argument-problems.js';
import { throwProblems } from '../error/throw-problems.js';

const FN = 'formatProblems';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndexList = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'number');

/**
 * Every way `error` is not a ZonelinkError that can be formatted. Duck-typed (an
 * `issues` array of `{ code, message }`, optional `records` accounts), not
 * `instanceof`: an error from zonelink's CommonJS build formats as well as one
 * from its ES module build.
 */
function problemsOf(error: unknown): ZonelinkIssue[] {
  if (!isObject(error) || !Array.isArray(error.issues)) return [argumentIssue(FN, 'error', 'a ZonelinkError (with an issues array)', error)];
  const problems: ZonelinkIssue[] = [];
  error.issues.forEach((issue: unknown, i: number) => {
    const ok =
      isObject(issue) &&
      typeof issue.code === 'string' &&
      typeof issue.message === 'string' &&
      (issue.expected === undefined || typeof issue.expected === 'string');
    if (!ok) problems.push(argumentIssue(FN, `error.issues[${i}]`, 'an issue { code, message, expected? } of strings', issue));
  });
  if (error.records !== undefined) {
    if (!Array.isArray(error.records)) problems.push(argumentIssue(FN, 'error.records', 'an array of record accounts or undefined', error.records));
    else
      error.records.forEach((account: unknown, i: number) => {
        const ok =
          isObject(account) &&
          typeof account.table === 'string' &&
          (account.file === undefined || typeof account.file === 'string') &&
          typeof account.total === 'number' &&
          isIndexList(account.valid) &&
          isIndexList(account.invalid);
        if (!ok) problems.push(argumentIssue(FN, `error.records[${i}]`, 'a record account { file?, table, by, total, valid, invalid }', account));
      });
  }
  return problems;
}

/**
 * Formats a ZonelinkError for a terminal: one line per problem (its message,
 * which carries file, row and column, and its code), then for every input table
 * how many records were valid and which rows or items were not. Control
 * characters from the data (an ANSI escape in a zone name) are written as
 * visible escapes (`escapeControlCharacters`), never sent to the terminal raw.
 *
 * @throws ZonelinkError (`invalid-argument`, naming `formatProblems`) when `error`
 *   is not a ZonelinkError: every malformed issue and record account listed.
 * @example
 * try { readCsvDataset(files) } catch (e) { if (e instanceof ZonelinkError) console.error(formatProblems(e)); }
 */
export function formatProblems(error: ZonelinkError): string {
  throwProblems(FN, 'arguments', problemsOf(error));
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
