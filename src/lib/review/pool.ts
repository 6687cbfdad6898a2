/**
 * A fixed pool of workers over a list of jobs, used by the page (Web Workers) and `kehou review`
 * (worker_threads): each worker takes the next job when it finishes one, so a slow school never holds
 * up the rest. `stopped()` true stops handing out jobs; finished results stay with the caller.
 */
export async function runPool<J, R>(
  jobs: readonly J[],
  workers: number,
  run: (job: J, worker: number) => Promise<R>,
  onResult: (result: R, index: number) => void,
  stopped: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const lane = async (worker: number) => {
    while (next < jobs.length && !stopped()) {
      const index = next++;
      const result = await run(jobs[index]!, worker);
      if (stopped()) return;
      onResult(result, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, jobs.length)) }, (_, i) => lane(i)));
}
