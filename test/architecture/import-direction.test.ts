import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Data flows one way (docs/architecture.md): io → network → measures → report.
// Every module of src/ belongs to one layer below; a file may import its own
// module and any module of a lower layer, never one of the same or a higher
// layer. Layers of the same rank are siblings that do not know each other
// (models and measures both estimate or measure from the network's data; neither
// calls the other). Within measures/, the families may use one another, but never
// in a cycle: the family graph must be acyclic.
//
// A new folder under src/ fails this test until it is declared here (and in
// docs/architecture.md), so the order stays a decision, not an accident.
export const LAYERS: readonly (readonly string[])[] = [
  ['version'], // the version constant, imported by the report's metadata
  ['error'], // ZonelinkError, issue codes, argument checks
  ['options'], // defineOptions: every options object declared once (checks, defaults, docs)
  ['progress'], // onProgress / AbortSignal reporting
  ['random'], // the seeded generator
  ['statistics', 'geometry'], // shared numeric primitives (permutation test, Pearson, z-scores, seeds, normal tail; great-circle distance)
  ['schema'], // the data model (zod)
  ['io'], // text or bytes ↔ Dataset, typed columns, exchange formats
  ['network'], // Dataset → ZoneNetwork, views, compact adjacency
  ['models', 'measures'], // linkage estimation from node data; measure families
  ['report'], // analyze() and the renderers
  ['index', 'data'], // the package entry points (zonelink, zonelink/data)
  ['node'], // everything that needs Node: files, CLI, workers
];

/** The module of a source path relative to src/ (`measures/<family>` counts as `measures`). */
export function moduleOf(path: string): string {
  const parts = path.split('/');
  if (parts.length === 1) return parts[0].replace(/\.ts$/, '');
  return parts[0];
}

/** The measure family of a path under measures/, or null. */
export function familyOf(path: string): string | null {
  const parts = path.split('/');
  return parts[0] === 'measures' && parts.length > 2 ? parts[1] : null;
}

export function rankOf(module: string): number {
  return LAYERS.findIndex((layer) => layer.includes(module));
}

export interface ImportEdge {
  from: string;
  to: string;
  line: number;
}

/** Imports that point against the layer order (same-rank siblings included). */
export function backEdges(edges: readonly ImportEdge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const a = moduleOf(e.from);
    const b = moduleOf(e.to);
    if (a === b) continue;
    const ra = rankOf(a);
    const rb = rankOf(b);
    if (ra === -1 || rb === -1) continue; // reported by the "every module is declared" test
    if (rb >= ra) out.push(`${e.from}:${e.line} imports ${e.to} (${a} → ${b})`);
  }
  return out;
}

/** Cycles between measure families: every strongly connected group of two or more families. */
export function familyCycles(edges: readonly ImportEdge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const e of edges) {
    const a = familyOf(e.from);
    const b = familyOf(e.to);
    if (a === null || b === null || a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    graph.get(a)!.add(b);
  }
  // Tarjan's strongly connected components (recursion is fine: a few dozen families)
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const SRC = resolve('src');
const toSrc = (absolute: string): string => relative(SRC, absolute).split(sep).join('/');

interface FileImports {
  file: string;
  specifiers: { text: string; line: number }[];
}

/** Every import of every src file: static, type-only, re-exports and dynamic `import()`, comments ignored. */
function readImports(): FileImports[] {
  return sources(SRC).map((absolute) => {
    const text = readFileSync(absolute, 'utf8');
    const info = ts.preProcessFile(text, true, true);
    const lineOf = (pos: number) => text.slice(0, pos).split('\n').length;
    return { file: toSrc(absolute), specifiers: info.importedFiles.map((f) => ({ text: f.fileName, line: lineOf(f.pos) })) };
  });
}

/** Relative imports that stay inside src/, as edges between src paths. */
function srcEdges(files: readonly FileImports[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const { file, specifiers } of files) {
    for (const s of specifiers) {
      if (!s.text.startsWith('.')) continue;
      const target = resolve(SRC, dirname(file), s.text);
      if (!target.startsWith(SRC + sep)) continue; // e.g. the bundled data's JSON under data/
      edges.push({ from: file, to: toSrc(target).replace(/\.js$/, '.ts'), line: s.line });
    }
  }
  return edges;
}

const files = readImports();
const edges = srcEdges(files);

describe('import direction (docs/architecture.md: data flows forward only)', () => {
  it('reads the imports of the whole source tree', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(edges.length).toBeGreaterThan(1000);
  });

  it('declares every module of src/ in exactly one layer', () => {
    const modules = [...new Set(files.map((f) => moduleOf(f.file)))].sort();
    expect(modules.filter((m) => rankOf(m) === -1)).toEqual([]);
    const declared = LAYERS.flat();
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('has no import against the layer order', () => {
    expect(backEdges(edges)).toEqual([]);
  });

  it('has no cycle between measure families', () => {
    expect(familyCycles(edges)).toEqual([]);
  });

  it('keeps Node built-ins in src/node only', () => {
    const builtins = new Set(builtinModules);
    const offenders = files.flatMap(({ file, specifiers }) =>
      moduleOf(file) === 'node' ? [] : specifiers.filter((s) => s.text.startsWith('node:') || builtins.has(s.text)).map((s) => `${file}:${s.line} imports ${s.text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps schema/ to zod and error/', () => {
    const offenders = files.flatMap(({ file, specifiers }) =>
      moduleOf(file) !== 'schema'
        ? []
        : specifiers
            .filter((s) => (s.text.startsWith('.') ? !['schema', 'error'].includes(moduleOf(toSrc(resolve(SRC, dirname(file), s.text)))) : s.text !== 'zod'))
            .map((s) => `${file}:${s.line} imports ${s.text}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('flags the back-edges this project once had', () => {
    const found = backEdges([
      { from: 'io/network-formats.ts', to: 'network/zone-network.ts', line: 1 },
      { from: 'measures/inequality/spatial-gini.ts', to: 'models/great-circle-distance.ts', line: 5 },
      { from: 'network/snapshot.ts', to: 'measures/overlay/platform-overlay.ts', line: 2 },
      { from: 'measures/hubs/siphon-effect.ts', to: 'network/network-contents.ts', line: 4 },
    ]);
    expect(found).toEqual([
      'io/network-formats.ts:1 imports network/zone-network.ts (io → network)',
      'measures/inequality/spatial-gini.ts:5 imports models/great-circle-distance.ts (measures → models)',
      'network/snapshot.ts:2 imports measures/overlay/platform-overlay.ts (network → measures)',
    ]);
  });

  it('flags a cycle between measure families, and only the cycle', () => {
    const cycles = familyCycles([
      { from: 'measures/inequality/indicator-inequality.ts', to: 'measures/polarization/wolfson.ts', line: 5 },
      { from: 'measures/polarization/wolfson.ts', to: 'measures/inequality/lorenz.ts', line: 2 },
      { from: 'measures/hubs/siphon-effect.ts', to: 'measures/inequality/gini.ts', line: 2 },
    ]);
    expect(cycles).toEqual([['inequality', 'polarization']]);
  });
});
