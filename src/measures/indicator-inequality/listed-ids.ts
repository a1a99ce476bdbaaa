/** At most this many ids are spelled out in one error message. */
const LIST = 50;

/** Ids joined for a message, cut after 50 with the total. */
export function listedIds(ids: readonly string[]): string {
  return ids.slice(0, LIST).join(', ') + (ids.length > LIST ? ` … (${ids.length} in all)` : '');
}
