import type { AbstractGraph, Attributes } from 'graphology-types';
import type { City } from '../schema/city.js';
import type { Linkage } from '../schema/linkage.js';
import type { ProvinceNode } from '../schema/province-node.js';
import type { Zone } from '../schema/zone.js';

/**
 * The graph the network writers (`toGexf`, `toGraphML`, `toGeoJSON`) read: a
 * graphology graph whose node attributes are the dataset's node records (zone,
 * city or province) and whose edge attributes are its linkage records — which is
 * what `buildNetwork` and every view return. It is declared here from the schema's
 * types, not taken from the network module, because data flows one way
 * (io → network → measures → report): io knows the records, not the network code.
 * The writers still check at run time that the graph is a mixed multigraph.
 */
export type RecordGraph = AbstractGraph<Zone | City | ProvinceNode, Linkage, Attributes>;
