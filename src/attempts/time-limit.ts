/** What became of work given a time limit. */
export type Settled<T> =
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'timed-out' };

/**
 * Starts `work` and settles with its result, its failure (a throw or a rejection), or
 * `timed-out` once `limitMs` have passed, whichever comes first. Never rejects. Work that
 * outlives its limit is left running: nothing waits for it any more.
 */
export function settleWithin<T>(
  work: () => T | PromiseLike<T>,
  limitMs: number,
): Promise<Settled<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: 'timed-out' }), limitMs);
    const settle = (result: Settled<T>) => {
      clearTimeout(timer);
      resolve(result);
    };
    try {
      // A thenable of any kind (another realm's promise, a hand-made one) is awaited alike.
      Promise.resolve(work()).then(
        (value) => settle({ status: 'done', value }),
        (error: unknown) => settle({ status: 'failed', error }),
      );
    } catch (error) {
      settle({ status: 'failed', error });
    }
  });
}
