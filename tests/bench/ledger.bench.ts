/**
 * Ledger self-check speed. Generates a school's files for a whole semester (100k 台账 rows; add 1M with
 * BENCH_FULL=1, or pick sizes with LEDGER_BENCH_ROWS=100000,300000), every sample defect planted so that
 * the engines have real findings to agree on, and measures:
 * - Node: decode, parse, validate, load, rules (each from the engine's progress events) and peak memory;
 * - Chromium: the whole check in the page's Web Worker (100k, or LEDGER_BENCH_CHROMIUM_ROWS);
 * - native sqlite3: `.import --csv` of the same files and the same rule SQL over the same tables;
 * - DuckDB (bench-only package): the same tables and the rule SQL it accepts, as a ratio to sql.js;
 * - a findings-heavy run: 100k rows with 10% of rows broken (LEDGER_BENCH_DEFECTIVE=0.1; 0 = off).
 * Prints markdown tables. Files go to tests/bench/out/ (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSettings, LEDGER_RULES, schoolCalendar } from '../../src/lib/ledger/index.ts';
import { DEFECT_NAMES } from '../../src/lib/ledger/sample/index.ts';
import { writeSchool } from './ledger/write-school.ts';
import { nativeReference, type NativeResult } from './ledger/native.ts';
import { checkInChromium, type ChromiumTiming } from './ledger/chromium.ts';
import { duckdbReference, type DuckResult } from './ledger/duckdb.ts';
import { FINDINGS_PER_RULE } from '../../src/lib/ledger/run-rules.ts';
import type { NodeResult } from './ledger/node-check.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'out');
const settings = defaultSettings();
const semester = settings.semesters[0]!;
const schoolDays = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);

const sizes = process.env.LEDGER_BENCH_ROWS
  ? process.env.LEDGER_BENCH_ROWS.split(',').map(Number)
  : process.env.BENCH_FULL
    ? [100_000, 1_000_000]
    : [100_000];
const chromiumRows = Number(process.env.LEDGER_BENCH_CHROMIUM_ROWS ?? 100_000);
const defective = Number(process.env.LEDGER_BENCH_DEFECTIVE ?? 0.1);
const runs = [...sizes.map((size) => ({ size, share: 0 })), ...(defective > 0 ? [{ size: sizes[0]!, share: defective }] : [])];

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const rate = (rows: number, ms: number) => (ms > 0 ? `${Math.round((rows / ms) * 1000).toLocaleString('en-US')}` : '—');

function nodeCheck(dir: string, db: string): NodeResult {
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(here, 'ledger/node-check.ts'), dir, db], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`node-check failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as NodeResult;
}

const RULE_IDS = new Set<string>(LEDGER_RULES.map((r) => r.id));
const rows: string[] = [];
const compare: string[] = [];
const duckRows: string[] = [];
const notes: string[] = [];

for (const { size, share } of runs) {
  const tag = share ? `${size}-defective-${share}` : String(size);
  const dir = path.join(out, `ledger-${tag}`);
  rmSync(dir, { recursive: true, force: true });
  const genStart = performance.now();
  const written = writeSchool(dir, { seed: 1, schoolDays, periods: settings.periods, lessonMinutes: settings.lessonMinutes, semester: semester.name, rows: size, defects: DEFECT_NAMES }, share);
  const genMs = performance.now() - genStart;
  const n = written.ledgerRows;
  const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
  const db = path.join(out, `ledger-${tag}.sqlite`);

  const node = nodeCheck(dir, db);
  const cli = (threads: boolean) => {
    const start = performance.now();
    const r = spawnSync(process.execPath, [path.join(here, '../../bin/kehou.mjs'), 'check', '--json', ...csvs.map((f) => path.join(dir, f))], {
      env: { ...process.env, KEHOU_THREADS: threads ? '' : '1' },
      maxBuffer: 1 << 30,
    });
    return r.status === 0 || r.status === 1 ? performance.now() - start : Number.NaN;
  };
  // The command at 100k rows (at 1M the files are over the helper's 64 MB limit and the Node rows above say it all).
  const cliTwo = size <= 200_000 ? cli(true) : Number.NaN;
  const cliOne = size <= 200_000 ? cli(false) : Number.NaN;
  const chromium: ChromiumTiming | string | null =
    n <= chromiumRows * 1.2 ? await checkInChromium(dir, csvs, settings) : null;
  const native: NativeResult | string = nativeReference(csvs.map((f) => path.join(dir, f)), db);
  const duck: DuckResult | string = await duckdbReference(db);
  rmSync(db, { force: true });

  const c = typeof chromium === 'object' && chromium ? chromium : null;
  const label = `${n.toLocaleString('en-US')} rows${share ? `, **${Math.round(share * 100)}% of rows broken** (${written.brokenRows.toLocaleString('en-US')})` : ''} (${(node.bytes / 1e6).toFixed(0)} MB, ${csvs.length} files)`;
  duckRows.push(
    typeof duck === 'string'
      ? `| ${label} | ${duck} | | | | | |`
      : `| ${label} | ${fmt(duck.copyMs)} | ${duck.accepted.length} / ${duck.accepted.length + duck.rejected.length} | ${fmt(duck.duckMs)} | ${fmt(duck.sqljsMs)} | **${(duck.duckMs / duck.sqljsMs).toFixed(2)}×** | ${duck.differing.length ? duck.differing.join('; ') : 'same'} |`,
  );
  if (typeof duck === 'object' && duck.rejected.length && !notes.some((x) => x.startsWith('DuckDB did not accept'))) notes.push(`DuckDB did not accept: ${duck.rejected.map((r) => `${r.id} (${r.reason})`).join('; ')}`);
  rows.push(`| ${label} | generate + write CSV | ${fmt(genMs)} | ${rate(n, genMs)} | | |`);
  for (const stage of ['decode', 'parse', 'validate', 'load', 'rules'] as const) {
    rows.push(`| | ${stage} | ${fmt(node.stages[stage])} | ${rate(n, node.stages[stage])} | ${c ? fmt(c.stages[stage] ?? 0) : ''} | ${c ? rate(n, c.stages[stage] ?? 0) : ''} |`);
  }
  if (c) rows.push(`| | whole check, page's worker alone (no helper) | | | ${fmt(c.aloneMs)} (rules ${fmt(c.aloneStages.rules ?? 0)}) | ${rate(n, c.aloneMs)} |`);
  rows.push(`| | **whole check** | **${fmt(node.totalMs)}** | **${rate(n, node.totalMs)}** | ${c ? `**${fmt(c.warmMs)}** (median of 3; first run ${fmt(c.coldMs)})` : typeof chromium === 'string' ? chromium : 'not run'} | ${c ? `**${rate(n, c.warmMs)}**` : ''} |`);
  if (!Number.isNaN(cliTwo)) rows.push(`| | \`kehou check\` command, start to exit: one thread / two threads | ${fmt(cliOne)} / ${fmt(cliTwo)} | ${rate(n, cliTwo)} (two) | | |`);
  rows.push(`| | CPU time (user + system) | ${fmt(node.cpuMs)} | | | |`);
  rows.push(`| | peak memory | RSS ${Math.round(node.peakRssMB)} MB, JS heap ${Math.round(node.peakHeapMB)} MB | | | |`);
  rows.push(`| | findings | ${node.findings} (${node.errors} 错误) | | ${c ? `${c.findings} (${c.errors} 错误)` : ''} | |`);
  notes.push(`${n.toLocaleString('en-US')} rows: slowest rules in Node: ${node.slowestRules.map(([id, ms]) => `${id} ${fmt(ms)}`).join(', ')}`);
  if (c) notes.push(`${n.toLocaleString('en-US')} rows in Chromium: ${c.rulesRun.here} rules run by the page's worker, ${c.rulesRun.helper} by its helper worker (navigator.hardwareConcurrency ${c.cores})`);

  if (typeof native === 'object') {
    const nativeTotal = native.importMs + native.rulesMs;
    const sqljsLoadRules = node.stages.load + node.stages.rules;
    const findings = compareFindings(native.ruleFindings, node.ruleFindings, c);
    compare.push(
      `| ${n.toLocaleString('en-US')}${share ? ` (${Math.round(share * 100)}% broken)` : ''} | ${fmt(native.importMs)} | ${fmt(native.rulesMs)} | ${fmt(nativeTotal)} | ${fmt(node.stages.load)} | ${fmt(node.stages.rules)} | ${fmt(node.totalMs)} | ${(node.totalMs / nativeTotal).toFixed(1)}× | ${c ? `${(c.aloneMs / nativeTotal).toFixed(1)}×` : ''} | ${c ? `${(c.warmMs / nativeTotal).toFixed(1)}×` : ''} | ${(sqljsLoadRules / nativeTotal).toFixed(1)}× | ${(node.cpuMs / native.cpuMs).toFixed(1)}× | ${findings} |`,
    );
  } else {
    compare.push(`| ${n.toLocaleString('en-US')} | ${native} | | | | | | | | | | | |`);
  }
}

/** Native sqlite3 runs only the SQL rules; the engines also report cell and file checks, left out here. */
function ruleOnly(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([id]) => RULE_IDS.has(id)));
}
function sortKeys(o: Record<string, number>) {
  return JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));
}

