/**
 * The ledger page's Web Worker: reads files, runs the check and builds the summaries off the main thread,
 * so that a 100k-row 台账 never freezes the page. Messages in and out are `WorkerRequest` / `WorkerResponse`.
 */
import '../../zod-setup.ts';
import { bufferedPort, checkLedgerFiles, describeTable, helpRequest, helpWithCopy, HELPER_MAX_BYTES, isQueueMessage, isWorkbook, LEDGER_RULES, loadXlsx, readInput, tableLabel } from '../index.ts';
import type { CheckReport, ColumnNames, Encoding, FileKind, Finding, HelpRequest, LedgerSettings, LoadedFile, QueueMessage, QueuePort, RuleHelper, TableRead, XlsxModule } from '../index.ts';
import { loadSqlJs } from './sql-browser.ts';
import { summarizeLedgerTable } from '../summaries/summarize.ts';
import { failureText, UserError } from '../../errors.ts';
import { LEDGER_UI } from '../ui-text.ts';
import type { Work } from '../engine/progress.ts';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
  encoding?: Encoding;
}

/** For a file of no known kind: the kind its header comes closest to, and the headers it lacks. */
export type Closest = { kind: FileKind; missing: string[] } | null;

/** One table of a file as the file list shows it: what it was read as, or why not, and the file's own headers. */
export interface DescribedTable {
  file: LoadedFile;
  closest: Closest;
  /** The file's header cells (the choices of the column-mapping step). */
  headers: string[];
  /** File-level findings (no data rows, most columns unknown, 合计 rows …). */
  findings: Finding[];
}

/** `${tableLabel(file, sheet)}#${row}` → the header and cells of a row a finding points at. */
export type OffendingRows = Record<string, { header: string[]; cells: string[] }>;

export type WorkerRequest =
  | { type: 'warm'; id: number }
  | { type: 'describe'; id: number; file: InputFile; columns?: ColumnNames }
  | { type: 'summarize'; id: number; file: InputFile; columns?: ColumnNames }
  /** `alone`: without the helper worker (the benchmark compares both). */
  | { type: 'check'; id: number; files: InputFile[]; settings: LedgerSettings; alone?: boolean };

export type WorkerResponse =
  | { type: 'warmed'; id: number }
  | { type: 'described'; id: number; tables: DescribedTable[] }
  | { type: 'summarized'; id: number; monthly: string; disclosure: string; tables: { monthly: string[][]; disclosure: string[][] }; rows: number; skippedRows: number[] }
  | { type: 'progress'; id: number; stage: string; done: number; total: number; work?: Work; rule?: string }
  | { type: 'report'; id: number; report: CheckReport; rows: OffendingRows; rulesRun: { here: number; helper: number } }
  | { type: 'failed'; id: number; message: string };

/** Rows shown under findings; beyond this the page still lists the finding, without its row. */
const MAX_ROWS_SHOWN = 2000;

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

let xlsx: Promise<XlsxModule> | null = null;
/** SheetJS, fetched the first time a workbook arrives (its own chunk: pages without one never load it). */
const xlsxFor = async (files: InputFile[]) => (files.some((f) => isWorkbook(f.bytes)) ? await (xlsx ??= loadXlsx()) : undefined);

/** What the file list shows for each table of a file. Throws the reason a file cannot be read at all. */
async function describe(file: InputFile, columns: ColumnNames = {}): Promise<DescribedTable[]> {
  const tables = readInput(file, { xlsx: await xlsxFor([file]), columns });
  const unreadable = tables.find((t) => t.findings.some((f) => f.rule === 'file.unreadable'));
  if (unreadable) throw new UserError(unreadable.findings[0]!.message);
  return tables.map((t) => ({ file: describeTable(t), closest: t.closest, headers: t.fileHeaders.map((h) => h.trim()).filter(Boolean), findings: t.findings }));
}

/** The cells behind the findings, from the tables the check read (the files are not read a second time). */
function offendingRows(tables: TableRead[], report: CheckReport): OffendingRows {
  const wanted = new Map<string, Set<number>>();
  for (const f of report.findings.slice(0, MAX_ROWS_SHOWN)) {
    if (f.file === null || f.row === null) continue;
    const label = tableLabel(f.file, f.sheet ?? null);
    wanted.set(label, (wanted.get(label) ?? new Set()).add(f.row));
  }
  const out: OffendingRows = {};
  for (const table of tables) {
    const rows = wanted.get(table.label);
    if (!rows) continue;
    const header = table.parsed.headers.map((h) => h.trim());
    for (const r of table.parsed.records) if (rows.has(r.row)) out[`${table.label}#${r.row}`] = { header, cells: r.cells };
  }
  return out;
}

/**
 * A second worker that shares the rules (rule-queue.ts): once the page's worker has loaded the data it
 * hands over a copy of the database (db.export(), a few tens of milliseconds) and the two take rules
 * from the two ends of the list, so on two or more cores the rules take about half the time. Only for
 * inputs up to HELPER_MAX_BYTES (and HELPER_MAX_ROWS once read) and where the browser has the cores.
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
  let tables: TableRead[] = [];
  const report = await checkLedgerFiles(request.files, request.settings, {
    SQL,
    xlsx: await xlsxFor(request.files),
    onRead: (read) => (tables = read),
    onProgress: (p) => post({ type: 'progress', id: request.id, ...p }),
    helper: link,
  });
  post({ type: 'report', id: request.id, report, rows: offendingRows(tables, report), rulesRun });
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
        post({ type: 'described', id: request.id, tables: await describe(request.file, request.columns) });
        break;
      case 'summarize': {
        const tables = readInput(request.file, { xlsx: await xlsxFor([request.file]), columns: request.columns });
        const ledger = tables.find((t) => t.kind === 'ledger');
        if (!ledger) throw new UserError(tables.find((t) => t.findings.some((f) => f.severity === 'error'))?.findings.find((f) => f.severity === 'error')?.message ?? LEDGER_UI.checker.notLedger);
        post({ type: 'summarized', id: request.id, ...summarizeLedgerTable(ledger.parsed) });
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
    return LEDGER_UI.checker.outOfMemory;
  }
  return failureText(error, LEDGER_UI.checker.unexpected);
}
