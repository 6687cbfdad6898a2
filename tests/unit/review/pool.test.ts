import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runPool } from '../../../src/lib/review/index.ts';

describe('runPool', () => {
  it('every job runs exactly once, never more at a time than there are workers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(5), { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), async (delays, workers) => {
        let running = 0;
        let peak = 0;
        const seen: number[] = [];
        await runPool(
          delays.map((d, i) => ({ d, i })),
          workers,
          async (job) => {
            running++;
            peak = Math.max(peak, running);
            await new Promise((r) => setTimeout(r, job.d));
            running--;
            return job.i;
          },
          (i) => seen.push(i),
        );
        expect(seen.sort((a, b) => a - b)).toEqual(delays.map((_, i) => i));
        expect(peak).toBeLessThanOrEqual(workers);
      }),
      { numRuns: 30 },
    );
  });

  it('once stopped, no further job starts and the results already in are kept', async () => {
    let stopped = false;
    const started: number[] = [];
    const results: number[] = [];
    await runPool(
      [0, 1, 2, 3, 4, 5],
      2,
      async (i) => {
        started.push(i);
        await Promise.resolve();
        return i;
      },
      (i) => {
        results.push(i);
        if (results.length === 2) stopped = true;
      },
      () => stopped,
    );
    // Job 2 was already under way when the stop came: its result is dropped, as a cancelled school's is.
    expect(results).toEqual([0, 1]);
    expect(started).toEqual([0, 1, 2]);
  });
});
