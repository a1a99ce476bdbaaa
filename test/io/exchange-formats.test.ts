import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { readPajek } from '../../src/io/read-pajek.js';
import { readUcinetDl } from '../../src/io/read-ucinet-dl.js';
import { toEdgeListCsv } from '../../src/io/to-edge-list-csv.js';
import { toMatrixCsv } from '../../src/io/to-matrix-csv.js';
import { toPajek } from '../../src/io/to-pajek.js';
import { toUcinetDl } from '../../src/io/to-ucinet-dl.js';
import { exchangeGraph, type GraphSpec } from '../fixtures/io/exchange/exchange-graph.js';
import { zonelinkErrorOf } from '../zonelink-error-of.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'io', 'exchange');
const specs = JSON.parse(readFileSync(join(folder, 'graphs.json'), 'utf8')) as Record<string, GraphSpec>;
const networkx = JSON.parse(readFileSync(join(folder, 'networkx.json'), 'utf8')) as {
  graphs: Record<string, { directed: boolean; nodes: string[]; edges: [string, string, number][] }>;
};
const r = JSON.parse(readFileSync(join(folder, 'r.json'), 'utf8')) as {
  graphs: Record<string, { matrix: { nodes: string[]; directed: boolean; rows: number[][]; degree: number[] }; edgelist: { directed: boolean; edges: number; triples: [string, string, number][] } }>;
};
const names = Object.keys(specs);
const fixture = (file: string) => readFileSync(join(folder, file), 'utf8');

/** The tie-value matrix of a spec, written out: directed edges one cell, undirected both, parallel edges summed. */
function expectedMatrix(spec: GraphSpec): { nodes: string[]; rows: number[][] } {
  const nodes = [...new Set([...spec.edges.flatMap(([s, t]) => [s, t]), ...spec.isolates])];
  const rows = nodes.map(() => nodes.map(() => 0));
  for (const [s, t, w, directed] of spec.edges) {
    const [i, j] = [nodes.indexOf(s), nodes.indexOf(t)];
    rows[i][j] += w;
    if (!directed && i !== j) rows[j][i] += w;
  }
  return { nodes, rows };
}

describe('the writers still write the files the independent readers read', () => {
  it.each(names)('%s', (name) => {
    const g = exchangeGraph(specs[name]);
    const regenerate = 'regenerate (test/fixtures/io/exchange/README.md)';
    expect(toPajek(g), regenerate).toBe(fixture(`${name}.net`));
    expect(toUcinetDl(g), regenerate).toBe(fixture(`${name}.dl`));
    expect(toUcinetDl(g, { format: 'edgelist1' }), regenerate).toBe(fixture(`${name}-edgelist.dl`));
    expect(toMatrixCsv(g), regenerate).toBe(fixture(`${name}-matrix.csv`));
    expect(toEdgeListCsv(g), regenerate).toBe(fixture(`${name}-edges.csv`));
  });
});

describe('Pajek read by NetworkX (read_pajek.py)', () => {
  it.each(['undirected', 'directed'])('%s: every node and every edge with its weight and direction', (name) => {
    const spec = specs[name];
    const nx = networkx.graphs[name];
    expect(nx.directed).toBe(name === 'directed');
    expect(nx.nodes).toEqual(expectedMatrix(spec).nodes);
    const ends = (s: string, t: string) => (nx.directed ? [s, t] : [s, t].sort());
    const want = spec.edges.map(([s, t, w]) => [...ends(s, t), w]);
    const got = nx.edges.map(([s, t, w]) => [...ends(s, t), w]);
    expect(got.sort()).toEqual(want.sort());
  });
  it('mixed: NetworkX holds one kind of edge per graph and reads the undirected edges as arcs (as toPajek documents)', () => {
    const nx = networkx.graphs.mixed;
    expect(nx.directed).toBe(true);
    expect(nx.edges.sort()).toEqual(specs.mixed.edges.map(([s, t, w]) => [s, t, w]).sort());
  });
});