/** Findings per rule of native sqlite3, Node, and Chromium with two workers and with one: "same" only over real findings. */
function compareFindings(native: Record<string, number>, node: Record<string, number>, c: ChromiumTiming | null): string {
  // The engine lists FINDINGS_PER_RULE findings of a rule and one more that counts the rest; native lists all.
  const reference = sortKeys(Object.fromEntries(Object.entries(native).map(([id, n]) => [id, n > FINDINGS_PER_RULE ? FINDINGS_PER_RULE + 1 : n])));
  const runs: [string, Record<string, number>][] = [['Node', ruleOnly(node)]];
  if (c) runs.push(['Chromium (two workers)', ruleOnly(c.ruleFindings)], ['Chromium (one worker)', ruleOnly(c.aloneRuleFindings)]);
  const differing = runs.filter(([, counts]) => sortKeys(counts) !== reference).map(([name]) => name);
  const total = Object.values(native).reduce((a, b) => a + b, 0);
  if (total === 0) return 'nothing to compare: no rule found anything';
  const over = `${total} findings of ${Object.keys(native).length} rules`;
  return differing.length ? `DIFFERENT from native: ${differing.join(', ')} (native: ${over})` : `same: ${over}, in native, ${runs.map(([name]) => name).join(', ')}`;
}

