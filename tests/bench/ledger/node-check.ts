/**
 * One size of the Node benchmark, run in its own process so that its peak memory is its own:
 * `node --expose-gc tests/bench/ledger/node-check.ts DIR [DB_OUT]` prints one JSON line.
 * Times come from the engine's own progress events around `checkLedgerFiles`; with DB_OUT the
 * loaded database is also written out as a SQLite file for the native sqlite3 reference.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { checkLedgerFiles, decodeBytes, defaultSettings, parseCsv, validateFile, LEDGER_RULES } from '../../../src/lib/ledger/index.ts';
import { createDatabase, loadDatabase, type LoadedData } from '../../../src/lib/ledger/engine/load.ts';

export interface NodeResult {
  rows: number;
  bytes: number;
  stages: Record<'decode' | 'parse' | 'validate' | 'load' | 'rules', number>;
  slowestRules: [string, number][];
  totalMs: number;
  /** User + system CPU time of the check: steadier than wall time on a busy machine. */
  cpuMs: number;
  findings: number;
  /** Size of the findings as `kehou check --json` writes them. */
  findingsBytes: number;
  errors: number;
  ruleFindings: Record<string, number>;
  peakRssMB: number;
  peakHeapMB: number;
}

const [dir, dbOut] = process.argv.slice(2);
if (!dir) throw new Error('usage: node-check.ts DIR [DB_OUT]');
const gc = (globalThis as { gc?: () => void }).gc;
const SQL = await initSqlJs();
const settings = defaultSettings();
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(dir, f))) }));
gc?.();

let peakHeap = 0;
const sampleHeap = () => void (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const stages = { decode: 0, parse: 0, validate: 0, load: 0, rules: 0 };
const ruleTimes = new Map<string, number>();
let current: { key: keyof typeof stages; rule: string | null } | null = null;
let last = 0;
const close = (now: number) => {
  if (!current) return;
  stages[current.key] += now - last;
  if (current.rule) ruleTimes.set(current.rule, (ruleTimes.get(current.rule) ?? 0) + now - last);
};

const cpuStart = process.cpuUsage();
const start = performance.now();
last = start;
const report = await checkLedgerFiles(inputs, settings, {
  SQL,
  maxBytes: Number.POSITIVE_INFINITY,
  onProgress: (p) => {
    const now = performance.now();
    close(now);
    sampleHeap();
    current = { key: p.stage, rule: p.stage === 'rules' ? (LEDGER_RULES[p.done]?.id ?? null) : null };
    last = now;
  },
});
const end = performance.now();
const cpu = process.cpuUsage(cpuStart);
close(end);
sampleHeap();

const ruleFindings: Record<string, number> = {};
for (const f of report.findings) ruleFindings[f.rule] = (ruleFindings[f.rule] ?? 0) + 1;

if (dbOut) {
  // The same load again, kept open this time, so native sqlite3 can run the rules over identical tables.
  const data: LoadedData[] = [];
  for (const input of inputs) {
    const decoded = decodeBytes(input.bytes, undefined, Number.POSITIVE_INFINITY);
    if (!decoded.ok) continue;
    const validated = validateFile(input.name, parseCsv(decoded.text));
    if (validated.kind) data.push({ kind: validated.kind, file: input.name, rows: validated.rows });
  }
  const db = createDatabase(SQL, { exportable: true });
  loadDatabase(SQL, db, data, settings);
  writeFileSync(dbOut, db.export());
  db.close();
}

const result: NodeResult = {
  rows: report.files.reduce((n, f) => n + f.rows, 0),
  bytes: inputs.reduce((n, f) => n + f.bytes.length, 0),
  stages,
  slowestRules: [...ruleTimes].sort((a, b) => b[1] - a[1]).slice(0, 3),
  totalMs: end - start,
  cpuMs: (cpu.user + cpu.system) / 1000,
  findings: report.findings.length,
  findingsBytes: Buffer.byteLength(JSON.stringify(report.findings, null, 2)),
  errors: report.findings.filter((f) => f.severity === 'error').length,
  ruleFindings,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  peakHeapMB: peakHeap / 1024 / 1024,
};
console.log(JSON.stringify(result));
