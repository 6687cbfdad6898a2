/**
 * The sample school turned into files: its 台账 one school day at a time with the day-defects planted
 * (`ledgerDays`, so a million rows can be streamed to disk), and the files that must agree with it
 * (月度汇总, 工作量公示, 学期公示, 报酬统计, 校外人员名册, 班级名册) with the file-defects planted.
 * A clean school breaks no rule. Samples, fixtures, tests and the benchmark all use it.
 */
import { createSummaryAccumulator, monthlySummaryCells, disclosureCells } from '../summaries/summarize.ts';
import { FILE_NAMES } from '../format/file-names.ts';
import { addDays, cleanDay, FILE_HEADERS, ledgerCells, periodCountOn, planSchool, type FileName, type GenerateOptions, type LedgerRecord, type School } from './school.ts';
import { DEFECTS, type Defect, type DefectName } from './defects/index.ts';

/** Which school day each day-defect lands on: from the 2nd day on, one defect a day, on a day with every 时段. */
export function defectDays(school: School): Map<number, DefectName> {
  const out = new Map<number, DefectName>();
  const days = school.options.schoolDays;
  const schoolDays = new Set(days);
  const fits = (name: DefectName, k: number) =>
    name === 'session-on-non-school-day'
      ? !schoolDays.has(addDays(days[k]!, 1))
      : periodCountOn(school, days[k]!) === school.options.periods.length;
  for (const name of (school.options.defects ?? []).filter((d) => 'day' in DEFECTS[d])) {
    let k = 1;
    while (k < days.length && (out.has(k) || !fits(name, k))) k++;
    if (k >= days.length) throw new Error(`the school days are too few to plant ${name}`);
    out.set(k, name);
  }
  return out;
}

/** The 台账, one school day at a time, with the day-defects planted. */
export function* ledgerDays(school: School): Generator<LedgerRecord[]> {
  const planted = defectDays(school);
  for (let d = 0; d < school.options.schoolDays.length; d++) {
    const rows = cleanDay(school, d);
    const defect = planted.get(d);
    const plant = defect ? (DEFECTS[defect] as Defect).day : undefined;
    yield plant ? plant(rows, { school, dayIndex: d, date: school.options.schoolDays[d]! }) : rows;
  }
}

/** Everything but the 台账, computed from the 台账 (via `summary`) and the school, then file-defects planted. */
export function companionFiles(school: School, summary: ReturnType<typeof createSummaryAccumulator>): Record<Exclude<FileName, 'ledger'>, string[][]> {
  const { semester, ratePerHour = 85 } = school.options;
  const totals = summary.semester(ratePerHour);
  const files = {
    ledger: [] as string[][],
    monthlySummary: monthlySummaryCells(summary.monthly()),
    monthlyDisclosure: disclosureCells(summary.disclosure()),
    semesterDisclosure: totals.map((t) => [semester, t.staffId, t.name, t.hours, t.pay]),
    payReport: totals.map((t) => [semester, t.staffId, t.name, t.hours, t.pay]),
    externalRoster: school.externals.map((p) => [p.staffId, p.name, p.staffType, p.unit, '是', '是', '无记录', '是', addDays(school.options.schoolDays[0]!, -14)]),
    classRoster: [...school.classes, ...school.activities].map((g) => [g.name, String(g.roster)]),
  };
  for (const name of school.options.defects ?? []) {
    const plant = (DEFECTS[name] as Defect).files;
    if (plant) plant({ school, files });
  }
  const { ledger: _ledger, ...rest } = files;
  return rest;
}

export interface GeneratedSchool {
  school: School;
  files: Record<FileName, { name: string; header: readonly string[]; rows: string[][] }>;
}

/** A whole school in memory: for samples, fixtures and tests (use `ledgerDays` for big runs). */
export function generateSchool(options: GenerateOptions): GeneratedSchool {
  const school = planSchool(options);
  const summary = createSummaryAccumulator();
  const ledger: string[][] = [];
  for (const day of ledgerDays(school)) {
    for (const r of day) {
      summary.add(r);
      ledger.push(ledgerCells(r));
    }
  }
  const rest = companionFiles(school, summary);
  const all = { ledger, ...rest } as Record<FileName, string[][]>;
  const files = Object.fromEntries(
    (Object.keys(FILE_NAMES) as FileName[]).map((k) => [k, { name: FILE_NAMES[k], header: FILE_HEADERS[k], rows: all[k] }]),
  ) as GeneratedSchool['files'];
  return { school, files };
}
