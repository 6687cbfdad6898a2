/**
 * The ledger self-check: files in, findings out. Pure TypeScript over sql.js; the page runs it
 * in a Web Worker and `kehou check` runs it in Node, each passing its own initialised sql.js.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { validateFile } from './format/validate.ts';
import { describeTable, readInput, type TableRead } from './format/read.ts';
import { isWorkbook, loadXlsx, type XlsxModule } from '../files/workbook.ts';
import type { ColumnNames } from './format/headers.ts';
import { CACHE_ALL_PAGES, createDatabase, loadDatabase, type LoadedData } from './engine/load.ts';
import { ruleApplies, runRules, type RulesState } from './engine/run-rules.ts';
import { workMeter } from './engine/progress.ts';
import { helpWithRules, queueOrder, runRulesShared, type QueuePort, type SharedRun, type YieldToMessages } from './engine/rule-queue.ts';
import { LEDGER_RULES } from './engine/rules/index.ts';
import { inferredSemesters, yearsBeyondHolidayData, type LedgerSettings } from './settings.ts';
import { said } from './messages.ts';
import { formatSeverity } from './format/format-checks.ts';
import { SEVERITY_ORDER, type CheckReport, type Encoding, type Finding, type LoadedFile, type Progress, type RulesRun } from './types.ts';
import { FILE_KINDS, KIND_ORDER, type FileKind } from './format/kinds.ts';
import type { RowOf } from './format/schemas.ts';

export { FILE_KINDS, KIND_ORDER, detectKind, matchKind, headersOf, type FileKind } from './format/kinds.ts';
export { decodeBytes, DEFAULT_MAX_BYTES, WORKBOOK_MAX_BYTES } from './format/decode.ts';
export { parseCsv } from './format/parse.ts';
export { readInput, describeTable, guessColumn, mappableHeaders, tableLabel, HEADER_SEARCH_ROWS, type TableRead, type ReadInput } from './format/read.ts';
export { chooseKind, normalizeHeader, HEADER_SYNONYMS, type ColumnNames } from './format/headers.ts';
export { isWorkbook, loadXlsx, type XlsxModule } from '../files/workbook.ts';
export { validateFile } from './format/validate.ts';
export { LEDGER_RULES } from './engine/rules/index.ts';
export { bufferedPort, helpWithRules, isQueueMessage, queueOrder, type QueuePort, type QueueMessage, type QueueSide, type SharedRun, type YieldToMessages } from './engine/rule-queue.ts';
export { FORMAT_CHECKS, type FormatCheck } from './format/format-checks.ts';
export { ruleHref, ruleInfo, ruleTitle, type RuleInfo } from './catalogue.ts';
export { LedgerSettingsSchema, defaultSettings, schoolCalendar, type LedgerSettings, type LedgerSettingsInput } from './settings.ts';
export { SEVERITY_LABELS, ENCODING_LABELS, SEVERITY_ORDER } from './types.ts';
export type { Finding, Severity, Encoding, LoadedFile, CheckReport, LedgerRule, Progress, Stage, RulesRun, SkipReason } from './types.ts';

export interface LedgerInput {
  name: string;
  bytes: Uint8Array;
  encoding?: Encoding;
}

export interface CheckOptions {
  SQL: SqlJsStatic;
  onProgress?: (p: Progress) => void;
  maxBytes?: number;
  /** A second engine to share the rules with (the page's helper worker); see rule-queue.ts. Not used past helperMaxRows. */
  helper?: RuleHelper;
  helperMaxRows?: number;
  /** SheetJS for workbooks; loaded on first need when absent (loadXlsx). */
  xlsx?: XlsxModule;
  /** Receives the tables as read (the page shows offending rows from them without reading the files again). */
  onRead?: (tables: TableRead[]) => void;
  /** Called once the files are loaded, before the rules: reads figures from the same tables (学段中心审核). */
  onLoaded?: (db: Database, loaded: ReadonlySet<FileKind>) => void;
}

/** Files above this total are checked by one engine: the helper's copy would double the database's memory. */
export const HELPER_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Nor above this many rows loaded: a workbook holds about three times the rows of a CSV of its size, and past
 * this the copy of the database costs more memory and time than the second engine saves (ledger-large bench).
 */
export const HELPER_MAX_ROWS = 400_000;

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
  compareText(a.sheet ?? '', b.sheet ?? '') ||
  (a.row ?? 0) - (b.row ?? 0);