console.log('\n### 台账自查: Node 22 (sql.js) and Chromium (Web Worker)\n');
console.log('| data | stage | Node | Node rows/s | Chromium | Chromium rows/s |');
console.log('|---|---|---:|---:|---:|---:|');
console.log(rows.join('\n'));
console.log('\n### Against native sqlite3 (same files, same rule SQL over the same tables)\n');
console.log('| rows | sqlite3 .import | sqlite3 rules | sqlite3 total | sql.js load | sql.js rules | Node whole check | Node ÷ native | Chromium ÷ native, one worker | Chromium ÷ native, two workers | sql.js load+rules ÷ native | Node ÷ native, CPU time | findings per rule |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
console.log(compare.join('\n'));
console.log('\n### Against DuckDB (same loaded tables copied in; the rule SQL DuckDB accepts; sql.js timed on the same rules)\n');
console.log('| data | copy into DuckDB | rules accepted | DuckDB rules | sql.js same rules | DuckDB ÷ sql.js | findings per rule |');
console.log('|---|---:|---:|---:|---:|---:|---|');
console.log(duckRows.join('\n'));
console.log(`\n${notes.join('\n')}`);
console.log('\nTargets: 100k rows fully checked in Chromium < 2 s; whole check within 3× of native sqlite3; 1M rows (BENCH_FULL=1) without running out of memory.');
