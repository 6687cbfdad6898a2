/**
 * How far a check has got, as an estimate. sql.js runs a statement to its end without a progress callback, so
 * within one rule the engine cannot say how far it is. Instead every step of a check (reading a file, loading,
 * building an index, each rule) has an expected cost measured by the bench (costs.ts, in microseconds per byte
 * or per row on the bench machine); the engine reports which steps are done and which are running, and the
 * page moves the bar by the time spent, at the speed this check has shown so far, never past the end of the
 * steps now running. The figures are estimates and the page says so (约).
 */
import { WORK_COSTS } from './costs.ts';
import type { LedgerIndex, LedgerTable } from './indexes.ts';
import type { LedgerRule } from '../types.ts';

/** What the cost of a rule depends on. */
export type RuleCost = Pick<LedgerRule, 'id' | 'indexes' | 'tables'>;

/** Work in the bench's microseconds: finished, running now (the bar does not pass done + running), and in all. */
export interface Work {
  done: number;
  running: number;
  total: number;
}

export interface InputSize {
  bytes: number;
  workbook: boolean;
}

/** Rows a file of this size holds, about (before it is read). */
export const estimatedRows = ({ bytes, workbook }: InputSize): number => Math.round(bytes / (workbook ? WORK_COSTS.workbookBytesPerRow : WORK_COSTS.csvBytesPerRow));

/** Reading one file: decode, parse, find the header and check every cell. */
export const readWork = (input: InputSize): number => input.bytes * (input.workbook ? WORK_COSTS.readWorkbookPerByte : WORK_COSTS.readCsvPerByte);

export const loadWork = (rows: number): number => rows * WORK_COSTS.loadPerRow;

/** The indexes and shared tables a rule has built before it runs, if no rule before it did. */
const prepares = (rule: RuleCost): string[] => [...(rule.indexes ?? []), ...(rule.tables ?? [])];

/** One rule over `rows` loaded rows, with the indexes and tables it needs that are not built yet. */
export function ruleWork(rule: RuleCost, rows: number, built: ReadonlySet<string> = new Set()): number {
  const prepared = prepares(rule).filter((name) => !built.has(name));
  const perRow = (WORK_COSTS.rulePerRow as Record<string, number | undefined>)[rule.id] ?? WORK_COSTS.unknownRulePerRow;
  return WORK_COSTS.ruleFixed + rows * (perRow + prepared.reduce((n, name) => n + WORK_COSTS.preparePerRow[name as LedgerIndex | LedgerTable], 0));
}

/**
 * The work of one check, kept up to date by the engine as it goes: files read, rows loaded, rules finished and
 * running. `work()` is what a progress event carries.
 */
export function workMeter(inputs: readonly InputSize[], allRules: readonly RuleCost[]) {
  const reads = inputs.map(readWork);
  let rows = inputs.reduce((n, i) => n + estimatedRows(i), 0);
  // Until the files are read, every rule counts; loading() narrows them to those that apply.
  let rules = allRules;
  let done = 0;
  let running = 0;
  const rulesTotal = () => {
    const built = new Set<string>();
    let sum = 0;
    for (const rule of rules) {
      sum += ruleWork(rule, rows, built);
      for (const name of prepares(rule)) built.add(name);
    }
    return sum;
  };
  let total = reads.reduce((a, b) => a + b, 0) + loadWork(rows) + rulesTotal();
  const built = new Set<string>();
  const finished = new Set<string>();
  const cost = (rule: RuleCost) => ruleWork(rule, rows, built);
  return {
    reading(i: number) {
      running = reads[i] ?? 0;
    },
    read(i: number) {
      done += reads[i] ?? 0;
      running = 0;
    },
    /** The rows are known and the rules that apply to them: the rest of the total is recomputed exactly. */
    loading(loadedRows: number, applying: readonly RuleCost[]) {
      rows = loadedRows;
      rules = applying;
      total = done + loadWork(rows) + rulesTotal();
      running = loadWork(rows);
    },
    loaded() {
      done += loadWork(rows);
      running = 0;
    },
    /** Rules finished (whoever ran them) and running now; each finished rule counts once. */
    rules(finishedNow: readonly RuleCost[], runningNow: readonly RuleCost[]) {
      for (const rule of finishedNow) {
        if (finished.has(rule.id)) continue;
        finished.add(rule.id);
        done += cost(rule);
        for (const name of prepares(rule)) built.add(name);
      }
      running = runningNow.filter((r) => !finished.has(r.id)).reduce((n, r) => n + cost(r), 0);
    },
    work(): Work {
      const d = Math.min(done, total);
      return { done: d, running: Math.min(running, total - d), total };
    },
  };
}

/** Where the page has got to: the last report of the engine and when it came, and when the check began. */
export interface ProgressTrack {
  startedAt: number;
  at: number;
  work: Work;
}

export interface Estimate {
  /** 0–1 of the whole check. */
  fraction: number;
  /** Time left, about; null until the check has shown its speed. */
  remainingMs: number | null;
  /** The steps running now have taken longer than expected: the bar waits at their end. */
  overdue: boolean;
}

/** Work done per millisecond on a browser before a check has shown its own speed (the bench's units are µs). */
export const DEFAULT_RATE = 1000 / WORK_COSTS.browserSlowdown;

/** A check shows its speed once this much time has passed and some work is done. */
const SETTLE_MS = 500;

/**
 * The estimate at `now`: the work done when the engine last reported, plus the time since at this check's own
 * speed (work done so far per millisecond, which counts a helper worker too), but never past what is running.
 */
export function estimate({ startedAt, at, work }: ProgressTrack, now: number): Estimate {
  if (work.total <= 0) return { fraction: 0, remainingMs: null, overdue: false };
  const elapsed = at - startedAt;
  const settled = elapsed >= SETTLE_MS && work.done > 0;
  const rate = settled ? work.done / elapsed : DEFAULT_RATE;
  const since = Math.max(0, now - at) * rate;
  const cap = work.running * 0.95;
  const reached = work.done + Math.min(since, cap);
  return {
    fraction: Math.min(1, reached / work.total),
    remainingMs: settled ? Math.max(0, work.total - reached) / rate : null,
    overdue: since > work.running,
  };
}
