/**
 * Runs the doc-comment examples that show a result, so that they stay true.
 *
 * From every `@example` block in src/**\/*.ts, the lines written `expr; // value` with a
 * literal value (number, string, boolean, null, NaN, ±Infinity, an array or object of
 * those, arithmetic such as 2/3) become checks: the block runs against the public API
 * (every export of src/index.ts, plus graphology's Graph) and each shown value is compared
 * with what the expression returns — numbers to the digits shown (0.41 means within
 * 0.005), computed values such as 2/3 to 1e-9 relative. A block that uses a name the API
 * does not define (a dataset the reader is assumed to hold, say), or whose shown values are
 * prose ("≈ …", "true: …"), is skipped and counted; the counts are printed and bounded
 * below, so a parser change cannot silently skip everything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import * as zonelink from '../../src/index.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

interface Check { line: number; source: string; shown: string }
interface Example { file: string; line: number; code: string[]; checks: Map<number, Check> }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The @example blocks of a file, each as its code lines (the ` * ` prefix removed). */
function examplesOf(file: string): { line: number; lines: string[] }[] {
  const text = readFileSync(file, 'utf8').split('\n');
  const blocks: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | undefined;
  text.forEach((raw, i) => {
    const inComment = /^\s*\*(?!\/)/.test(raw);
    const body = raw.replace(/^\s*\* ?/, '');
    if (current && (!inComment || /^\s*@\w/.test(body) || raw.includes('*/'))) {
      blocks.push(current);
      current = undefined;
    }
    if (inComment && /^\s*@example\b/.test(body)) current = { line: i + 1, lines: [] };
    else if (current && !/^\s*```/.test(body)) current.lines.push(body);
  });
  if (current) blocks.push(current);
  return blocks;
}

/** A shown value that is a JavaScript literal (with arithmetic), or undefined for prose. */
const LITERAL = /^(?:[\s\d.eE+\-*/(),:[\]{}]|NaN|Infinity|true|false|null|'[^'\\]*'|"[^"\\]*"|[A-Za-z_$][\w$]*(?=\s*:))*$/;

interface Shown { value: unknown; text: string; truncated: boolean }

function evaluateLiteral(text: string): unknown | undefined {
  if (text === '' || !LITERAL.test(text)) return undefined;
  try {
    return new Function(`return (${text});`)();
  } catch {
    return undefined;
  }
}

/**
 * The value a comment shows: the whole comment if it is a literal; else the literal before a
 * parenthesis or trailing words ("0.1796591 (R ineq)", "{ … } for a triangle"), or after the
 * last "=" or "≈" ("3 × 1 / 5 = 0.6"). A typed-array name before a list is dropped, and "…"
 * marks a truncated number.
 */
function parseShown(comment: string): Shown | undefined {
  const clean = comment.trim().replace(/−/g, '-').replace(/^(?:Float64Array|Int32Array|Uint32Array|Float32Array)\s+(?=\[)/, '');
  const candidates = [clean];
  const paren = /^(.*?)\s+(?:\(|for |—|--|:)/.exec(clean);
  if (paren) candidates.push(paren[1]);
  const tail = /(?<![\p{L}_]\s*)(?:=|≈)\s*([^=≈]+)$/u.exec(clean);
  if (tail) candidates.push(tail[1].trim(), tail[1].trim().replace(/\s+\(.*$/, ''));
  for (const candidate of candidates) {
    const truncated = candidate.includes('…');
    const text = candidate.replace(/…/g, '');
    const value = evaluateLiteral(text);
    if (value !== undefined && typeof value !== 'function') return { value, text, truncated };
  }
  return undefined;
}

/** The numeric leaves of a value, in order. */
function numericLeaves(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numericLeaves(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) numericLeaves(v, out);
  return out;
}

/**
 * The tolerance of each numeric leaf: half a unit of the last digit shown (a whole unit when
 * truncated with "…"); 1e-9 relative for integers and when the shown text computes its numbers
 * (2/3), since then the digits are not what is shown.
 */
function tolerances(shown: Shown): number[] | undefined {
  const tokens = [...shown.text.matchAll(/(?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w.]|\s*:)/gi)].map((m) => m[0]);
  const leaves = numericLeaves(shown.value);
  if (tokens.length !== leaves.length || tokens.some((t, i) => Number(t) !== leaves[i])) return undefined;
  return tokens.map((t, i) => {
    const decimals = /\.(\d+)$/.exec(t)?.[1].length;
    if (decimals === undefined || /e/i.test(t)) return 1e-9 * Math.max(1, Math.abs(leaves[i]));
    return (shown.truncated ? 1 : 0.5) * 10 ** -decimals + 1e-12 * Math.abs(leaves[i]);
  });
}

function compare(actual: unknown, expected: unknown, tol: { next: () => number }, path: string, problems: string[]): void {
  if (typeof expected === 'number') {
    const tolerance = tol.next();
    if (typeof actual !== 'number') return void problems.push(`${path}: ${String(actual)} is not a number (shown ${expected})`);
    if (Number.isNaN(expected) || !Number.isFinite(expected)) {
      if (!Object.is(actual, expected)) problems.push(`${path}: ${actual}, shown ${expected}`);
      return;
    }
    if (!(Math.abs(actual - expected) <= tolerance)) problems.push(`${path}: ${actual}, shown ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) && !ArrayBuffer.isView(actual)) return void problems.push(`${path}: not an array`);
    const a = Array.from(actual as ArrayLike<unknown>);
    if (a.length !== expected.length) return void problems.push(`${path}: length ${a.length}, shown ${expected.length}`);
    expected.forEach((e, i) => compare(a[i], e, tol, `${path}[${i}]`, problems));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return void problems.push(`${path}: not an object`);
    for (const [k, e] of Object.entries(expected)) compare((actual as Record<string, unknown>)[k], e, tol, `${path}.${k}`, problems);
    return;
  }
  if (!Object.is(actual, expected)) problems.push(`${path}: ${JSON.stringify(actual)}, shown ${JSON.stringify(expected)}`);
}

