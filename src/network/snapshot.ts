import { addLinkage, emptyNetworkLike, type ZoneNetwork } from './zone-network.js';
import { checkGraph } from '../error/argument-checks.js';
import { invalidArgument } from '../error/zonelink-error.js';
import { defineOptions, type OptionsOf } from '../options/define-options.js';
import { choiceOption } from '../options/option-spec.js';
import { linkageActiveIn, zonePresentIn } from './year-view.js';

/** The declared options of {@link snapshot} (checks, defaults and docs/options.md come from here). */
export const snapshotOptions = defineOptions('snapshot', {
  /** What to do with zones whose approval date is unknown: `'keep'` (default; they are assumed to exist) or `'drop'`. */
  undatedZones: choiceOption(['keep', 'drop'] as const, {
    doc: "What to do with zones whose approval date is unknown: `'keep'` (they are assumed to exist) or `'drop'`.",
    default: 'keep',
  }),
  /** What to do with linkages without a start year: `'keep'` (default; they are assumed active) or `'drop'`. */
  undatedLinkages: choiceOption(['keep', 'drop'] as const, {
    doc: "What to do with linkages without a start year: `'keep'` (they are assumed active) or `'drop'`.",
    default: 'keep',
  }),
});

/** Options of {@link snapshot}, declared in {@link snapshotOptions} (see docs/options.md#snapshot). */
export type SnapshotOptions = OptionsOf<typeof snapshotOptions>;

/**
 * The network as it stood in `year`: cities, zones approved in or before `year`,
 * and linkages active in `year` (startYear ≤ year ≤ endYear, open ends counting
 * as active) whose both ends are present. `net` is not modified. The rule is
 * {@link zonePresentIn} and {@link linkageActiveIn}, which every year-taking
 * measure shares.
 *
 * @example
 * const in2019 = snapshot(net, 2019);
 */
export function snapshot(net: ZoneNetwork, year: number, options: SnapshotOptions = {}): ZoneNetwork {
  checkGraph('snapshot', net, 'network');
  const { undatedZones, undatedLinkages } = snapshotOptions.read(options);
  if (typeof year !== 'number' || !Number.isInteger(year)) invalidArgument('snapshot', `year must be an integer, got ${typeof year === 'symbol' ? 'a symbol' : String(year)}`, { field: 'year' });
  const out = emptyNetworkLike(net, `snapshot:${year}`);
  net.forEachNode((node, attributes) => {
    if (attributes.kind === 'zone' && !zonePresentIn(attributes.approved, year, undatedZones)) return;
    out.addNode(node, attributes);
  });
  net.forEachEdge((edge, attributes, source, target) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    if (!linkageActiveIn(attributes.startYear, attributes.endYear, year, undatedLinkages)) return;
    addLinkage(out, attributes, edge);
  });
  return out;
}
