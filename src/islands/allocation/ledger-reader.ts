/** The page's side of the allocation worker: one worker, started on first use, a promise per file. */
import { readLedgerWork } from '../../lib/allocation/io.ts';
import type { ReadLedgerReply, ReadLedgerRequest } from '../../lib/allocation/worker.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (reply: ReadLedgerReply) => void>();

function start(): Worker | null {
  if (worker) return worker;
  try {
    worker = new Worker(new URL('../../lib/allocation/worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<ReadLedgerReply>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const [id, resolve] of pending) resolve({ id, ok: false, messages: ['读取台账的程序意外停止,请刷新页面后重试。'] });
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Reads a 台账 off the main thread; the bytes are handed to the worker, not copied. */
export function readLedgerInWorker(name: string, bytes: Uint8Array): Promise<ReadLedgerReply> {
  const w = start();
  const id = nextId++;
  if (!w) return Promise.resolve({ id, ...readLedgerWork(name, bytes) });
  return new Promise((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ id, name, bytes } satisfies ReadLedgerRequest, [bytes.buffer]);
  });
}
