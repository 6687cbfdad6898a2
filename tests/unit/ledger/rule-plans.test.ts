/**
 * Query plans: with only the 台账 indexes a rule names, SQLite must never scan the 台账 once per row of
 * something else (a scan inside a join or a correlated subquery), nor build an automatic index on it.
 * Such a plan is quadratic: seconds at 100k rows. And every index a rule names must be used by its plan.
 * (A small table in the outer loop would make such a scan harmless, but the rules do without it.)
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings, LEDGER_RULES, prepareCheck } from '../../../src/lib/ledger/index.ts';
import { LEDGER_INDEXES, LEDGER_TABLES, prepareFor } from '../../../src/lib/ledger/engine/indexes.ts';
import { sampleSet } from '../../../src/lib/ledger/sample/downloads.ts';
import { bytes, sql } from './helpers.ts';

const NOT_ALIASES = new Set(['not', 'where', 'group', 'order', 'join', 'on', 'left', 'inner', 'cross', 'using', 'limit', 'window', 'union']);

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** Names under which the SQL reads the 台账: `ledger` and its aliases. */
export function ledgerAliases(sqlText: string): Set<string> {
  const names = new Set(['ledger']);
  for (const m of sqlText.matchAll(/\bledger\s+(?:AS\s+)?(\w+)/gi)) {
    if (!NOT_ALIASES.has(m[1]!.toLowerCase())) names.add(m[1]!);
  }
  return names;
}

/** The plan rows that read the 台账 once per row of something else. */
export function quadraticSteps(plan: PlanRow[], aliases: Set<string>): string[] {
  const byId = new Map(plan.map((r) => [r.id, r]));
  const isLoop = (r: PlanRow) => /^(SCAN|SEARCH) /.test(r.detail);
  const correlated = (r: PlanRow): boolean => {
    for (let p = byId.get(r.parent); p; p = byId.get(p.parent)) {
      if (p.detail.startsWith('MATERIALIZE')) return false; // computed once, wherever it is used
      if (p.detail.startsWith('CORRELATED')) return true;
    }
    return false;
  };
  const bad: string[] = [];
  for (const row of plan) {
    const m = /^(SCAN|SEARCH) (\w+)/.exec(row.detail);
    if (!m || !aliases.has(m[2]!)) continue;
    if (row.detail.includes('AUTOMATIC')) {
      bad.push(row.detail);
      continue;
    }
    if (m[1] !== 'SCAN') continue;
    const firstLoop = plan.find((r) => r.parent === row.parent && isLoop(r));
    if (firstLoop !== row || correlated(row)) bad.push(row.detail);
  }
  return bad;
}

async function sampleDb() {
  const inputs = sampleSet('planted-errors')
    .filter((f) => f.name.endsWith('.csv'))
    .map(({ name, text }) => ({ name, bytes: bytes(text) }));
  return prepareCheck(inputs, defaultSettings(), { SQL: await sql() });
}

function planOf(db: import('sql.js').Database, sqlText: string): PlanRow[] {
  return (db.exec(`EXPLAIN QUERY PLAN ${sqlText}`)[0]?.values ?? []).map(([id, parent, , detail]) => ({ id: Number(id), parent: Number(parent), detail: String(detail) }));
}

describe('rule query plans', async () => {
  const { db } = await sampleDb();

  it.each(LEDGER_RULES.map((r) => [r.id, r] as const))('%s: no scan of the 台账 per row, and its named indexes and tables are used', (_, rule) => {
    for (const name of Object.keys(LEDGER_INDEXES)) db.run(`DROP INDEX IF EXISTS ${name}`);
    for (const name of Object.keys(LEDGER_TABLES)) db.run(`DROP TABLE IF EXISTS ${name}`);
    prepareFor(db, rule);
    const plan = planOf(db, rule.sql);
    expect(quadraticSteps(plan, ledgerAliases(rule.sql))).toEqual([]);
    for (const name of [...(rule.indexes ?? []), ...(rule.tables ?? [])]) expect(plan.map((r) => r.detail).join('\n')).toContain(name);
  });

  it('the check itself catches a quadratic plan (a correlated scan and an automatic index)', () => {
    for (const name of Object.keys(LEDGER_INDEXES)) db.run(`DROP INDEX IF EXISTS ${name}`);
    const correlatedScan = 'SELECT l.row FROM ledger l WHERE NOT EXISTS (SELECT 1 FROM ledger a WHERE a.date = l.date AND a.row <> l.row)';
    expect(quadraticSteps(planOf(db, correlatedScan), ledgerAliases(correlatedScan)).length).toBeGreaterThan(0);
    const selfJoin = 'SELECT a.row FROM ledger a JOIN ledger b ON a.staff_id = b.staff_id AND a.date = b.date AND a.row < b.row';
    expect(quadraticSteps(planOf(db, selfJoin), ledgerAliases(selfJoin)).length).toBeGreaterThan(0);
    prepareFor(db, { indexes: ['ledger_person_day'] });
    expect(quadraticSteps(planOf(db, selfJoin), ledgerAliases(selfJoin))).toEqual([]);
  });
});
