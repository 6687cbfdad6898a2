/**
 * The reference: Debian's native sqlite3 on the same files. `.import --csv` of every CSV, and the
 * engine's own rule SQL over the same loaded tables (the database the engine built, saved to disk).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { LEDGER_RULES } from '../../../src/lib/ledger/index.ts';

export const SQLITE3 = process.env.SQLITE3_PATH ?? '/usr/bin/sqlite3';

export interface NativeResult {
  importMs: number;
  rulesMs: number;
  ruleFindings: Record<string, number>;
}

function sqlite(args: string[], script: string): { ms: number; stdout: string } {
  const start = performance.now();
  const r = spawnSync(SQLITE3, args, { input: script, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`sqlite3 failed: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

const quote = (p: string) => `"${p.replaceAll('"', '""')}"`;

export function nativeReference(csvFiles: string[], loadedDb: string): NativeResult | string {
  if (!existsSync(SQLITE3)) return `no ${SQLITE3}`;
  const imports = csvFiles.map((f, i) => `.import --csv ${quote(f)} raw_${i}`).join('\n');
  const importMs = sqlite([':memory:'], `${imports}\n`).ms;
  const rules = LEDGER_RULES.map((r) => `${r.sql.trim()};`).join('\n');
  const rulesMs = sqlite(['-readonly', loadedDb], `.output /dev/null\n${rules}\n`).ms;
  const counts = LEDGER_RULES.map((r) => `SELECT '${r.id}', COUNT(*) FROM (${r.sql.trim()});`).join('\n');
  const ruleFindings: Record<string, number> = {};
  for (const line of sqlite(['-readonly', '-list', loadedDb], counts).stdout.trim().split('\n')) {
    const [id, n] = line.split('|');
    if (id && Number(n) > 0) ruleFindings[id] = Number(n);
  }
  return { importMs, rulesMs, ruleFindings };
}
