/**
 * The figures the 学段中心 compares across schools, read by SQL from the tables the ledger check has
 * just loaded (its `onLoaded` hook), so they count exactly the rows the rules saw: rows that failed
 * validation are in the findings, not in these sums. 课时 in hundredths, money in 分, as the engine stores them.
 */
import type { Database } from 'sql.js';
import type { FileKind } from '../ledger/format/kinds.ts';

export interface SemesterFigures {
  /** The 学期 of the school's settings ('' for dates outside every semester). */
  name: string;
  hours: number;
  externalHours: number;
  /** From 报酬统计 rows with this 学期 label; null when the school sent no 报酬统计 for it. */
  payFen: number | null;
  payHours: number | null;
}

export interface Person {
  staffId: string;
  name: string;
  external: boolean;
  hours: number;
}

export interface SchoolFigures {
  months: string[];
  dates: string[];
  people: Person[];
  semesters: SemesterFigures[];
}

function rows(db: Database, sql: string): unknown[][] {
  return db.exec(sql)[0]?.values ?? [];
}

export function readFigures(db: Database, loaded: ReadonlySet<FileKind>): SchoolFigures {
  const hasLedger = loaded.has('ledger');
  const months = hasLedger ? rows(db, 'SELECT DISTINCT substr(date, 1, 7) FROM ledger ORDER BY 1').map((r) => String(r[0])) : [];
  const dates = hasLedger ? rows(db, 'SELECT DISTINCT date FROM ledger ORDER BY 1').map((r) => String(r[0])) : [];
  const people = hasLedger
    ? rows(db, 'SELECT staff_id, MIN(name), MAX(is_external), SUM(hours) FROM ledger GROUP BY staff_id ORDER BY staff_id').map((r) => ({
        staffId: String(r[0]),
        name: String(r[1]),
        external: Number(r[2]) === 1,
        hours: Number(r[3]),
      }))
    : [];
  const bySemester = new Map<string, SemesterFigures>();
  const semester = (name: string) => {
    let s = bySemester.get(name);
    if (!s) bySemester.set(name, (s = { name, hours: 0, externalHours: 0, payFen: null, payHours: null }));
    return s;
  };
  if (hasLedger) {
    for (const [name, hours, external] of rows(
      db,
      'SELECT COALESCE(c.semester, \'\'), SUM(l.hours), SUM(CASE WHEN l.is_external = 1 THEN l.hours ELSE 0 END) FROM ledger l LEFT JOIN calendar c ON c.date = l.date GROUP BY 1',
    )) {
      const s = semester(String(name));
      s.hours = Number(hours);
      s.externalHours = Number(external);
    }
  }
  if (loaded.has('payReport')) {
    for (const [name, amount, hours] of rows(db, 'SELECT semester, SUM(amount), SUM(hours) FROM pay_report GROUP BY semester')) {
      const s = semester(String(name));
      s.payFen = Number(amount);
      s.payHours = Number(hours);
    }
  }
  const semesters = [...bySemester.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { months, dates, people, semesters };
}
