/**
 * The page's pool of Web Workers: one per core (navigator.hardwareConcurrency), at most one per school.
 * Each worker checks one school at a time; cancelling stops handing out schools and ends the workers,
 * while the results already in stay with the page.
 */
import { runPool, type SchoolResult } from '../../lib/review/index.ts';
import type { PoolRequest, PoolResponse } from '../../lib/review/worker.ts';
import { startPolicedWorker } from '../policed-worker.ts';
import { REVIEW_UI } from '../../lib/review/ui-text.ts';
import reviewWorkerUrl from '../../lib/review/worker.ts?worker&url';

export interface PoolJob {
  school: string;
  files: { name: string; data: Blob | Uint8Array }[];
  settings: Extract<PoolRequest, { type: 'check' }>['settings'];
}

export interface PoolRun {
  done: Promise<void>;
  cancel: () => void;
  threads: number;
}

const CRASHED = REVIEW_UI.tool.crashed;

export function checkSchools(jobs: readonly PoolJob[], onResult: (result: SchoolResult) => void): PoolRun {
  const threads = Math.max(1, Math.min(navigator.hardwareConcurrency || 1, jobs.length));
  const workers: Worker[] = [];
  let cancelled = false;
  // Started from blob: URLs so each worker runs under the page's Content-Security-Policy (policed-worker.ts).
  const worker = (i: number) => (workers[i] ??= startPolicedWorker(reviewWorkerUrl, { name: `review-${i}` }));
  let nextId = 1;
  // Schools in progress: cancelling ends them as "not done" (null), so the pool's lanes finish.
  const inFlight = new Set<(r: SchoolResult | null) => void>();
  const run = (job: PoolJob, i: number) =>
    new Promise<SchoolResult | null>((settle) => {
      const resolve = (r: SchoolResult | null) => {
        inFlight.delete(resolve);
        settle(r);
      };
      inFlight.add(resolve);
      const w = worker(i);
      const id = nextId++;
      w.onmessage = (event: MessageEvent<PoolResponse>) => {
        if (event.data.type === 'result' && event.data.id === id) resolve(event.data.result);
      };
      w.onerror = (event) => {
        event.preventDefault();
        w.terminate();
        delete workers[i];
        resolve({ school: job.school, files: [], findings: [], figures: null, failed: CRASHED, ms: 0 });
      };
      w.postMessage({ type: 'check', id, ...job } satisfies PoolRequest);
    });
  const done = runPool(jobs, threads, run, (r) => r && onResult(r), () => cancelled).finally(() => workers.forEach((w) => w?.terminate()));
  return {
    done,
    threads,
    cancel: () => {
      cancelled = true;
      workers.forEach((w) => w?.terminate());
      for (const resolve of [...inFlight]) resolve(null);
    },
  };
}
