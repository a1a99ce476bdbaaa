/**
 * The small helpers every example notebook uses, kept here so that each notebook
 * starts with its study rather than with plumbing. Imported by path from the repo
 * root, where the Deno kernel runs: `import { check, show } from './examples/notebook-helpers.ts'`.
 *
 * The Deno kernel does not type-check, so each notebook checks its results with
 * `check` (a failed check throws and fails the cell, and scripts/run-notebooks.sh
 * fails in CI).
 */

/** Fails the cell (and the CI run) when a result is not what it should be. */
export function check(condition: unknown, message: string): void {
  if (!condition) throw new Error(`check failed: ${message}`);
}

/** True when a and b agree to a relative tolerance (both NaN counts as agreeing). */
export function close(a: number, b: number, tol = 1e-9): boolean {
  return (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Prints lines as the cell's output (Deno's console.log output can arrive after the cell has finished). */
export async function show(...lines: string[]): Promise<void> {
  await Deno.jupyter.display({ 'text/plain': lines.join('\n') }, { raw: true });
}

/** Shows a Markdown table. */
export async function table(header: string[], rows: (string | number)[][]): Promise<void> {
  const md = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  await Deno.jupyter.display({ 'text/markdown': md, 'text/plain': md }, { raw: true });
}

/** Shows an SVG figure. */
export async function svg(markup: string): Promise<void> {
  await Deno.jupyter.display({ 'image/svg+xml': markup }, { raw: true });
}

/** A report section's content, or a failed check naming why it is missing. */
export function present<T extends object>(part: T | { missing: string }, name: string): T {
  if ('missing' in part) throw new Error(`${name} missing: ${part.missing}`);
  return part as T;
}
