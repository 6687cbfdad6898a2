/**
 * The ledger self-check: files in, findings out. Pure TypeScript over sql.js; the page runs it
 * in a Web Worker and `kehou check` runs it in Node, each passing its own initialised sql.js.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { decodeBytes, DEFAULT_MAX_BYTES } from './decode.ts';
import { parseCsv } from './parse.ts';
import { validateFile } from './validate.ts';
import { CACHE_ALL_PAGES, createDatabase, loadDatabase, type LoadedData } from './load.ts';
import { runRules } from './run-rules.ts';
import { helpWithRules, queueOrder, runRulesShared, type QueuePort, type SharedRun, type YieldToMessages } from './rule-queue.ts';
import { LEDGER_RULES } from './rules/index.ts';
import { inferredSemesters, yearsBeyondHolidayData, type LedgerSettings } from './settings.ts';
import { MESSAGES } from './messages.ts';
import { formatSeverity } from './format-checks.ts';
import { SEVERITY_ORDER, type CheckReport, type Encoding, type Finding, type LoadedFile, type Progress } from './types.ts';
import type { FileKind } from './kinds.ts';
import type { RowOf } from './schemas.ts';

export { FILE_KINDS, KIND_ORDER, detectKind, matchKind, headersOf, type FileKind } from './kinds.ts';
export { decodeBytes, DEFAULT_MAX_BYTES } from './decode.ts';
export { parseCsv } from './parse.ts';
export { validateFile } from './validate.ts';
export { LEDGER_RULES } from './rules/index.ts';
export { bufferedPort, helpWithRules, isQueueMessage, queueOrder, type QueuePort, type QueueMessage, type QueueSide, type SharedRun, type YieldToMessages } from './rule-queue.ts';
export { FORMAT_CHECKS, type FormatCheck } from './format-checks.ts';
export { LedgerSettingsSchema, defaultSettings, schoolCalendar, type LedgerSettings, type LedgerSettingsInput } from './settings.ts';
export { SEVERITY_LABELS, ENCODING_LABELS, SEVERITY_ORDER } from './types.ts';
export type { Finding, Severity, Encoding, LoadedFile, CheckReport, LedgerRule, Progress, Stage } from './types.ts';

export interface LedgerInput {
  name: string;
  bytes: Uint8Array;
  encoding?: Encoding;
}

export interface CheckOptions {
  SQL: SqlJsStatic;
  onProgress?: (p: Progress) => void;
  maxBytes?: number;
  /** A second engine to share the rules with (the page's helper worker); see rule-queue.ts. */
  helper?: RuleHelper;
  /** Called once the files are loaded, before the rules: reads figures from the same tables (学段中心审核). */
  onLoaded?: (db: Database, loaded: ReadonlySet<FileKind>) => void;
}

/** Files above this total are checked by one engine: the helper's copy would double the database's memory. */
export const HELPER_MAX_BYTES = 64 * 1024 * 1024;

/** What the primary sends its helper once loaded: a copy of the database (its buffer is transferred). */
export type HelpRequest = { type: 'help'; check: number; database: Uint8Array; loaded: FileKind[] };

export function helpRequest(db: Database, loaded: ReadonlySet<FileKind>, check: number): { message: HelpRequest; transfer: ArrayBuffer[] } {
  const database = db.export();
  return { message: { type: 'help', check, database, loaded: [...loaded] }, transfer: [database.buffer as ArrayBuffer] };
}

/**
 * The helper's whole job, in the page's helper worker and in kehou's helper thread alike: open its copy
 * of the loaded database, keep every page in memory, and take rules from the back of the queue.
 */
export async function helpWithCopy(SQL: SqlJsStatic, request: HelpRequest, port: QueuePort, yieldToMessages: YieldToMessages): Promise<number> {
  const db = new SQL.Database(request.database);
  try {
    db.run(CACHE_ALL_PAGES);
    db.run('BEGIN'); // as on the primary: what the rules build stays in memory
    return await helpWithRules({ db, rules: queueOrder(LEDGER_RULES), loaded: new Set(request.loaded), check: request.check, port, yieldToMessages });
  } finally {
    db.close();
  }
}

