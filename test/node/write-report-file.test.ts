import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReportFile, writeReportFile } from '../../src/node/write-report-file.js';
import { zonelinkErrorOfPromise } from '../zonelink-error-of.js';

const failure = zonelinkErrorOfPromise;

describe('writeReportFile', () => {
  it('creates missing directories and writes the text; refuses an existing file unless force', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'zonelink-write-')), 'a', 'b');
    expect(await writeReportFile(dir, 'report.html', 'one')).toBe(join(dir, 'report.html'));
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('one');
    const again = await failure(writeReportFile(dir, 'report.html', 'two'));
    expect(again.issues.map((i) => i.code)).toEqual(['unwritable-output']);
    expect(again.message).toMatch(/already exists \(add --force to overwrite it\)/);
    await writeReportFile(dir, 'report.html', 'two', { force: true });
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('two');
  });
  it('never writes through a symbolic link, even with force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zonelink-write-'));
    writeFileSync(join(dir, 'target.txt'), 'keep');
    symlinkSync(join(dir, 'target.txt'), join(dir, 'report.html'));
    const e = await failure(writeReportFile(dir, 'report.html', 'x', { force: true }));
    expect(e.message).toMatch(/symbolic link/);
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('keep');
  });
  it('declares its option: an unknown or wrong-typed one is reported, naming the function', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zonelink-write-'));
    const unknown = await failure(writeReportFile(dir, 'r.html', 'x', { forse: true } as never));
    expect(unknown.message).toMatch(/^writeReportFile: unknown option forse \(did you mean force\?\)/);
    const typed = await failure(checkReportFile(dir, 'r.html', { force: 'yes' as never }));
    expect(typed.message).toMatch(/^checkReportFile: option force must be true or false/);
  });
  it('reports every bad argument in one error instead of a TypeError', async () => {
    const e = await failure(writeReportFile(null as never, '', 42 as never));
    expect(e.issues.map((i) => i.field)).toEqual(['dir', 'name', 'text']);
    expect(e.message).toBe('writeReportFile: invalid arguments: dir, name, text (3 problems)');
    expect(e.issues[0].message).toBe('writeReportFile: dir must be a non-empty string, got null');
  });
});
