/**
 * The page's side of the ledger worker: one worker, started on first use, and a promise per request.
 */
import type { WorkerRequest, WorkerResponse } from '../../lib/ledger/browser/worker.ts';
import { workerClient } from '../worker-client.ts';
import { startPolicedWorker } from '../policed-worker.ts';
import { LEDGER_UI } from '../../lib/ledger/ui-text.ts';
import ledgerWorkerUrl from '../../lib/ledger/browser/worker.ts?worker&url';

const request = workerClient<WorkerResponse>(() => startPolicedWorker(ledgerWorkerUrl), {
  crashed: LEDGER_UI.checker.crashed,
  interim: (reply) => reply.type === 'progress',
  failure: (reply) => (reply.type === 'failed' ? reply.message : null),
});

type Body<T extends WorkerRequest['type']> = Omit<Extract<WorkerRequest, { type: T }>, 'id' | 'type'>;
type Reply<T extends WorkerRequest['type']> = Extract<WorkerResponse, { type: ReplyType[T] }>;
interface ReplyType { warm: 'warmed'; describe: 'described'; summarize: 'summarized'; check: 'report' }
type ProgressReply = Extract<WorkerResponse, { type: 'progress' }>;

/** Cancels what the worker is doing (a check): its pending requests reject with WorkerStopped. */
export const stopWorker = (): void => request.stop();

export function ask<T extends WorkerRequest['type']>(type: T, body: Body<T>, onProgress?: (reply: ProgressReply) => void): Promise<Reply<T>> {
  return request({ type, ...body }, { onInterim: onProgress && ((reply) => onProgress(reply as ProgressReply)) }) as Promise<Reply<T>>;
}
