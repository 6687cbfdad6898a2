/**
 * Indexes over the 台账 that some rules need. A rule names the ones it needs (`LedgerRule.indexes`) and
 * each is built the first time a rule needs it, not while loading: the load stays short, and when the
 * page's two workers share the rules, each builds only what its own rules use.
 */
import type { Database } from 'sql.js';

export const LEDGER_INDEXES = {
  /** One session (日期, 时段, 班级或活动) and the people in it. */
  ledger_session: 'ledger (date, period, grp, staff_id)',
  /** One person's day; with the times and 课时, so that overlaps and a person's 课时 over a semester are read from the index alone. */
  ledger_person_day: 'ledger (staff_id, date, start_min, end_min, hours)',
  /** One venue's day, by session, with the times (as above). */
  ledger_venue: 'ledger (date, venue, grp, start_min, end_min)',
} as const;

export type LedgerIndex = keyof typeof LEDGER_INDEXES;

export function ensureIndexes(db: Database, names: readonly LedgerIndex[]): void {
  for (const name of names) db.run(`CREATE INDEX IF NOT EXISTS ${name} ON ${LEDGER_INDEXES[name]}`);
}
