/**
 * The ledger page's Web Worker: reads files, runs the check and builds the summaries off the main thread,
 * so that a 100k-row 台账 never freezes the page. Messages in and out are `WorkerRequest` / `WorkerResponse`.
 */
import { checkLedgerFiles, decodeBytes, detectKind, matchKind, parseCsv } from './index.ts';
import type { CheckReport, Encoding, FileKind, LedgerSettings, LoadedFile } from './index.ts';
import { loadSqlJs } from './sql-browser.ts';
import { summarizeLedgerCsv } from './summarize.ts';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
  encoding?: Encoding;
}

/** For a file of no known kind: the kind its header comes closest to, and the headers it lacks. */
export type Closest = { kind: FileKind; missing: string[] } | null;

/** `${file}#${row}` → the header and cells of a row a finding points at. */
export type OffendingRows = Record<string, { header: string[]; cells: string[] }>;

export type WorkerRequest =
  | { type: 'warm'; id: number }
  | { type: 'describe'; id: number; file: InputFile }
  | { type: 'summarize'; id: number; file: InputFile }
  | { type: 'check'; id: number; files: InputFile[]; settings: LedgerSettings };

export type WorkerResponse =
  | { type: 'warmed'; id: number }
  | { type: 'described'; id: number; file: LoadedFile; closest: Closest }
  | { type: 'summarized'; id: number; monthly: string; disclosure: string; rows: number; skippedRows: number[] }
  | { type: 'progress'; id: number; stage: string; done: number; total: number }
  | { type: 'report'; id: number; report: CheckReport; rows: OffendingRows }
  | { type: 'failed'; id: number; message: string };

/** Rows shown under findings; beyond this the page still lists the finding, without its row. */
const MAX_ROWS_SHOWN = 2000;

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

function decoded(file: InputFile, encoding = file.encoding): { text: string; encoding: Encoding } {
  const result = decodeBytes(file.bytes, encoding);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** What the file list shows: recognised kind, encoding used and data rows. Throws the reason it cannot be read. */
function describe(file: InputFile): { file: LoadedFile; closest: Closest } {
  const { text, encoding } = decoded(file);
  const { headers, records } = parseCsv(text);
  const kind = detectKind(headers);
  const match = kind ? null : matchKind(headers);
  return {
    file: { name: file.name, kind, encoding, rows: records.length },
    closest: match ? { kind: match.kind, missing: match.missing } : null,
  };
}

/** The cells behind the findings, by the same spreadsheet row numbers the engine reports. */
function offendingRows(files: InputFile[], report: CheckReport): OffendingRows {
  const wanted = new Map<string, Set<number>>();
  for (const f of report.findings.slice(0, MAX_ROWS_SHOWN)) {
    if (f.file === null || f.row === null) continue;
    wanted.set(f.file, (wanted.get(f.file) ?? new Set()).add(f.row));
  }
  const out: OffendingRows = {};
  for (const file of files) {
    const rows = wanted.get(file.name);
    if (!rows) continue;
    const used = report.files.find((f) => f.name === file.name)?.encoding ?? file.encoding;
    const result = decodeBytes(file.bytes, used);
    if (!result.ok) continue;
    const { headers, records } = parseCsv(result.text);
    const header = headers.map((h) => h.trim());
    for (const r of records) if (rows.has(r.row)) out[`${file.name}#${r.row}`] = { header, cells: r.cells };
  }
  return out;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    switch (request.type) {
      // sql.js is fetched as soon as the user picks files, so the check itself needs nothing from the network.
      case 'warm':
        await loadSqlJs();
        post({ type: 'warmed', id: request.id });
        break;
      case 'describe':
        post({ type: 'described', id: request.id, ...describe(request.file) });
        break;
      case 'summarize': {
        const { text } = decoded(request.file);
        post({ type: 'summarized', id: request.id, ...summarizeLedgerCsv(text) });
        break;
      }
      case 'check': {
        const SQL = await loadSqlJs();
        const report = await checkLedgerFiles(request.files, request.settings, {
          SQL,
          onProgress: (p) => post({ type: 'progress', id: request.id, ...p }),
        });
        post({ type: 'report', id: request.id, report, rows: offendingRows(request.files, report) });
        break;
      }
    }
  } catch (error) {
    post({ type: 'failed', id: request.id, message: failureMessage(error) });
  }
};

/** Engine messages are already Chinese; anything else is an unexpected failure, said so in Chinese. */
function failureMessage(error: unknown): string {
  if (error instanceof RangeError) {
    return '发现的问题太多,浏览器无法全部列出。请先核对“学校设置”(学期起止、时段、一课时分钟数)是否与台账一致,或分月检查。';
  }
  const message = error instanceof Error ? error.message : String(error);
  return /[\u4e00-\u9fff]/.test(message) ? message : `程序意外出错(${message})。请刷新页面后重试;如仍出错,请把文件和这条信息反馈给维护者。`;
}
