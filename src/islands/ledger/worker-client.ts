/**
 * The page's side of the ledger worker: one worker, started on first use, and a promise per request.
 */
import type { WorkerRequest, WorkerResponse } from '../../lib/ledger/worker.ts';

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void; onProgress?: (r: WorkerResponse & { type: 'progress' }) => void };

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../lib/ledger/worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const p = pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') return p.onProgress?.(message);
    pending.delete(message.id);
    if (message.type === 'failed') p.reject(new Error(message.message));
    else p.resolve(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const p of pending.values()) p.reject(new Error('检查程序意外停止,请刷新页面后重试。'));
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

type Body<T extends WorkerRequest['type']> = Omit<Extract<WorkerRequest, { type: T }>, 'id' | 'type'>;
type Reply<T extends WorkerRequest['type']> = Extract<WorkerResponse, { type: ReplyType[T] }>;
interface ReplyType { warm: 'warmed'; describe: 'described'; summarize: 'summarized'; check: 'report' }

export function ask<T extends WorkerRequest['type']>(
  type: T,
  body: Body<T>,
  onProgress?: Pending['onProgress'],
): Promise<Reply<T>> {
  const id = nextId++;
  const w = start();
  return new Promise<Reply<T>>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (r: WorkerResponse) => void, reject, onProgress });
    w.postMessage({ type, id, ...body } as unknown as WorkerRequest);
  });
}