export interface RuleHelper {
  check: number;
  port: QueuePort;
  yieldToMessages: YieldToMessages;
  /** Called once the data is loaded: hands the helper its copy of the database. */
  share: (db: Database, loaded: ReadonlySet<FileKind>) => void;
  onShared?: (run: SharedRun) => void;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byPlace = (a: Finding, b: Finding) =>
  SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
  compareText(a.file ?? '', b.file ?? '') ||
  (a.row ?? 0) - (b.row ?? 0);

/** Files read, checked cell by cell and loaded: everything before the rules. The caller closes `db`. */
export interface PreparedCheck {
  files: LoadedFile[];
  findings: Finding[];
  db: Database;
  loaded: Set<FileKind>;
}

export function prepareCheck(inputs: LedgerInput[], settings: LedgerSettings, options: Omit<CheckOptions, 'helper'> & { exportable?: boolean }): PreparedCheck {
  const { SQL, onProgress } = options;
  const total = inputs.length;
  const files: LoadedFile[] = [];
  const findings: Finding[] = [];
  const data: LoadedData[] = [];
  const incomplete = new Map<FileKind, string[]>();

  inputs.forEach((input, i) => {
    onProgress?.({ stage: 'decode', done: i, total });
    const decoded = decodeBytes(input.bytes, input.encoding, options.maxBytes ?? DEFAULT_MAX_BYTES);
    if (!decoded.ok) {
      files.push({ name: input.name, kind: null, encoding: null, rows: 0 });
      findings.push({ rule: 'file.unreadable', clause: '1.2.1', severity: 'error', file: input.name, row: null, column: null, message: decoded.message });
      return;
    }
    onProgress?.({ stage: 'parse', done: i, total });
    const parsed = parseCsv(decoded.text);
    onProgress?.({ stage: 'validate', done: i, total });
    const validated = validateFile(input.name, parsed);
    files.push({ name: input.name, kind: validated.kind, encoding: decoded.encoding, rows: parsed.records.length });
    for (const f of validated.findings) findings.push(f);
    if (validated.kind) data.push({ kind: validated.kind, file: input.name, rows: validated.rows });
    if (validated.kind && validated.incomplete) incomplete.set(validated.kind, [...(incomplete.get(validated.kind) ?? []), input.name]);
  });

  onProgress?.({ stage: 'load', done: 0, total: 1 });
  const db = createDatabase(SQL, { exportable: options.exportable });
  try {
    loadDatabase(SQL, db, data, settings);
  } catch (error) {
    db.close();
    throw error;
  }
  const ledgerDates = data.filter((d) => d.kind === 'ledger').flatMap((d) => d.rows.map((r) => (r.value as RowOf<'ledger'>).date));
  if (ledgerDates.length > 0) {
    const sorted = [...new Set(ledgerDates)].sort();
    const beyond = yearsBeyondHolidayData(sorted[0]!, sorted[sorted.length - 1]!);
    if (beyond.length > 0) {
      findings.push({ rule: 'settings.holiday-data', clause: '1.2.1', severity: 'info', file: null, row: null, column: null, message: MESSAGES.beyondHolidayData(beyond) });
    }
    const inferred = inferredSemesters(settings, sorted[0]!, sorted[sorted.length - 1]!);
    if (inferred.length > 0) {
      findings.push({ rule: 'settings.semester-inferred', clause: '1.2.1', severity: 'info', file: null, row: null, column: null, message: MESSAGES.semesterInferred(inferred) });
    }
  }
  // A kind with a file not read to its end is loaded (its rows are there) but not offered to the rules that
  // need it: they would judge the whole from a part (a day without records, a person missing from a total).
  const loaded = new Set<FileKind>(data.map((d) => d.kind).filter((k) => !incomplete.has(k)));
  const skipped = LEDGER_RULES.filter((r) => r.needs.some((k) => incomplete.has(k)));
  if (skipped.length > 0) {
    const names = [...incomplete.values()].flat();
    findings.push({ rule: 'file.rules-skipped', clause: '1.2.1', severity: formatSeverity('file.rules-skipped'), file: names[0]!, row: null, column: null, message: MESSAGES.rulesSkipped(names, skipped.map((r) => r.title)) });
  }
  return { files, findings, db, loaded };
}

export async function checkLedgerFiles(inputs: LedgerInput[], settings: LedgerSettings, options: CheckOptions): Promise<CheckReport> {
  const { onProgress, helper } = options;
  const { files, findings, db, loaded } = prepareCheck(inputs, settings, { ...options, exportable: helper !== undefined });
  try {
    onProgress?.({ stage: 'rules', done: 0, total: LEDGER_RULES.length });
    const onRule = (done: number) => onProgress?.({ stage: 'rules', done, total: LEDGER_RULES.length });
    let ruleFindings: Finding[];
    options.onLoaded?.(db, loaded);
    if (helper) helper.share(db, loaded);
    // The rules run in one transaction that is never committed: the indexes they build stay in memory.
    db.run('BEGIN');
    if (helper) {
      const run = await runRulesShared({ db, rules: queueOrder(LEDGER_RULES), loaded, check: helper.check, port: helper.port, yieldToMessages: helper.yieldToMessages }, onRule);
      helper.onShared?.(run);
      // Back in the rules' own order, as one engine gives them.
      ruleFindings = LEDGER_RULES.flatMap((r) => run.byRule.get(r.id) ?? []);
    } else {
      ruleFindings = runRules(db, LEDGER_RULES, loaded, onRule);
    }
    // A loop, not push(...): a spread of 100k findings overflows the call stack.
    for (const f of ruleFindings) findings.push(f);
  } finally {
    db.close();
  }
  return { files, findings: findings.sort(byPlace) };
}