type WorkMeter = ReturnType<typeof workMeter>;

const inputSize = (input: LedgerInput) => ({ bytes: input.bytes.length, workbook: isWorkbook(input.bytes) });

/** Files read, checked cell by cell and loaded: everything before the rules. The caller closes `db`. */
export interface PreparedCheck {
  files: LoadedFile[];
  findings: Finding[];
  db: Database;
  loaded: Set<FileKind>;
  tables: TableRead[];
}

/** Digits-only 工号 that other tables write with leading zeros (00203 here, 203 there): Excel stripped them. */
function strippedZeros(data: LoadedData[], labels: Map<string, TableRead>): Finding[] {
  const padded = new Map<string, string>();
  for (const d of data) {
    for (const r of d.rows) {
      const id = (r.value as { staffId?: string }).staffId;
      if (id && /^0\d+$/.test(id)) padded.set(id.replace(/^0+/, ''), id);
    }
  }
  if (padded.size === 0) return [];
  const out: Finding[] = [];
  for (const d of data) {
    const seen = new Set<string>();
    const table = labels.get(d.file);
    for (const r of d.rows) {
      const id = (r.value as { staffId?: string }).staffId;
      if (!id || seen.has(id) || !/^[1-9]\d*$/.test(id) || !padded.has(id)) continue;
      seen.add(id);
      out.push({ rule: 'cell.leading-zero', clause: FILE_KINDS[d.kind].clause, severity: formatSeverity('cell.leading-zero'), file: table?.file ?? d.file, ...(table?.sheet ? { sheet: table.sheet } : {}), row: r.row, column: '工号', ...said('leadingZero', { id, padded: padded.get(id)! }) });
    }
  }
  return out;
}

/** Rules that run with the kinds loaded, and those skipped, grouped by the kinds they lack. */
export function rulesRun(loaded: ReadonlySet<FileKind>): RulesRun {
  const ran: RulesRun['ran'] = [];
  const byMissing = new Map<string, RulesRun['skipped'][number]>();
  for (const rule of LEDGER_RULES) {
    const missing = rule.needs.filter((k) => !loaded.has(k));
    if (missing.length === 0) ran.push(rule.id);
    else {
      const key = missing.join(',');
      const group = byMissing.get(key) ?? { missing, rules: [] };
      group.rules.push(rule.id);
      byMissing.set(key, group);
    }
  }
  return { ran, skipped: [...byMissing.values()].sort((a, b) => KIND_ORDER.indexOf(a.missing[0]!) - KIND_ORDER.indexOf(b.missing[0]!)) };
}

