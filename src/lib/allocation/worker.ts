/**
 * The allocation page's Web Worker: reads 台账 (CSV files or Excel workbooks, several at once for a semester)
 * through the ledger engine's reading layer and sums each person's work, so that a 100k-row file does not
 * freeze the page while it loads. SheetJS is fetched only when a workbook arrives.
 */
import '../zod-setup.ts';
import { readLedgerWork, refused, type LedgerWork } from './io.ts';
import { isWorkbook, loadXlsx, type XlsxModule } from '../files/workbook.ts';
import type { ColumnNames } from '../ledger/format/headers.ts';
import { readSaid } from './messages.ts';
import { errorMessage } from '../errors.ts';

export interface ReadLedgerRequest {
  id: number;
  files: { name: string; bytes: Uint8Array }[];
  columns?: ColumnNames;
}

export type ReadLedgerReply = LedgerWork & { id: number };

let xlsx: Promise<XlsxModule> | null = null;

self.onmessage = async (event: MessageEvent<ReadLedgerRequest>) => {
  const { id, files, columns } = event.data;
  let reply: ReadLedgerReply;
  try {
    const module = files.some((f) => isWorkbook(f.bytes)) ? await (xlsx ??= loadXlsx()) : undefined;
    reply = { id, ...readLedgerWork(files, { xlsx: module, columns }) };
  } catch (error) {
    reply = { id, ...refused([readSaid('workerFailed', { files: files.map((f) => f.name), reason: errorMessage(error) })]) };
  }
  self.postMessage(reply);
};
