import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeControlCharacters } from '../../src/error/escape-control-characters.js';
import { runCli } from '../../src/node/cli.js';
import { parseDataset } from '../../src/io/parse-dataset.js';
import { escapeMarkdown } from '../../src/report/render/render-markdown.js';
import { smallDataset } from '../fixtures/network/small-dataset.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

// ESC ] 0 ; title BEL (OSC window title), ESC [ 2 J (clear screen), a C1 CSI, a bidi override.
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eabc';
const SHOWN = '\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202eabc';
// Any C0 but tab and newline, DEL, C1, or a bidi control must not reach the terminal.
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), bundled: async () => parseDataset(smallDataset) });
  return { code, stdout, stderr };
}

describe('escapeControlCharacters', () => {
  it('writes C0, DEL, C1 and bidi controls as visible escapes, keeps tab, backslash and CJK', () => {
    expect(escapeControlCharacters(HOSTILE)).toBe(SHOWN);
    expect(escapeControlCharacters('a\tb\\c 广州 \u0000\u007f\n')).toBe('a\tb\\c 广州 \\x00\\x7f\\x0a');
    expect(escapeControlCharacters('\u2066\u2069\u200f\u061c')).toBe('\\u2066\\u2069\\u200f\\u061c');
  });
  it('throws a ZonelinkError naming itself on a non-string', () => {
    expect(zonelinkErrorOf(() => escapeControlCharacters(1 as unknown as string)).message).toMatch(/escapeControlCharacters/);
  });
});

describe('data never reaches the terminal or report.md raw', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zonelink-escape-'));
  it('summary shows the dataset name and subtypes escaped', async () => {
    const file = join(dir, 'hostile.json');
    const data = structuredClone(smallDataset) as { metadata: { name: string }; nodes: { subtype?: string }[] };
    data.metadata.name = `name ${HOSTILE}`;
    writeFileSync(file, JSON.stringify(data));
    const r = await run(['summary', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain(`name ${SHOWN}`);
  });
  it('validate shows problems (a hostile id, a hostile field name) escaped', async () => {
    const file = join(dir, 'hostile-bad.json');
    const data = structuredClone(smallDataset) as { nodes: Record<string, unknown>[] };
    data.nodes[0]![`f${HOSTILE}`] = 1;
    data.nodes[1]!.id = `x${HOSTILE}`;
    writeFileSync(file, JSON.stringify(data));
    const r = await run(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain(`unknown field "f${SHOWN}"`);
  });
  it('escapeMarkdown (report.md) escapes control characters, then markup', () => {
    expect(escapeMarkdown(`a${HOSTILE}`)).toBe('a\\\\x1b\\]0;pwned\\\\x07\\\\x1b\\[2J\\\\x9b31m\\\\u202eabc');
    expect(escapeMarkdown('a\u0000b')).not.toMatch(RAW);
  });
});
