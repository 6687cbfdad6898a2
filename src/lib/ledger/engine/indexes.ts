/**
 * Indexes over the 台账 that some rules need, and tables of figures that several rules share. A rule names
 * the ones it needs (`LedgerRule.indexes`, `LedgerRule.tables`) and each is built the first time a rule
 * needs it, not while loading: the load stays short, and when the
 * page's two workers share the rules, each builds only what its own rules use.
 */
import type { Database } from 'sql.js';

export const LEDGER_INDEXES = {
  /** One session (日期, 时段, 班级或活动) and the people in it. */
  ledger_session: 'ledger (date, period, grp, staff_id)',
  /** One person's day; with the times and 课时, so that overlaps and a person's 课时 over a semester are read from the index alone. */
  ledger_person_day: 'ledger (staff_id, date, start_min, end_min, hours)',
  /** One venue's day, by session, with the times: rows without a venue (an optional column) are skipped by the index alone. */
  ledger_venue: 'ledger (venue, date, period, grp, start_min, end_min)',
} as const;

export type LedgerIndex = keyof typeof LEDGER_INDEXES;

/** Figures of the 台账 that several rules read, made in one pass instead of one pass per rule. */
export const LEDGER_TABLES = {
  /** Per school day: how many 服务类型 and 时段 it has, when its last session ends, and its first row. */
  ledger_daily: `SELECT date, MIN(file) AS file, MIN(row) AS row,
       COUNT(DISTINCT service_type) AS service_types, MAX(service_type) AS service_type,
       COUNT(DISTINCT period) AS periods, MIN(period) AS period, MAX(end_min) AS last_end
FROM ledger GROUP BY date`,
} as const;

export type LedgerTable = keyof typeof LEDGER_TABLES;

/** The SQL that builds an index or a table of figures, as run (and as the rules page shows it). */
export const prepareSql = (name: LedgerIndex | LedgerTable): string =>
  name in LEDGER_TABLES ? `CREATE TABLE IF NOT EXISTS ${name} AS\n${LEDGER_TABLES[name as LedgerTable]}` : `CREATE INDEX IF NOT EXISTS ${name} ON ${LEDGER_INDEXES[name as LedgerIndex]}`;

/** Builds what a rule needs before it runs: its indexes, then its tables of figures. */
export function prepareFor(db: Database, rule: { indexes?: readonly LedgerIndex[]; tables?: readonly LedgerTable[] }): void {
  for (const name of [...(rule.indexes ?? []), ...(rule.tables ?? [])]) db.run(prepareSql(name));
}
