/** The page's side of the allocation worker: one worker, started on first use, a promise per request. */
import { readLedgerWork } from '../../lib/allocation/io.ts';
import { workerCrashed } from '../../lib/allocation/messages.ts';
import type { ReadLedgerReply } from '../../lib/allocation/worker.ts';
import { isWorkbook, loadXlsx } from '../../lib/files/workbook.ts';
import { workerClient } from '../worker-client.ts';
import { startPolicedWorker } from '../policed-worker.ts';
import allocationWorkerUrl from '../../lib/allocation/worker.ts?worker&url';

const request = workerClient<ReadLedgerReply>(() => startPolicedWorker(allocationWorkerUrl), {
  crashed: workerCrashed,
});

/** Reads one or more 台账 off the main thread (a semester's months together); the bytes are copied, so the page can read them again. */
export async function readLedgersInWorker(files: { name: string; bytes: Uint8Array }[]): Promise<ReadLedgerReply> {
  let reply: Promise<ReadLedgerReply>;
  try {
    reply = request({ files });
  } catch {
    // No worker can start here: read on this thread.
    const xlsx = files.some((f) => isWorkbook(f.bytes)) ? await loadXlsx() : undefined;
    return { id: 0, ...readLedgerWork(files, { xlsx }) };
  }
  return reply.catch((error: Error) => ({ id: 0, ok: false, messages: [error.message] }));
}
