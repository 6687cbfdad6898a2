/**
 * Changes to a plan that keep its parts consistent, out of the components: removing a 时段 renumbers
 * the timetable, a cell is set or cleared by day and 时段. Each mutates the draft it is given (the
 * page passes a copy).
 */
import { MAX_PERIODS, SEMESTERS, gradesOf } from './schema.ts';
import type { Cell, Day, Partner, Plan } from './schema.ts';

/** Removes the i-th 时段: its cells go, later 时段 move up one place and their cells follow them. */
export function removePeriod(plan: Plan, index: number): void {
  if (index < 0 || index >= plan.periods.length) return;
  plan.periods.splice(index, 1);
  for (const g of plan.timetable)
    g.cells = g.cells.filter((c) => c.period !== index).map((c) => (c.period > index ? { ...c, period: c.period - 1 } : c));
}

/** Adds a 时段 starting when the last one ends; no more than MAX_PERIODS. */
export function addPeriod(plan: Plan): void {
  if (plan.periods.length >= MAX_PERIODS) return;
  plan.periods.push({ start: plan.periods.at(-1)?.end ?? '', end: '' });
}

/** Sets, changes or (with undefined) clears a grade's cell for a day and 时段. */
export function setCell(plan: Plan, gradeIndex: number, day: Day, period: number, change: (c: Cell | undefined) => Cell | undefined): void {
  const g = plan.timetable[gradeIndex];
  if (!g) return;
  const i = g.cells.findIndex((c) => c.day === day && c.period === period);
  const next = change(i >= 0 ? g.cells[i] : undefined);
  if (i >= 0) {
    if (next) g.cells[i] = next;
    else g.cells.splice(i, 1);
  } else if (next) g.cells.push(next);
}

/** The grades of the school's stage that have no table yet, in order. */
export function missingGrades(plan: Plan): string[] {
  return gradesOf(plan.school.stage).filter((g) => !plan.timetable.some((t) => t.grade === g));
}

/** Adds the next missing grade, starting from a copy of the last grade's week. */
export function addGrade(plan: Plan): void {
  plan.timetable.push({ grade: missingGrades(plan)[0] ?? '', cells: structuredClone(plan.timetable.at(-1)?.cells ?? []) });
}

export function copyPreviousGrade(plan: Plan, gradeIndex: number): void {
  const previous = plan.timetable[gradeIndex - 1];
  const g = plan.timetable[gradeIndex];
  if (previous && g) g.cells = structuredClone(previous.cells);
}

/** Adds a round of 意愿征询 in the first semester that has none. */
export function addConsultation(plan: Plan): void {
  const taken = new Set(plan.consultation.rounds.map((r) => r.semester));
  plan.consultation.rounds.push({ semester: SEMESTERS.find((s) => !taken.has(s)) ?? '第一学期', date: '', method: '' });
}

export function emptyPartner(): Partner {
  return {
    name: '',
    kind: '校外专业人员',
    organization: '',
    activity: '',
    vetting: { education: false, certificate: false, criminalRecord: false, health: false },
    assistant: '',
  };
}
