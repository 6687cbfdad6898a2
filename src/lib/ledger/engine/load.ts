/**
 * Loads validated rows into one in-memory SQLite database (sql.js): a table per file kind, plus
 * the school calendar, the settings, and the per-person monthly totals that the 月度汇总 rules
 * share. Inserts are multi-row prepared statements inside one transaction (bulk-insert.ts).
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { FILE_KINDS, type FileKind } from '../format/kinds.ts';
import { INTERNAL_STAFF } from '../../policy/vocabulary.ts';
import { parseDateList, timeToMinutes } from '../format/fields.ts';
import type { RowOf } from '../format/schemas.ts';
import type { ValidRow } from '../format/validate.ts';
import { schoolCalendar, type LedgerSettings } from '../settings.ts';
import { currentSchoolYear, effectiveSemesters, parseSemesterName } from '../../calendar/index.ts';
import { insertRows } from './bulk-insert.ts';

interface TableSpec<K extends FileKind> {
  columns: string[];
  values: (file: string, row: number, v: RowOf<K>) => SqlValue[];
}

const TABLES: { [K in FileKind]: TableSpec<K> } = {
  ledger: {
    columns: ['file', 'row', 'date', 'period', 'start_min', 'end_min', 'grp', 'service_type', 'category', 'content', 'venue', 'students', 'staff_id', 'name', 'staff_type', 'is_external', 'role', 'hours'],
    values: (file, row, v) => [file, row, v.date, v.period, v.start, v.end, v.group, v.serviceType, v.category, v.content, v.venue, v.students, v.staffId, v.name, v.staffType, v.staffType === INTERNAL_STAFF ? 0 : 1, v.role, v.hours],
  },
  monthlySummary: {
    columns: ['file', 'row', 'month', 'staff_id', 'name', 'dates', 'date_count', 'days', 'hours'],
    values: (file, row, v) => {
      const dates = parseDateList(v.dates, v.month) ?? [];
      return [file, row, v.month, v.staffId, v.name, dates.join(','), dates.length, v.days, v.hours];
    },
  },
  monthlyDisclosure: {
    columns: ['file', 'row', 'month', 'staff_id', 'name', 'hours'],
    values: (file, row, v) => [file, row, v.month, v.staffId, v.name, v.hours],
  },
  semesterDisclosure: {
    columns: ['file', 'row', 'semester', 'staff_id', 'name', 'hours', 'amount'],
    values: (file, row, v) => [file, row, v.semester, v.staffId, v.name, v.hours, v.amount],
  },
  payReport: {
    columns: ['file', 'row', 'semester', 'staff_id', 'name', 'hours', 'amount'],
    values: (file, row, v) => [file, row, v.semester, v.staffId, v.name, v.hours, v.amount],
  },
  externalRoster: {
    columns: ['file', 'row', 'staff_id', 'name', 'staff_type', 'org', 'degree_checked', 'certificate_checked', 'record_check', 'health_checked', 'vetted_on'],
    values: (file, row, v) => [file, row, v.staffId, v.name, v.staffType, v.org, v.degreeChecked, v.certificateChecked, v.recordCheck, v.healthChecked, v.vettedOn],
  },
  classRoster: {
    columns: ['file', 'row', 'grp', 'students'],
    values: (file, row, v) => [file, row, v.group, v.students],
  },
};

/** Indexes over the small files; the 台账's own are built when a rule needs them (indexes.ts). */
const INDEXES = [
  'CREATE INDEX summary_key ON monthly_summary (month, staff_id)',
  'CREATE INDEX disclosure_key ON monthly_disclosure (month, staff_id)',
  'CREATE INDEX semester_disclosure_key ON semester_disclosure (semester, staff_id)',
  'CREATE INDEX pay_report_key ON pay_report (semester, staff_id)',
  'CREATE INDEX roster_staff ON external_roster (staff_id)',
  'CREATE INDEX class_roster_grp ON class_roster (grp)',
];

/**
 * Per person and month: days with records, 课时 and the dates, as the 月度汇总 rules compare them.
 * Summed here while the rows are at hand: as SQL (GROUP BY over the whole 台账) it cost a third of the load.
 */
function monthlyTotals(data: LoadedData[]): SqlValue[][] {
  const totals = new Map<string, { month: string; staffId: string; name: string; file: string; hours: number; dates: Set<string> }>();
  for (const { kind, file, rows } of data) {
    if (kind !== 'ledger') continue;
    for (const { value } of rows) {
      const v = value as RowOf<'ledger'>;
      const month = v.date.slice(0, 7);
      const key = `${month}\u0000${v.staffId}`;
      let t = totals.get(key);
      if (!t) totals.set(key, (t = { month, staffId: v.staffId, name: v.name, file, hours: 0, dates: new Set() }));
      t.hours += v.hours;
      t.dates.add(v.date);
    }
  }
  return [...totals.values()].map((t) => {
    const dates = [...t.dates].sort();
    return [t.month, t.staffId, t.name, t.file, dates.length, t.hours, dates.join(',')];
  });
}

export interface LoadedData {
  kind: FileKind;
  file: string;
  rows: ValidRow[];
}

