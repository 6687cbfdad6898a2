/**
 * The reference: Debian's native sqlite3 on the same files. `.import --csv` of every CSV, and the
 * engine's own rule SQL over the same loaded tables (the database the engine built, saved to disk and
 * opened into memory).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { LEDGER_RULES } from '../../../src/lib/ledger/index.ts';
import { prepareSql } from '../../../src/lib/ledger/engine/indexes.ts';
import { ruleApplies } from '../../../src/lib/ledger/engine/run-rules.ts';
import type { FileKind } from '../../../src/lib/ledger/format/kinds.ts';

export const SQLITE3 = process.env.SQLITE3_PATH ?? '/usr/bin/sqlite3';

export interface NativeResult {
  importMs: number;
  rulesMs: number;
  /** User + system CPU time of import and rules together. */
  cpuMs: number;
  ruleFindings: Record<string, number>;
}

const TIME = '/usr/bin/time';

/** Runs sqlite3; wall time measured here, CPU time from /usr/bin/time when it is installed. */
function sqlite(args: string[], script: string): { ms: number; cpuMs: number; stdout: string } {
  const timed = existsSync(TIME);
  const [cmd, argv] = timed ? [TIME, ['-f', 'cpu %U %S', SQLITE3, ...args]] : [SQLITE3, args];
  const start = performance.now();
  const r = spawnSync(cmd, argv, { input: script, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`sqlite3 failed: ${r.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN, stdout: r.stdout };
}

const quote = (p: string) => `"${p.replaceAll('"', '""')}"`;

/** `loaded`: the kinds of file loaded; as in the engine, a rule runs only when it applies to them (needs, unless). */
export function nativeReference(csvFiles: string[], loadedDb: string, loaded: ReadonlySet<FileKind>): NativeResult | string {
  if (!existsSync(SQLITE3)) return `no ${SQLITE3}`;
  const imports = csvFiles.map((f, i) => `.import --csv ${quote(f)} raw_${i}`).join('\n');
  const imported = sqlite([':memory:'], `${imports}\n`);
  // Each rule with the 台账 indexes and tables of figures it names, built on first need, as the engine does; the database held
  // in memory (as sql.js holds it), not read page by page from the disk.
  const withIndexes = (sql: (r: (typeof LEDGER_RULES)[number]) => string) =>
    LEDGER_RULES.filter((r) => ruleApplies(r, loaded)).map((r) => `${[...(r.indexes ?? []), ...(r.tables ?? [])].map((name) => `${prepareSql(name)};\n`).join('')}${sql(r)}`).join('\n');
  const open = `.open --deserialize ${quote(loadedDb)}\nPRAGMA cache_size = -2097152;\nBEGIN;\n`;
  const ruled = sqlite([], `${open}.output /dev/null\n${withIndexes((r) => `${r.sql.trim()};`)}\n`);
  const counts = withIndexes((r) => `SELECT '${r.id}', COUNT(*) FROM (${r.sql.trim()});`);
  const ruleFindings: Record<string, number> = {};
  for (const line of sqlite(['-list'], `${open}${counts}\n`).stdout.trim().split('\n')) {
    const [id, n] = line.split('|');
    if (id && Number(n) > 0) ruleFindings[id] = Number(n);
  }
  return { importMs: imported.ms, rulesMs: ruled.ms, cpuMs: imported.cpuMs + ruled.cpuMs, ruleFindings };
}
