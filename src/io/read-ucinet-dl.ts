import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { ZonelinkError, type ZonelinkIssue } from '../error/zonelink-error.js';
import type { ExchangeEdgeAttributes } from './read-pajek.js';
import { checkString } from '../error/argument-checks.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { booleanOption } from '../options/option-spec.js';

/** The declared options of {@link readUcinetDl} (checks, defaults and docs/options.md come from here). */
export const readUcinetDlOptions = defineOptions('readUcinetDl', {
  /** Read the ties as directed (`true`) or undirected (`false`). Default: undirected when the matrix is symmetric, else directed. */
  directed: booleanOption({ doc: 'Read the ties as directed (true) or undirected (false).', defaultText: 'undirected when the matrix is symmetric, else directed' }),
});

/** Options of {@link readUcinetDl}, declared in {@link readUcinetDlOptions}. */
export type ReadUcinetDlOptions = OptionsOf<typeof readUcinetDlOptions>;

/**
 * Reads a one-mode UCINET DL file (Borgatti, Everett & Freeman 2002, UCINET
 * for Windows, Analytic Technologies) in `fullmatrix` or `edgelist1` format
 * into a simple graphology graph: one node per row, keyed by its label (its
 * number when there are no labels), one edge per non-zero cell with `weight`
 * = the cell's value. Labels come from a `labels:` section (separated by
 * commas or line breaks, optionally quoted) or, with `labels embedded`, from
 * the matrix's first row and column or from the edge list's ends; in an
 * `edgelist1` a repeated pair adds up, as in UCINET.
 *
 * A symmetric matrix is read as an undirected graph (cell (i, j) once), any
 * other as a directed graph, unless `directed` says otherwise (undirected on
 * an asymmetric matrix is an error). Other formats (`nodelist`, two-mode,
 * several matrices) and malformed values are errors listing every problem.
 * A graph, not a Dataset: DL files have no node kinds or linkage modes.
 *
 * @example
 * const g = readUcinetDl('dl n=2 format=fullmatrix\nlabels:\na,b\ndata:\n0 2\n2 0\n');
 * [g.type, g.getEdgeAttribute(g.edge('a', 'b'), 'weight')]; // ['undirected', 2]
 */
