import { constants } from 'node:fs';
import { lstat, mkdir, open, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ZonelinkError, type ZonelinkIssue } from '../error/zonelink-error.js';
import { argumentIssue } from './argument-problems.js';
import { throwProblems } from '../error/throw-problems.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { booleanOption } from '../options/option-spec.js';

/** Options of {@link writeReportFile}. */
const forceOption = booleanOption({ doc: 'Replace an existing regular file of that name (never a symbolic link or a directory); false refuses.', default: false });

/** The declared options of {@link writeReportFile} (checks, defaults and docs/options.md come from here). */
export const writeReportFileOptions = defineOptions('writeReportFile', {
  /** Replace an existing regular file of that name. Default false: refuse. */
  force: forceOption,
});

/** The declared options of {@link checkReportFile}: those of {@link writeReportFile}. */
export const checkReportFileOptions = defineOptions('checkReportFile', { force: forceOption });

/** Options of {@link writeReportFile} and {@link checkReportFile}, declared in {@link writeReportFileOptions}. */
export type WriteReportFileOptions = OptionsOf<typeof writeReportFileOptions>;

/**
 * Throws, naming `caller`, every problem of a call in one error: the directory and
 * file name not non-empty strings, the text not a string, and the options' own.
 */
function checkArguments(caller: string, args: [string, unknown][], optionIssues: readonly ZonelinkIssue[]): void {
  const issues = args
    .filter(([field, value]) => typeof value !== 'string' || (field !== 'text' && value === ''))
    .map(([field, value]) => argumentIssue(caller, field, field === 'text' ? 'a string' : 'a non-empty string', value));
  throwProblems(caller, 'arguments', [...issues, ...optionIssues]);
}

/** A problem with the output path: one line for the user, code `unwritable-output`. */
function refuse(path: string, reason: string): never {
  const message = `cannot write ${path}: ${reason}`;
  throw new ZonelinkError('invalid-argument', `writeReportFile: ${message}`, [{ code: 'unwritable-output', message, file: path }]);
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory (the file system does not allow it here)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ELOOP':
      return 'it is a symbolic link (zonelink never writes through symbolic links)';
    default:
      return (error as Error).message;
  }
}

async function lstatOrUndefined(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return refuse(path, reasonOf(error));
  }
}

/**
 * Creates `dir` and its missing parents one level at a time. Not `mkdir(…, { recursive: true })`:
 * Node's recursive mkdir loops forever under /proc (ENOENT from a pseudo file system), and a
 * command line must never hang on a bad `--out`.
 */
async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const stat = await lstatOrUndefined(at);
    if (stat) {
      if (stat.isSymbolicLink()) refuse(at, 'it is a symbolic link (zonelink never writes through symbolic links)');
      if (!stat.isDirectory()) refuse(at, 'it exists and is not a directory');
      break;
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const path of missing.reverse()) {
    try {
      await mkdir(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') refuse(path, reasonOf(error));
    }
  }
}

async function checkTarget(dir: string, name: string, force: boolean): Promise<{ path: string; exists: boolean }> {
  await makeDirectory(dir);
  const path = join(dir, name);
  const existing = await lstatOrUndefined(path);
  if (existing) {
    if (existing.isSymbolicLink()) refuse(path, 'it is a symbolic link (zonelink never writes through symbolic links)');
    if (!existing.isFile()) refuse(path, 'it exists and is not a regular file');
    if (!force) refuse(path, 'it already exists (add --force to overwrite it)');
  }
  return { path, exists: existing !== undefined };
}

/**
 * Checks, before a long analysis, that {@link writeReportFile} could write `dir/name`:
 * creates `dir` if needed and throws the same one-line `ZonelinkError` (`unwritable-output`)
 * for a symbolic link, an existing file without `force`, or a path the file system refuses.
 * Returns the path.
 *
 * @example
 * await checkReportFile('zonelink-report', 'report.html'); // 'zonelink-report/report.html'
 */
export async function checkReportFile(dir: string, name: string, options: WriteReportFileOptions = {}): Promise<string> {
  const { values, issues } = checkReportFileOptions.collect(options);
  checkArguments('checkReportFile', [['dir', dir], ['name', name]], issues);
  const { force } = values;
  return (await checkTarget(dir, name, force)).path;
}

/**
 * Writes `text` to `dir/name` for the `zonelink report` command, safely: creates `dir` (and
 * missing parents) if needed; refuses — with a `ZonelinkError` whose one issue
 * (`unwritable-output`) says why in one line — when `dir` or the file is a symbolic link
 * (never writes through one; the file is opened with O_NOFOLLOW and O_EXCL, so a link
 * created in between fails too), when `dir` exists and is not a directory, when the file
 * exists (unless `force`, which replaces a regular file), and when the file system refuses
 * (permission, read-only, /proc …). Returns the path written.
 *
 * @example
 * await writeReportFile('zonelink-report', 'report.html', html, { force: true }); // 'zonelink-report/report.html'
 */
export async function writeReportFile(dir: string, name: string, text: string, options: WriteReportFileOptions = {}): Promise<string> {
  const { values, issues } = writeReportFileOptions.collect(options);
  checkArguments('writeReportFile', [['dir', dir], ['name', name], ['text', text]], issues);
  const { force } = values;
  const { path, exists } = await checkTarget(dir, name, force);
  if (exists) {
    try {
      await unlink(path);
    } catch (error) {
      refuse(path, reasonOf(error));
    }
  }
  let handle;
  try {
    handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') refuse(path, 'it appeared while writing (another process?); not overwritten');
    refuse(path, reasonOf(error));
  }
  try {
    await handle.writeFile(text);
  } catch (error) {
    refuse(path, reasonOf(error));
  } finally {
    await handle.close();
  }
  return path;
}
