import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The README's library example and the output shown under it. */
function readmeExample(): { code: string; output: string } {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## As a library'));
  const code = /```ts\n([\s\S]*?)```/.exec(section)![1];
  const output = /```ts\n[\s\S]*?```\s*```text\n([\s\S]*?)```/.exec(section)![1];
  return { code, output };
}

describe('README', () => {
  it('shows the real output of its library example', () => {
    const { code, output } = readmeExample();
    const local = code
      .replace("'zonelink/data'", JSON.stringify(resolve('src/data/index.ts')))
      .replace("'zonelink'", JSON.stringify(resolve('src/index.ts')));
    const file = join(mkdtempSync(join(tmpdir(), 'zonelink-readme-')), 'example.ts');
    writeFileSync(file, local);
    const printed = execFileSync(resolve('node_modules/.bin/tsx'), [file], { encoding: 'utf8' });
    expect(printed).toBe(output);
  });

  it('starts with the two commands a newcomer needs', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/^# zonelink\n\n```sh\nnpm install && npm run report .*\nnpm test .*\n```/);
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toContain('npm test');
    expect(ci).toContain('npm run report');
  });
});
