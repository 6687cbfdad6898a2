/** The page's side of the allocation worker: one worker, started on first use, a promise per file. */
import { readLedgerWork } from '../../lib/allocation/io.ts';
import type { ReadLedgerReply } from '../../lib/allocation/worker.ts';
import { workerClient } from '../worker-client.ts';
import { startPolicedWorker } from '../policed-worker.ts';
import allocationWorkerUrl from '../../lib/allocation/worker.ts?worker&url';

const request = workerClient<ReadLedgerReply>(() => startPolicedWorker(allocationWorkerUrl), {
  crashed: '读取台账的程序意外停止,请刷新页面后重试。',
});

/** Reads a 台账 off the main thread; the bytes are handed to the worker, not copied. */
export async function readLedgerInWorker(name: string, bytes: Uint8Array): Promise<ReadLedgerReply> {
  let reply: Promise<ReadLedgerReply>;
  try {
    reply = request({ name, bytes }, { transfer: [bytes.buffer] });
  } catch {
    return { id: 0, ...readLedgerWork(name, bytes) }; // no worker can start here: read on this thread
  }
  return reply.catch((error: Error) => ({ id: 0, ok: false, messages: [error.message] }));
}