/** Enough cache for every page of a 1M-row 台账 (the cache grows only as pages are used). */
export const CACHE_ALL_PAGES = 'PRAGMA cache_size = -2097152';

/**
 * `exportable`: tables in the main database, which `db.export()` can copy (for the helper worker).
 * Otherwise TEMP tables, whose pages never go through sql.js's in-memory file: its file grows by
 * 12.5% at a time, so writing 30 MB there at COMMIT costs 60–250 ms that a lone engine can skip.
 */
export function createDatabase(SQL: SqlJsStatic, { exportable = false } = {}): Database {
  const table = exportable ? 'CREATE TABLE' : 'CREATE TEMP TABLE';
  const db = new SQL.Database();
  // A throwaway in-memory database that is never rolled back: no journal to keep. All pages stay in
  // SQLite's cache (sql.js keeps the file in JS memory; every page read through it is a copy), and
  // large pages make the write at COMMIT and the copy for the helper worker (db.export()) a few big copies.
  db.run(`PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; ${CACHE_ALL_PAGES}`);
  for (const [kind, spec] of Object.entries(TABLES) as [FileKind, TableSpec<FileKind>][]) {
    db.run(`${table} ${FILE_KINDS[kind].table} (${spec.columns.join(', ')})`);
  }
  db.run(`${table} calendar (date TEXT PRIMARY KEY, school_day INTEGER, semester TEXT, closed TEXT)`);
  db.run(`${table} semesters (name TEXT, start TEXT, "end" TEXT)`);
  db.run(`${table} periods (name TEXT, start_min INTEGER, end_min INTEGER)`);
  db.run(`${table} settings (key TEXT PRIMARY KEY, value)`);
  db.run(`${table} ledger_monthly (month TEXT, staff_id TEXT, name TEXT, file TEXT, days INTEGER, hours INTEGER, dates TEXT, PRIMARY KEY (month, staff_id))`);
  return db;
}

/**
 * The semesters the rules compare with: the settings' own plus the published or inferred terms of every
 * school year the 台账's dates or the files' 学期 labels name, so a 学期 like 2026-2027学年第一学期 is known.
 */
function semestersInPlay(data: LoadedData[], settings: LedgerSettings, ledgerDates: string[]) {
  const years: number[] = [];
  for (const d of ledgerDates.length > 0 ? [ledgerDates.reduce((a, b) => (a < b ? a : b)), ledgerDates.reduce((a, b) => (a > b ? a : b))] : []) years.push(currentSchoolYear(d));
  for (const { kind, rows } of data) {
    if (kind !== 'payReport' && kind !== 'semesterDisclosure') continue;
    for (const { value } of rows) {
      const named = parseSemesterName((value as RowOf<'payReport'>).semester);
      if (named) years.push(named.year);
    }
  }
  if (years.length === 0) return settings.semesters;
  return effectiveSemesters(settings.semesters, Math.min(...years), Math.max(...years));
}

/** Loads every file's rows, the calendar over the ledger's dates, and the settings; then indexes. */
export function loadDatabase(SQL: SqlJsStatic, db: Database, data: LoadedData[], settings: LedgerSettings): void {
  const insertAll = (table: string, columns: string[], rows: SqlValue[][]) => insertRows(SQL, db, table, columns, rows);
  db.run('BEGIN');
  for (const { kind, file, rows } of data) {
    const spec = TABLES[kind] as TableSpec<FileKind>;
    insertAll(FILE_KINDS[kind].table, spec.columns, rows.map((r) => spec.values(file, r.row, r.value)));
  }
  const dates = data.filter((d) => d.kind === 'ledger').flatMap((d) => d.rows.map((r) => (r.value as RowOf<'ledger'>).date));
  if (dates.length > 0) {
    let from = dates[0]!;
    let to = dates[0]!;
    for (const d of dates) {
      if (d < from) from = d;
      if (d > to) to = d;
    }
    const calendar = schoolCalendar(settings, from, to);
    insertAll('calendar', ['date', 'school_day', 'semester', 'closed'], calendar.map((c) => [c.date, c.schoolDay ? 1 : 0, c.semester, c.closed]));
  }
  insertAll('semesters', ['name', 'start', '"end"'], semestersInPlay(data, settings, dates).map((s) => [s.name, s.start, s.end]));
  insertAll('periods', ['name', 'start_min', 'end_min'], settings.periods.map((p) => [p.name, timeToMinutes(p.start), timeToMinutes(p.end)]));
  insertAll('settings', ['key', 'value'], [
    ['parents_off_work', timeToMinutes(settings.parentsOffWork)],
    ['duty_roster', settings.dutyRoster ? 1 : 0],
    ['external_share_max', settings.externalShareMax],
    ['lesson_minutes', settings.lessonMinutes],
    ['fund_fen', settings.fundFen ?? null],
  ]);
  insertAll('ledger_monthly', ['month', 'staff_id', 'name', 'file', 'days', 'hours', 'dates'], monthlyTotals(data));
  for (const sql of INDEXES) db.run(sql);
  db.run('COMMIT');
}
