/**
 * The ledger page's Web Worker: reads files, runs the check and builds the summaries off the main thread,
 * so that a 100k-row 台账 never freezes the page. Messages in and out are `WorkerRequest` / `WorkerResponse`.
 */
import '../zod-setup.ts';
import { bufferedPort, checkLedgerFiles, decodeBytes, detectKind, helpRequest, helpWithCopy, HELPER_MAX_BYTES, isQueueMessage, LEDGER_RULES, matchKind, parseCsv } from './index.ts';
import type { CheckReport, Encoding, FileKind, HelpRequest, LedgerSettings, LoadedFile, QueueMessage, QueuePort, RuleHelper } from './index.ts';
import { loadSqlJs } from './sql-browser.ts';
import { summarizeLedgerCsv } from './summarize.ts';
import { failureText, UserError } from '../errors.ts';

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
  /** `alone`: without the helper worker (the benchmark compares both). */
  | { type: 'check'; id: number; files: InputFile[]; settings: LedgerSettings; alone?: boolean };

export type WorkerResponse =
  | { type: 'warmed'; id: number }
  | { type: 'described'; id: number; file: LoadedFile; closest: Closest }
  | { type: 'summarized'; id: number; monthly: string; disclosure: string; rows: number; skippedRows: number[] }
  | { type: 'progress'; id: number; stage: string; done: number; total: number }
  | { type: 'report'; id: number; report: CheckReport; rows: OffendingRows; rulesRun: { here: number; helper: number } }
  | { type: 'failed'; id: number; message: string };

/** Rows shown under findings; beyond this the page still lists the finding, without its row. */
const MAX_ROWS_SHOWN = 2000;

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

function decoded(file: InputFile, encoding = file.encoding): { text: string; encoding: Encoding } {
  const result = decodeBytes(file.bytes, encoding);
  if (!result.ok) throw new UserError(result.message);
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

/**
 * A second worker that shares the rules (rule-queue.ts): once the page's worker has loaded the data it
 * hands over a copy of the database (db.export(), a few tens of milliseconds) and the two take rules
 * from the two ends of the list, so on two or more cores the rules take about half the time. Only for
 * inputs up to HELPER_MAX_BYTES and where the browser has the cores.
 */
const isHelper = self.name === 'ledger-helper';
let helper: Worker | null = null;
let helperReady: Promise<boolean> | null = null;

function startHelper(): Promise<boolean> {
  if (isHelper || (navigator.hardwareConcurrency ?? 1) < 2 || typeof Worker === 'undefined') return Promise.resolve(false);
  helperReady ??= new Promise<boolean>((resolve) => {
    try {
      const worker = new Worker(self.location.href, { type: 'module', name: 'ledger-helper' });
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        if (event.data.type === 'warmed') resolve(true);
      };
      worker.onerror = () => {
        helper = null;
        resolve(false);
      };
      worker.postMessage({ type: 'warm', id: 0 } satisfies WorkerRequest);
      helper = worker;
    } catch {
      resolve(false);
    }
  });
  return helperReady;
}

/** Lets queued messages be handled between two rules (a message task, not a clamped timer). */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

/** The primary's end of the link to the helper; a helper that errors counts as gone. */
function helperPort(worker: Worker, check: number): QueuePort {
  const port: QueuePort = { post: (message) => worker.postMessage(message), onmessage: null };
  worker.onmessage = (event: MessageEvent<QueueMessage | WorkerResponse>) => port.onmessage?.(event.data as QueueMessage);
  worker.onerror = (event) => {
    event.preventDefault();
    port.onmessage?.({ type: 'gone', check, reason: event.message });
    helper = null;
    helperReady = null;
  };
  return port;
}

/** The helper's end of the link to the primary. */
const primaryPort = bufferedPort((message) => self.postMessage(message));

async function help(request: HelpRequest): Promise<void> {
  primaryPort.reset();
  try {
    await helpWithCopy(await loadSqlJs(), request, primaryPort, yieldToMessages);
  } catch (error) {
    self.postMessage({ type: 'gone', check: request.check, reason: failureMessage(error) } satisfies QueueMessage);
  }
}

async function check(request: Extract<WorkerRequest, { type: 'check' }>): Promise<void> {
  const SQL = await loadSqlJs();
  const size = request.files.reduce((n, f) => n + f.bytes.length, 0);
  const worker = !request.alone && size <= HELPER_MAX_BYTES && (await startHelper()) ? helper : null;
  let rulesRun = { here: LEDGER_RULES.length, helper: 0 };
  let link: RuleHelper | undefined;
  if (worker) {
    link = {
      check: request.id,
      port: helperPort(worker, request.id),
      yieldToMessages,
      share: (db, loaded) => {
        const { message, transfer } = helpRequest(db, loaded, request.id);
        worker.postMessage(message, transfer);
      },
      onShared: (run) => (rulesRun = { here: run.ranHere, helper: run.ranByHelper }),
    };
  }
  const report = await checkLedgerFiles(request.files, request.settings, {
    SQL,
    onProgress: (p) => post({ type: 'progress', id: request.id, ...p }),
    helper: link,
  });
  post({ type: 'report', id: request.id, report, rows: offendingRows(request.files, report), rulesRun });
}

self.onmessage = async (event: MessageEvent<WorkerRequest | HelpRequest | QueueMessage>) => {
  const request = event.data;
  // The helper's side: its copy of the database, and the primary's claims. help() reports its own failure.
  if (isQueueMessage(request)) return primaryPort.deliver(request);
  if (request.type === 'help') return help(request);
  try {
    switch (request.type) {
      // sql.js (and the helper worker) are fetched as soon as the user picks files, so the check itself needs nothing from the network.
      case 'warm':
        await Promise.all([loadSqlJs(), startHelper()]);
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
      case 'check':
        await check(request);
        break;
    }
  } catch (error) {
    post({ type: 'failed', id: request.id, message: failureMessage(error) });
  }
};

/** A UserError's message as it is; anything else is an unexpected failure, said so in Chinese. */
function failureMessage(error: unknown): string {
  if (error instanceof RangeError) {
    return '浏览器内存不足,检查没有完成。请把文件按月拆分后分别检查;已选的文件和设置都还在。';
  }
  return failureText(error, (detail) => `程序意外出错(${detail})。请刷新页面后重试;如仍出错,请把文件和这条信息反馈给维护者。`);
}
