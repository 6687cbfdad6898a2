/**
 * The allocation page's Web Worker: reads a 台账 (decode → parse → validate through the ledger engine)
 * and sums each person's work, so that a 100k-row file does not freeze the page while it loads.
 */
import '../zod-setup.ts';
import { readLedgerWork, type LedgerWork } from './io.ts';

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
    reply = { id, ok: false, messages: [`「${name}」没能读完(${error instanceof Error ? error.message : String(error)})。请刷新页面后重试。`] };
  }
  self.postMessage(reply);
};
