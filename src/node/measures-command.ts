import type { Dataset } from '../schema/dataset.js';
import { buildNetwork } from '../network/zone-network.js';
import { project } from '../network/project.js';
import { compactAdjacency } from '../network/compact-adjacency.js';
import { degree } from '../measures/centrality/degree.js';
import { betweenness } from '../measures/centrality/betweenness.js';
import { closeness } from '../measures/centrality/closeness.js';
import { harmonic } from '../measures/centrality/harmonic.js';
import { pagerank } from '../measures/centrality/pagerank.js';
import { formatNodeTable, type FormatNodeTableOptions, type NodeTableFormat } from '../io/node-table.js';

/** Help text of `zonelink measures`. */
export const MEASURES_HELP = `Usage: zonelink measures [files…] [--format csv|xlsx-csv|json] [--keep-formulas]

Writes to stdout the node table of the dataset (the bundled China dataset when no
files are given): one row per zone or city, with its Chinese and English name,
kind and province, and one column per centrality of the undirected simple
projection (linkage weights summed): degree, betweenness, closeness, harmonic,
pagerank, each with zonelink's defaults.
  --format F   csv (default; R, Stata), xlsx-csv (Excel: UTF-8 BOM, CRLF) or json
  --keep-formulas  write text cells that start like a spreadsheet formula
               (=, +, -, @, tab, CR) as they are; by default they get a
               leading ' in both CSV formats (CSV injection)

Control characters from the data (ANSI/OSC escapes, bidi controls) are written
as visible escapes (CSV) or \\u escapes (JSON), never raw to the terminal.`;

/** The formats `zonelink measures` accepts. */
export const MEASURES_FORMATS: readonly NodeTableFormat[] = ['csv', 'xlsx-csv', 'json'];

/**
 * The node table `zonelink measures` prints: node attributes and centralities
 * of `project(buildNetwork(dataset))`, formatted by `formatNodeTable` (whose
 * `options` it passes on: formula-leading text neutralised by default, control
 * characters escaped).
 *
 * @example
 * measuresTable(china, 'csv').split('\n')[0]; // 'id,name_zh,name_en,kind,province,degree,betweenness,closeness,harmonic,pagerank'
 */
export function measuresTable(dataset: Dataset, format: NodeTableFormat = 'csv', options: FormatNodeTableOptions = {}): string {
  const graph = project(buildNetwork(dataset));
  const adjacency = compactAdjacency(graph);
  const text = (pick: (n: Dataset['nodes'][number]) => string | undefined) =>
    Object.fromEntries(dataset.nodes.flatMap((n) => (pick(n) === undefined ? [] : [[n.id, pick(n)!]])));
  return formatNodeTable(
    {
      nodes: dataset.nodes.map((n) => n.id),
      columns: {
        name_zh: text((n) => n.name.zh),
        name_en: text((n) => n.name.en),
        kind: text((n) => n.kind),
        province: text((n) => ('province' in n ? (n.province as string | undefined) : undefined)),
        degree: degree(adjacency),
        betweenness: betweenness(adjacency),
        closeness: closeness(adjacency),
        harmonic: harmonic(adjacency),
        pagerank: pagerank(adjacency).values,
      },
    },
    format,
    options,
  );
}
