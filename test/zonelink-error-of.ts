import { ZonelinkError } from '../src/error/zonelink-error.js';

/**
 * The ZonelinkError that `run` throws. Fails the test when `run` returns
 * normally (with `accepted` as the message) and rethrows any other error.
 */
export function zonelinkErrorOf(run: () => unknown, accepted = 'expected a ZonelinkError'): ZonelinkError {
  try {
    run();
  } catch (error) {
    if (error instanceof ZonelinkError) return error;
    throw error;
  }
  throw new Error(accepted);
}

/** As {@link zonelinkErrorOf}, for a promise. */
export async function zonelinkErrorOfPromise(promise: Promise<unknown>): Promise<ZonelinkError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ZonelinkError) return error;
    throw error;
  }
  throw new Error('expected a ZonelinkError');
}
