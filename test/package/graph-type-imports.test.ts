import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// graphology ships an ESM-syntax .d.ts in a CommonJS package: to a `"type":
// "module"` consumer under moduleResolution NodeNext its default export is the
// module namespace, so a declaration that names `Graph` from 'graphology' as a
// type fails with TS2709 (scripts/check-package.sh type-checks the packed
// package in four consumers). Types name graphs by graphology-types'
// AbstractGraph; 'graphology' is imported only for its values (new Graph,
// instanceof) and its named classes (MultiGraph).
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('graph types in the public declarations', () => {
  it('no source imports graphology’s default export as a type only', () => {
    const offenders = sources('src').filter((f) => /import type Graph\b[^;]*from 'graphology'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

});
