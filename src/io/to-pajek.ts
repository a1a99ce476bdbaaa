import type { AbstractGraph } from 'graphology-types';
import { invalidArgument } from '../error/zonelink-error.js';
import { graphEdges, type ExchangeWriteOptions, exchangeWriteOptionSpecs } from './graph-edges.js';
import { defineOptions } from '../options/define-options.js';

/** The declared options of {@link toPajek} (checks, defaults and docs/options.md come from here). */
export const toPajekOptions = defineOptions('toPajek', { ...exchangeWriteOptionSpecs });

/**
 * The graph as a Pajek `.net` file (Batagelj & Mrvar 1998, "Pajek — program
 * for large network analysis", Connections 21(2), 47–57): `*Vertices n` with
 * one line `i "node key"` per node (numbered from 1 in graph order), then
 * `*Arcs` (directed edges) and `*Edges` (undirected edges), each only when it
 * has lines, one line `i j value` per edge. A mixed graph keeps both
 * sections, as Pajek reads it;
 * parallel edges stay separate lines; the value is the `weight` attribute
 * (default 1). Lines end with CRLF, as Pajek writes them.
 *
 * Node keys holding `"` or a line break cannot be quoted in Pajek and are an
 * error. NetworkX's `read_pajek` reads the file; it holds one kind of edge per
 * graph, so it reads a mixed file's undirected edges as arcs (source →
 * target); for NetworkX, write a mixed network's `toGraphML` instead.
 *
 * @example
 * toPajek(graph); // '*Vertices 2\r\n1 "a"\r\n2 "b"\r\n*Edges\r\n1 2 1\r\n' for one undirected a–b edge
 */
export function toPajek(graph: AbstractGraph, options: ExchangeWriteOptions = {}): string {
  const { nodes, edges } = graphEdges('toPajek', graph, toPajekOptions.read(options));
  for (const node of nodes) if (/["\r\n]/.test(node)) invalidArgument('toPajek', `node ${JSON.stringify(node)} holds a quote or a line break, which Pajek cannot hold`, { id: node });
  const lines = [`*Vertices ${nodes.length}`, ...nodes.map((n, i) => `${i + 1} "${n}"`)];
  // A section only when it has lines: NetworkX's reader types the whole graph by the first section header.
  for (const [header, directed] of [['*Arcs', true], ['*Edges', false]] as const) {
    const section = edges.filter((e) => e.directed === directed);
    if (section.length > 0) lines.push(header, ...section.map((e) => `${e.source + 1} ${e.target + 1} ${e.weight}`));
  }
  return lines.join('\r\n') + '\r\n';
}
