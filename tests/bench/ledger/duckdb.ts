/**
 * DuckDB as a second reference (the tool a data analyst would reach for): the tables the engine loaded,
 * copied into an in-memory DuckDB, and each rule's own SQL (with the indexes and tables of figures it
 * names) run there where DuckDB accepts it. The same accepted rules are timed in sql.js on the same
 * tables, so the ratio compares like with like. `@duckdb/node-api` is bench-only (tests/bench/package.json).
 */
import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { LEDGER_RULES } from '../../../src/lib/ledger/index.ts';
import { prepareSql } from '../../../src/lib/ledger/indexes.ts';

export interface DuckResult {
  copyMs: number;
  /** Rules DuckDB ran, and the time DuckDB and sql.js took over those rules (with their preparations). */
  accepted: string[];
  rejected: { id: string; reason: string }[];
  duckMs: number;
  sqljsMs: number;
  /** Rules whose number of findings differs between DuckDB and sql.js. */
  differing: string[];
}

type Value = number | string | Uint8Array | null;

export async function duckdbReference(loadedDb: string): Promise<DuckResult | string> {
  let duck: typeof import('@duckdb/node-api');
  try {
    duck = await import('@duckdb/node-api');
  } catch {
    return 'DuckDB not installed (npm run bench installs tests/bench/package.json)';
  }
  const SQL = await initSqlJs();
  const source = new SQL.Database(readFileSync(loadedDb));
  const instance = await duck.DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const copyStart = performance.now();
    const tables = source.exec("SELECT name FROM sqlite_master WHERE type = 'table'")[0]?.values.map((r) => String(r[0])) ?? [];
    for (const table of tables) {
      const result = source.exec(`SELECT * FROM "${table}"`)[0];
      const columns = source.exec(`PRAGMA table_info("${table}")`)[0]!.values.map((r) => String(r[1]));
      const rows = (result?.values ?? []) as Value[][];
      // SQLite's columns are untyped: a column of whole numbers is BIGINT, of other numbers DOUBLE, else text.
      const types = columns.map((_, c) => {
        const values = rows.map((r) => r[c]).filter((v) => v !== null);
        if (values.length > 0 && values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'BIGINT';
        if (values.length > 0 && values.every((v) => typeof v === 'number')) return 'DOUBLE';
        return 'VARCHAR';
      });
      await conn.run(`CREATE TABLE "${table}" (${columns.map((c, i) => `"${c}" ${types[i]}`).join(', ')})`);
      const appender = await conn.createAppender(table);
      for (const row of rows) {
        row.forEach((v, i) => {
          if (v === null) appender.appendNull();
          else if (types[i] === 'BIGINT') appender.appendBigInt(BigInt(v as number));
          else if (types[i] === 'DOUBLE') appender.appendDouble(v as number);
          else appender.appendVarchar(String(v));
        });
        appender.endRow();
      }
      appender.closeSync();
    }
    const copyMs = performance.now() - copyStart;

    const accepted: string[] = [];
    const rejected: { id: string; reason: string }[] = [];
    const differing: string[] = [];
    const duckCounts = new Map<string, number>();
    let duckMs = 0;
    const prepared = new Set<string>();
    for (const rule of LEDGER_RULES) {
      const start = performance.now();
      try {
        for (const name of [...(rule.indexes ?? []), ...(rule.tables ?? [])]) {
          if (prepared.has(name)) continue;
          prepared.add(name);
          // An index DuckDB does not take is no loss: it scans; a table of figures it cannot make fails the rule below.
          await conn.run(prepareSql(name)).catch(() => undefined);
        }
        const reader = await conn.runAndReadAll(rule.sql);
        duckCounts.set(rule.id, reader.getRows().length);
        duckMs += performance.now() - start;
        accepted.push(rule.id);
      } catch (error) {
        rejected.push({ id: rule.id, reason: String(error instanceof Error ? error.message : error).split('\n')[0]!.slice(0, 120) });
      }
    }

    // sql.js over the same tables and the same accepted rules, preparations built on first need as in the engine.
    source.run('BEGIN');
    const built = new Set<string>();
    let sqljsMs = 0;
    for (const rule of LEDGER_RULES) {
      if (!duckCounts.has(rule.id)) continue;
      const start = performance.now();
      for (const name of [...(rule.indexes ?? []), ...(rule.tables ?? [])]) {
        if (built.has(name)) continue;
        built.add(name);
        source.run(prepareSql(name));
      }
      const n = source.exec(rule.sql)[0]?.values.length ?? 0;
      sqljsMs += performance.now() - start;
      if (n !== duckCounts.get(rule.id)) differing.push(`${rule.id} (sql.js ${n}, DuckDB ${duckCounts.get(rule.id)})`);
    }
    return { copyMs, accepted, rejected, duckMs, sqljsMs, differing };
  } finally {
    conn.closeSync();
    instance.closeSync();
    source.close();
  }
}