export function readUcinetDl(text: string, options: ReadUcinetDlOptions = {}): AbstractGraph<{ label: string }, ExchangeEdgeAttributes> {
  const read = readUcinetDlOptions.read(options);
  checkString('readUcinetDl', text, 'text');
  const fail = (message: string, more: ZonelinkIssue[] = []): never => {
    const issues = more.length > 0 ? more : [{ code: 'invalid-ucinet-dl', message: `readUcinetDl: ${message}` }];
    throw new ZonelinkError('invalid-argument', `readUcinetDl: ${message}`, issues);
  };
  const body = text.replace(/^\uFEFF/, '');
  const dataAt = body.search(/^\s*data\s*:/im);
  if (dataAt < 0) fail('no "data:" line');
  const header = body.slice(0, dataAt);
  const data = body.slice(dataAt).replace(/^\s*data\s*:/i, '');
  if (!/^\s*dl\b/i.test(header)) fail('the file does not start with "dl"');
  const setting = (name: string) => header.match(new RegExp(`\\b${name}\\s*=\\s*([^\\s,]+)`, 'i'))?.[1];
  if (setting('nr') !== undefined || setting('nc') !== undefined || setting('nm') !== undefined) fail('two-mode data (nr/nc) and several matrices (nm) are not read');
  const n = Number(setting('n'));
  if (!Number.isInteger(n) || n < 0) fail(`n = ${setting('n')} is not a node count`);
  const format = (setting('format') ?? 'fullmatrix').toLowerCase();
  const kind = ['fullmatrix', 'fm'].includes(format) ? 'fullmatrix' : ['edgelist1', 'el1'].includes(format) ? 'edgelist1' : fail(`format ${format} is not read (fullmatrix or edgelist1)`);
  const embedded = /labels\s+embedded/i.test(header);
  const labelSection = header.match(/(?:^|\n)\s*(?:row\s+)?labels\s*:\s*([\s\S]*?)(?=\n\s*[a-z ]+\s*:|\s*$)/i)?.[1];
  const split = (s: string) => [...s.matchAll(/"([^"]*)"|'([^']*)'|([^\s,"']+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  let labels: string[] = labelSection !== undefined ? split(labelSection) : [];
  if (labelSection !== undefined && labels.length !== n) fail(`${labels.length} labels for n = ${n}`);
  const cells = new Float64Array(n * n);
  const issues: ZonelinkIssue[] = [];
  const value = (token: string, where: string) => {
    const v = Number(token);
    if (token === undefined || !Number.isFinite(v)) issues.push({ code: 'invalid-ucinet-dl', message: `readUcinetDl: ${where}: "${token}" is not a number`, value: token });
    return v;
  };
  const tokens = split(data);
  if (kind === 'fullmatrix') {
    let at = 0;
    if (embedded) {
      labels = tokens.slice(0, n);
      at = n;
    }
    for (let i = 0; i < n; i++) {
      if (embedded) {
        if (tokens[at] !== labels[i]) issues.push({ code: 'invalid-ucinet-dl', message: `readUcinetDl: row ${i + 1} is labelled "${tokens[at]}", not "${labels[i]}"` });
        at++;
      }
      for (let j = 0; j < n; j++) cells[i * n + j] = value(tokens[at++], `row ${i + 1}, column ${j + 1}`);
    }
    if (at !== tokens.length) issues.push({ code: 'invalid-ucinet-dl', message: `readUcinetDl: ${tokens.length - at} value(s) after the ${n} × ${n} matrix` });
  } else {
    const rows = data.split(/\r\n|\r|\n/).map((l) => split(l)).filter((t) => t.length > 0);
    const index = new Map(labels.map((l, i) => [l, i]));
    const node = (t: string, row: number) => {
      if (embedded) {
        if (!index.has(t)) {
          if (index.size >= n) issues.push({ code: 'invalid-ucinet-dl', message: `readUcinetDl: data line ${row}: more than n = ${n} labels` });
          index.set(t, index.size);
          labels.push(t);
        }
        return index.get(t)!;
      }
      const i = Number(t);
      if (!Number.isInteger(i) || i < 1 || i > n) issues.push({ code: 'invalid-ucinet-dl', message: `readUcinetDl: data line ${row}: node ${t} is not between 1 and ${n}` });
      return i - 1;
    };
    rows.forEach((t, r) => {
      const [s, tgt] = [node(t[0], r + 1), node(t[1], r + 1)];
      const w = t[2] === undefined ? 1 : value(t[2], `data line ${r + 1}`);
      if (s >= 0 && s < n && tgt >= 0 && tgt < n) cells[s * n + tgt] += w;
    });
    if (embedded) while (labels.length < n) labels.push(String(labels.length + 1));
  }
  if (issues.length > 0) throw new ZonelinkError('invalid-argument', `readUcinetDl: ${issues.length} problem(s): ${issues[0].message}`, issues);
  if (labels.length === 0) labels = Array.from({ length: n }, (_, i) => String(i + 1));
  if (new Set(labels).size !== n) fail('labels repeat');
  let symmetric = true;
  for (let i = 0; i < n && symmetric; i++) for (let j = i + 1; j < n; j++) if (cells[i * n + j] !== cells[j * n + i]) symmetric = false;
  const directed = read.directed ?? !symmetric;
  if (!directed && !symmetric) fail('directed: false, but the matrix is not symmetric');
  const graph = new Graph<{ label: string }, ExchangeEdgeAttributes>({ type: directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: true });
  labels.forEach((label) => graph.addNode(label, { label }));
  for (let i = 0; i < n; i++) for (let j = directed ? 0 : i; j < n; j++) if (cells[i * n + j] !== 0) graph.addEdge(labels[i], labels[j], { weight: cells[i * n + j] });
  return graph;
}
