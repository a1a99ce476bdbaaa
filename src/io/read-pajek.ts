import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { ZonelinkError, type ZonelinkIssue } from '../error/zonelink-error.js';
import { checkString } from '../error/argument-checks.js';

/** The edge attributes of a graph read from an exchange format. */
export interface ExchangeEdgeAttributes {
  weight: number;
  [key: string]: unknown;
}

/** Splits a Pajek line into tokens; a double-quoted token keeps its spaces. */
function tokens(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

/**
 * Reads a Pajek `.net` file (Batagelj & Mrvar 1998, Connections 21(2), 47–57)
 * into a graphology multigraph: one node per vertex, keyed by its label
 * (by its number when it has none, or when labels repeat), one edge per
 * `*Arcs` line (directed) or `*Edges` line (undirected) with `weight` = the
 * line's value (default 1). The graph's type is `directed`, `undirected` or
 * `mixed` as the file's sections are. Vertex coordinates and shapes are
 * ignored; `%` lines are comments; the `*Arcslist`, `*Edgeslist` and
 * `*Matrix` forms, an edge to an undeclared vertex and a value that is not a
 * number are errors listing every such line.
 *
 * A graph, not a Dataset: a Pajek file has no node kinds, categories or
 * linkage modes for a Dataset to validate.
 *
 * @example
 * const g = readPajek('*Vertices 2\n1 "a"\n2 "b"\n*Arcs\n1 2 3\n');
 * g.getEdgeAttribute(g.edges('a', 'b')[0], 'weight'); // 3
 */
export function readPajek(text: string): AbstractGraph<{ label: string }, ExchangeEdgeAttributes> {
  checkString('readPajek', text, 'text');
  const issues: ZonelinkIssue[] = [];
  const problem = (row: number, message: string) => issues.push({ code: 'invalid-pajek', message: `readPajek: line ${row}: ${message}`, row });
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const labels: string[] = [];
  const arcs: [number, number, number, boolean][] = [];
  let section: 'none' | 'vertices' | 'arcs' | 'edges' = 'none';
  let declared = 0;
  lines.forEach((raw, i) => {
    const row = i + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('%')) return;
    if (line.startsWith('*')) {
      const head = line.split(/\s+/)[0].toLowerCase();
      if (head === '*network') return;
      if (head === '*vertices') {
        declared = Number(line.split(/\s+/)[1]);
        if (!Number.isInteger(declared) || declared < 0) problem(row, `"${line}" does not give a vertex count`);
        section = 'vertices';
      } else if (head === '*arcs' || head === '*edges') section = head === '*arcs' ? 'arcs' : 'edges';
      else {
        problem(row, `section ${head} is not read (only *Vertices, *Arcs and *Edges)`);
        section = 'none';
      }
      return;
    }
    const t = tokens(line);
    if (section === 'vertices') {
      const number = Number(t[0]);
      if (!Number.isInteger(number) || number < 1 || number > declared) problem(row, `vertex number ${t[0]} is not between 1 and ${declared}`);
      else labels[number - 1] = t[1] ?? t[0];
    } else if (section === 'arcs' || section === 'edges') {
      const [s, tgt] = [Number(t[0]), Number(t[1])];
      const weight = t[2] === undefined ? 1 : Number(t[2]);
      if (![s, tgt].every((v) => Number.isInteger(v) && v >= 1 && v <= declared)) problem(row, `"${line}" does not join two declared vertices (1..${declared})`);
      else if (!Number.isFinite(weight)) problem(row, `value ${t[2]} is not a number`);
      else arcs.push([s - 1, tgt - 1, weight, section === 'arcs']);
    } else problem(row, `"${line}" is outside any section`);
  });
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `readPajek: ${issues.length} problem(s): ${issues[0].message}`, issues);
  const keys = Array.from({ length: declared }, (_, i) => labels[i] ?? String(i + 1));
  const unique = new Set(keys).size === keys.length;
  const key = (i: number) => (unique ? keys[i] : String(i + 1));
  const directed = arcs.some((a) => a[3]);
  const undirected = arcs.some((a) => !a[3]);
  const graph = new Graph<{ label: string }, ExchangeEdgeAttributes>({ type: directed && undirected ? 'mixed' : directed ? 'directed' : 'undirected', multi: true, allowSelfLoops: true });
  keys.forEach((label, i) => graph.addNode(key(i), { label }));
  for (const [s, t, weight, isArc] of arcs) {
    if (isArc) graph.addDirectedEdge(key(s), key(t), { weight });
    else graph.addUndirectedEdge(key(s), key(t), { weight });
  }
  return graph;
}
