import Graph from 'graphology';
import { ZonelinkError } from '../../src/error/zonelink-error.js';

/** A weighted path a–b–c. */
export function plainGraph(): Graph {
  const g = new Graph({ type: 'undirected' });
  g.mergeEdge('a', 'b', { weight: 2 });
  g.mergeEdge('b', 'c', { weight: 1 });
  return g;
}

/** The path a–b–c with a BigInt weight on a–b. */
export function bigIntGraph(): Graph {
  const g = new Graph({ type: 'undirected' });
  g.mergeEdge('a', 'b', { weight: 10n as unknown as number });
  g.mergeEdge('b', 'c', { weight: 1 });
  return g;
}

/** Two parallel arcs a → b. */
export function multiGraph(): Graph {
  const g = new Graph({ type: 'directed', multi: true });
  g.addNode('a');
  g.addNode('b');
  g.addEdge('a', 'b');
  g.addEdge('a', 'b');
  return g;
}

/**
 * Calls `fn` with each hostile argument list (awaiting a promise) and describes
 * every error that escapes the rule: not a ZonelinkError, or one that `names`
 * says does not name the function. Empty when the function keeps the rule.
 */
export async function escapedErrors(
  name: string,
  fn: (...args: unknown[]) => unknown,
  hostile: readonly (readonly [string, () => unknown[]])[],
  names: (error: ZonelinkError) => boolean,
): Promise<string[]> {
  const escaped: string[] = [];
  for (const [label, args] of hostile) {
    try {
      const result = fn(...args());
      if (result instanceof Promise) await result;
    } catch (error) {
      if (!(error instanceof ZonelinkError)) {
        escaped.push(`${label}: ${(error as Error)?.constructor?.name} ${String((error as Error)?.message).slice(0, 120)}`);
      } else if (!names(error)) {
        escaped.push(`${label}: ZonelinkError not naming ${name}: ${error.message.slice(0, 120)}`);
      }
    }
  }
  return escaped;
}
