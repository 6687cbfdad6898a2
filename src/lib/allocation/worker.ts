/**
 * The allocation page's Web Worker: reads a 台账 (decode → parse → validate through the ledger engine)
 * and sums each person's work, so that a 100k-row file does not freeze the page while it loads.
 */
import { readLedgerWork, type LedgerWork } from './io.ts';
import { workerFailed } from './messages.ts';

export interface ReadLedgerRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type ReadLedgerReply = LedgerWork & { id: number };

self.onmessage = (event: MessageEvent<ReadLedgerRequest>) => {
  const { id, name, bytes } = event.data;
  let reply: ReadLedgerReply;
  try {
    reply = { id, ...readLedgerWork(name, bytes) };
  } catch (error) {
    reply = { id, ok: false, messages: [workerFailed(name, error instanceof Error ? error.message : String(error))] };
  }
  self.postMessage(reply);
};