describe('matrix and edge-list CSV read by R network/sna (read_csv.R)', () => {
  it.each(names)('%s: R reads the matrix zonelink means, and the edge list edge by edge', (name) => {
    const spec = specs[name];
    const { nodes, rows } = expectedMatrix(spec);
    const got = r.graphs[name];
    expect(got.matrix.nodes).toEqual(nodes);
    expect(got.matrix.rows).toEqual(rows);
    expect(got.matrix.directed).toBe(spec.type !== 'undirected');
    expect(got.edgelist.directed).toBe(spec.type !== 'undirected');
    expect(got.edgelist.edges).toBe(spec.edges.length);
    expect(got.edgelist.triples).toEqual(spec.edges.map(([s, t, w]) => [s, t, w]));
  });
  it('undirected: sna degree (valued, loops once) is the row sum of the matrix', () => {
    // 浦东 2.5 + 0.125; 张江 高科 2.5 + 1; qianhai 0.125 + 1 + 3 (its self-loop); 喀什 isolated
    expect(r.graphs.undirected.matrix.degree).toEqual([2.625, 3.5, 4.125, 0]);
  });
});

describe('round trips through zonelink’s own readers', () => {
  const edgeTriples = (g: Graph) => g.mapEdges((_e, a, s, t, _sa, _ta, undirected) => (undirected ? [s, t].sort() : [s, t]).concat([a.weight, String(!undirected)]).join('|')).sort();

  it.each(names)('%s: readPajek(toPajek(g)) has the same nodes and edges', (name) => {
    const g = exchangeGraph(specs[name]);
    const back = readPajek(toPajek(g)) as unknown as Graph;
    expect(back.nodes()).toEqual(g.nodes());
    expect(back.type).toBe(g.type);
    expect(edgeTriples(back)).toEqual(edgeTriples(g));
  });

  it.each(names)('%s: readUcinetDl gives the tie matrix, from fullmatrix and edgelist1 alike', (name) => {
    const spec = specs[name];
    const { nodes, rows } = expectedMatrix(spec);
    for (const text of [fixture(`${name}.dl`), fixture(`${name}-edgelist.dl`)]) {
      const back = readUcinetDl(text);
      expect(back.nodes()).toEqual(nodes);
      expect(back.type).toBe(spec.type === 'undirected' ? 'undirected' : 'directed');
      for (let i = 0; i < nodes.length; i++)
        for (let j = 0; j < nodes.length; j++) {
          const edge = back.type === 'undirected' ? back.undirectedEdge(nodes[i], nodes[j]) : back.directedEdge(nodes[i], nodes[j]);
          expect(edge === undefined ? 0 : back.getEdgeAttribute(edge, 'weight'), `${nodes[i]}→${nodes[j]}`).toBe(rows[i][j]);
        }
    }
  });

  it('property: random weighted graphs survive toPajek → readPajek and toUcinetDl → readUcinetDl', () => {
    const edge = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((w) => w !== 0), fc.boolean());
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 12 }), fc.constantFrom<'fullmatrix' | 'edgelist1'>('fullmatrix', 'edgelist1'), (edges, format) => {
        const spec: GraphSpec = { type: 'mixed', edges: edges.map(([s, t, w, d]) => [`n${s}`, `n${t}`, w, d]), isolates: ['lonely'] };
        const g = exchangeGraph(spec);
        const back = readPajek(toPajek(g)) as unknown as Graph;
        expect(edgeTriples(back)).toEqual(edgeTriples(g));
        const dl = readUcinetDl(toUcinetDl(g, { format }), { directed: true });
        const { nodes, rows } = expectedMatrix(spec);
        expect(dl.nodes()).toEqual(nodes);
        for (let i = 0; i < nodes.length; i++)
          for (let j = 0; j < nodes.length; j++) {
            const e = dl.directedEdge(nodes[i], nodes[j]);
            expect(e === undefined ? 0 : dl.getEdgeAttribute(e, 'weight')).toBe(rows[i][j]);
          }
      }),
      { numRuns: 100 },
    );
  });
});