const scope: Record<string, unknown> = { ...zonelink, Graph };
const names = Object.keys(scope);
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;

interface Outcome { where: string; status: 'checked' | 'skipped' | 'failed'; reason?: string }

async function runExample(file: string, block: { line: number; lines: string[] }): Promise<Outcome | undefined> {
  const where = `${relative(process.cwd(), file)}:${block.line}`;
  const checks: Check[] = [];
  let prose = 0;
  const code = block.lines.map((line, i) => {
    const m = /^(.*?);\s*\/\/\s*(.+)$/.exec(line);
    if (!m || /^\s*(?:import|export)\b/.test(line)) return /^\s*import\b/.test(line) ? '' : line;
    const [, statement, shown] = m;
    const expected = parseShown(shown);
    if (expected === undefined || /^\s*(?:const|let|var)\s+\{/.test(statement)) {
      prose++;
      return line;
    }
    const decl = /^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=/.exec(statement);
    const id = checks.length;
    checks.push({ line: block.line + i + 1, source: statement.trim(), shown: shown.trim() });
    return decl ? `${statement}; __check(${id}, ${decl[1]});` : `__check(${id}, (${statement}));`;
  });
  if (checks.length === 0) return prose > 0 ? { where, status: 'skipped', reason: 'shows prose, not a literal' } : undefined;
  let js: string;
  try {
    js = transformSync(code.join('\n'), { loader: 'ts', format: 'esm' }).code;
  } catch (e) {
    return { where, status: 'skipped', reason: `not parseable: ${(e as Error).message.split('\n')[0]}` };
  }
  const results = new Map<number, unknown>();
  try {
    const fn = new AsyncFunction('__check', ...names, js);
    await fn((id: number, value: unknown) => void results.set(id, value), ...names.map((n) => scope[n]));
  } catch (e) {
    if (e instanceof ReferenceError) return { where, status: 'skipped', reason: e.message };
    return { where, status: 'failed', reason: `throws ${(e as Error).name}: ${(e as Error).message}` };
  }
  const problems: string[] = [];
  checks.forEach((check, id) => {
    if (!results.has(id)) return void problems.push(`line ${check.line}: not reached`);
    const p: string[] = [];
    const shown = parseShown(check.shown)!;
    const tols = tolerances(shown);
    let k = 0;
    const tol = { next: () => (tols ? tols[k++] : 1e-9 * Math.max(1, Math.abs(numericLeaves(shown.value)[k++] ?? 0))) };
    compare(results.get(id), shown.value, tol, check.source, p);
    for (const q of p) problems.push(`line ${check.line}: ${q}`);
  });
  return problems.length ? { where, status: 'failed', reason: problems.join('; ') } : { where, status: 'checked' };
}

describe('doc-comment examples', () => {
  it('show true results', async () => {
    const outcomes: Outcome[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const block of examplesOf(file)) {
        const outcome = await runExample(file, block);
        if (outcome) outcomes.push(outcome);
      }
    }
    const count = (s: Outcome['status']) => outcomes.filter((o) => o.status === s).length;
    const skipped = outcomes.filter((o) => o.status === 'skipped');
    console.log(
      `doc examples with shown results: ${count('checked')} checked, ${count('failed')} failed, ${skipped.length} skipped\n` +
        skipped.map((o) => `  skipped ${o.where}: ${o.reason}`).join('\n'),
    );
    expect(outcomes.filter((o) => o.status === 'failed').map((o) => `${o.where}: ${o.reason}`)).toEqual([]);
    expect(count('checked')).toBeGreaterThanOrEqual(60);
  });
});
