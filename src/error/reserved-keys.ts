/**
 * Names an object literal already answers (`toString`, `constructor`,
 * `__proto__`, …). graphology keeps each node's neighbours in a plain object, so a
 * node named `constructor` seems linked to every node, and a record key
 * `__proto__` is dropped on assignment: such ids and keys are rejected with a
 * clear error instead of failing later or vanishing.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