describe('reading files written by other tools', () => {
  it('UCINET DL with embedded labels, commas and a symmetric matrix is undirected', () => {
    const g = readUcinetDl('DL N=3 FORMAT=FULLMATRIX\nLABELS EMBEDDED\nDATA:\n  x y z\nx 0 1 0\ny 1 0 2\nz 0 2 0\n');
    expect([g.type, g.order, g.size]).toEqual(['undirected', 3, 2]);
    expect(g.getEdgeAttribute(g.edge('y', 'z'), 'weight')).toBe(2);
  });
  it('UCINET DL edgelist1 with embedded labels adds up repeated pairs', () => {
    const g = readUcinetDl('dl n=3 format=el1\nlabels embedded\ndata:\nx y 1\ny z\nx y 2\n');
    expect(g.type).toBe('directed');
    expect(g.getEdgeAttribute(g.edge('x', 'y'), 'weight')).toBe(3);
    expect(g.getEdgeAttribute(g.edge('y', 'z'), 'weight')).toBe(1);
  });
  it('Pajek with unquoted labels, coordinates, comments and no values', () => {
    const g = readPajek('% a comment\n*Network test\n*Vertices 3\n1 a 0.1 0.2 0.5\n2 "b c"\n3\n*Arcs\n1 2\n*Edges\n2 3 4\n');
    expect(g.nodes()).toEqual(['a', 'b c', '3']);
    expect(g.type).toBe('mixed');
    expect(g.directedEdges('a', 'b c').map((e) => g.getEdgeAttribute(e, 'weight'))).toEqual([1]);
    expect(g.undirectedEdges('b c', '3').map((e) => g.getEdgeAttribute(e, 'weight'))).toEqual([4]);
  });
});

describe('bad input: each function throws a ZonelinkError naming itself', () => {
  it('readers list every problem', () => {
    const e = zonelinkErrorOf(() => readPajek('*Vertices 2\n1 "a"\n2 "b"\n*Arcs\n1 3\n1 2 x\n*Matrix\n'));
    expect(e.message).toMatch(/^readPajek/);
    expect(e.issues.map((i) => i.row)).toEqual([5, 6, 7]);
    expect(zonelinkErrorOf(() => readUcinetDl('dl n=2\ndata:\n0 1\n1 x\n')).message).toMatch(/readUcinetDl.*"x" is not a number/);
    expect(zonelinkErrorOf(() => readUcinetDl('dl n=2\ndata:\n0 1\n0 0\n', { directed: false })).message).toMatch(/not symmetric/);
    expect(zonelinkErrorOf(() => readUcinetDl('dl nr=2 nc=3\ndata:\n0 1 0\n0 0 1\n')).message).toMatch(/two-mode/);
    expect(zonelinkErrorOf(() => readUcinetDl('n=2\n')).message).toMatch(/data:/);
  });
  it('writers reject weights that are not finite numbers, labels they cannot hold and unknown formats', () => {
    const g = new Graph();
    g.mergeEdge('a', 'b', { weight: Number.NaN });
    for (const write of [toPajek, toUcinetDl, toMatrixCsv, toEdgeListCsv]) expect(zonelinkErrorOf(() => write(g)).message).toMatch(new RegExp(`^${write.name}: edge .* weight NaN`));
    const quoted = new Graph();
    quoted.addNode('say "hi"');
    expect(zonelinkErrorOf(() => toPajek(quoted)).message).toMatch(/^toPajek/);
    expect(zonelinkErrorOf(() => toUcinetDl(quoted)).message).toMatch(/^toUcinetDl/);
    expect(zonelinkErrorOf(() => toUcinetDl(new Graph(), { format: 'nodelist1' as 'fullmatrix' })).message).toMatch(/^toUcinetDl: option format/);
  });
  it('empty and edgeless graphs', () => {
    const empty = new Graph();
    expect(toPajek(empty)).toBe('*Vertices 0\r\n');
    expect(readPajek(toPajek(empty)).order).toBe(0);
    expect(toUcinetDl(empty)).toBe('dl n=0 format=fullmatrix\r\nlabels:\r\ndata:\r\n');
    expect(readUcinetDl(toUcinetDl(empty)).order).toBe(0);
    expect(toMatrixCsv(empty)).toBe('\r\n');
    expect(toEdgeListCsv(empty)).toBe('source,target,weight,directed\r\n');
  });
});
