import Graph from 'graphology';
import { project } from '../../network/project.js';
import { buildNetwork } from '../../network/zone-network.js';
import type { Dataset } from '../../schema/dataset.js';

/**
 * The documented linkage network as one directed simple graph: every linkage of the
 * dataset (directed linkages one arc, undirected ones both arcs; parallel linkages
 * summed into `weight`), self-loops dropped, and only the nodes that carry at least
 * one linkage (isolated zones and cities are not part of the network studied).
 */
export function documentedGraph(dataset: Dataset): Graph {
  const projected = project(buildNetwork(dataset), { directed: true, selfLoops: false });
  const out = new Graph({ type: 'directed' });
  projected.forEachEdge((_edge, attributes, source, target) => {
    out.mergeNode(source, projected.getNodeAttributes(source));
    out.mergeNode(target, projected.getNodeAttributes(target));
    out.mergeEdge(source, target, { weight: attributes.weight });
  });
  return out;
}

/** The Chinese name of a node of a graph built from dataset records (its id when it has none). */
export function nodeName(graph: Graph, id: string): string {
  const name = graph.hasNode(id) ? (graph.getNodeAttribute(id, 'name') as { zh?: string } | undefined) : undefined;
  return typeof name?.zh === 'string' ? name.zh : id;
}