export function prepareCheck(inputs: LedgerInput[], settings: LedgerSettings, options: Omit<CheckOptions, 'helper'> & { exportable?: boolean; meter?: WorkMeter }): PreparedCheck {
  const { SQL } = options;
  const meter = options.meter ?? workMeter(inputs.map(inputSize), LEDGER_RULES);
  const onProgress = options.onProgress && ((p: Progress) => options.onProgress!({ ...p, work: meter.work() }));
  const total = inputs.length;
  const findings: Finding[] = [];
  const data: LoadedData[] = [];
  const incomplete = new Map<FileKind, string[]>();
  const tables: TableRead[] = [];
  const loadedRows = new Map<TableRead, number>();
  const byLabel = new Map<string, TableRead>();

  inputs.forEach((input, i) => {
    meter.reading(i);
    onProgress?.({ stage: 'parse', done: i, total });
    const read = readInput(input, { xlsx: options.xlsx, columns: settings.columns as ColumnNames, maxBytes: options.maxBytes });
    onProgress?.({ stage: 'validate', done: i, total });
    for (const table of read) {
      tables.push(table);
      byLabel.set(table.label, table);
      for (const f of table.findings) findings.push(f);
      if (!table.kind) continue;
      const validated = validateFile(table.label, table.parsed, { kind: table.kind, headerRow: table.headerRow ?? 1 });
      for (const f of validated.findings) findings.push(table.sheet === null ? f : { ...f, file: table.file, sheet: table.sheet });
      loadedRows.set(table, validated.rows.length);
      if (validated.kind) data.push({ kind: validated.kind, file: table.label, rows: validated.rows });
      if (validated.kind && validated.incomplete) incomplete.set(validated.kind, [...(incomplete.get(validated.kind) ?? []), table.label]);
    }
    meter.read(i);
  });
  for (const f of strippedZeros(data, byLabel)) findings.push(f);
  const files = tables.map((t) => describeTable(t, loadedRows.get(t)));

  const kinds = new Set(data.map((d) => d.kind));
  meter.loading(
    data.reduce((n, d) => n + d.rows.length, 0),
    LEDGER_RULES.filter((r) => ruleApplies(r, kinds)),
  );
  onProgress?.({ stage: 'load', done: 0, total: 1 });
  const db = createDatabase(SQL, { exportable: options.exportable });
  try {
    loadDatabase(SQL, db, data, settings);
  } catch (error) {
    db.close();
    throw error;
  }
  meter.loaded();
  const ledgerDates = data.filter((d) => d.kind === 'ledger').flatMap((d) => d.rows.map((r) => (r.value as RowOf<'ledger'>).date));
  if (ledgerDates.length > 0) {
    const sorted = [...new Set(ledgerDates)].sort();
    const beyond = yearsBeyondHolidayData(sorted[0]!, sorted[sorted.length - 1]!);
    if (beyond.length > 0) {
      findings.push({ rule: 'settings.holiday-data', clause: '1.2.1', severity: formatSeverity('settings.holiday-data'), file: null, row: null, column: null, ...said('beyondHolidayData', { years: beyond }) });
    }
    const inferred = inferredSemesters(settings, sorted[0]!, sorted[sorted.length - 1]!);
    if (inferred.length > 0) {
      findings.push({ rule: 'settings.semester-inferred', clause: '1.2.1', severity: formatSeverity('settings.semester-inferred'), file: null, row: null, column: null, ...said('semesterInferred', { semesters: inferred }) });
    }
  }
  // A kind with a file not read to its end is loaded (its rows are there) but not offered to the rules that
  // need it: they would judge the whole from a part (a day without records, a person missing from a total).
  const loaded = new Set<FileKind>(data.map((d) => d.kind).filter((k) => !incomplete.has(k)));
  const skipped = LEDGER_RULES.filter((r) => r.needs.some((k) => incomplete.has(k)));
  if (skipped.length > 0) {
    const names = [...incomplete.values()].flat();
    findings.push({ rule: 'file.rules-skipped', clause: '1.2.1', severity: formatSeverity('file.rules-skipped'), file: names[0]!, row: null, column: null, ...said('rulesSkippedIncomplete', { files: names, rules: skipped.map((r) => r.id) }) });
  }
  return { files, findings, db, loaded, tables };
}

/** Rule findings name a table by its label (`file › sheet`): back to file and sheet. */
function withSheet(f: Finding, byLabel: Map<string, TableRead>): Finding {
  if (f.file === null) return f;
  const t = byLabel.get(f.file);
  return t && t.sheet !== null ? { ...f, file: t.file, sheet: t.sheet } : f;
}

export async function checkLedgerFiles(inputs: LedgerInput[], settings: LedgerSettings, options: CheckOptions): Promise<CheckReport> {
  const meter = workMeter(inputs.map(inputSize), LEDGER_RULES);
  const onProgress = options.onProgress && ((p: Progress) => options.onProgress!({ ...p, work: meter.work() }));
  const xlsx = options.xlsx ?? (inputs.some((i) => isWorkbook(i.bytes)) ? await loadXlsx() : undefined);
  const { files, findings, db, loaded, tables } = prepareCheck(inputs, settings, { ...options, xlsx, exportable: options.helper !== undefined, meter });
  const rows = files.reduce((n, f) => n + (f.loaded ?? 0), 0);
  const helper = rows <= (options.helperMaxRows ?? HELPER_MAX_ROWS) ? options.helper : undefined;
  options.onRead?.(tables);
  const byLabel = new Map(tables.filter((t) => t.sheet !== null).map((t) => [t.label, t]));
  try {
    onProgress?.({ stage: 'rules', done: 0, total: LEDGER_RULES.length });
    const onRule = ({ done, finished, running }: RulesState) => {
      meter.rules(finished, running);
      onProgress?.({ stage: 'rules', done, total: LEDGER_RULES.length, ...(running[0] ? { rule: running[0].title } : {}) });
    };
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
    for (const f of ruleFindings) findings.push(byLabel.size > 0 ? withSheet(f, byLabel) : f);
  } finally {
    db.close();
  }
  return { files, findings: findings.sort(byPlace), rules: rulesRun(loaded) };
}
