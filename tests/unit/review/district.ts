/** A small generated district for the review's tests: each school's files as CSV bytes, by path. */
import { defaultSettings, schoolCalendar } from '../../../src/lib/ledger/index.ts';
import { generateSchool, type DefectName } from '../../../src/lib/ledger/sample/index.ts';
import { toCsv } from '../../../src/lib/ledger/export.ts';
import type { FileEntry } from '../../../src/lib/review/index.ts';

const settings = defaultSettings();
const semester = settings.semesters[0]!;
export const SCHOOL_DAYS = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);

export interface SchoolSpec {
  name: string;
  seed: number;
  days: number;
  defects?: DefectName[];
}

export const THREE_SCHOOLS: SchoolSpec[] = [
  { name: '明珠小学', seed: 1, days: 20 },
  { name: '东方小学', seed: 2, days: 25, defects: ['invalid-cell', 'person-double-booked'] },
  { name: '浦江中学', seed: 3, days: 15, defects: ['external-without-assistant', 'pay-report-missing-person'] },
];

export function schoolFiles(spec: SchoolSpec): { name: string; text: string }[] {
  const { files } = generateSchool({
    seed: spec.seed,
    schoolDays: SCHOOL_DAYS.slice(0, spec.days),
    periods: settings.periods,
    lessonMinutes: settings.lessonMinutes,
    semester: semester.name,
    rows: spec.days * 30,
    defects: spec.defects ?? [],
  });
  return Object.values(files).map((f) => ({ name: f.name, text: toCsv(f.header, f.rows) }));
}

const encoder = new TextEncoder();

/** `root/school/file.csv` for every school. */
export function districtEntries(specs: SchoolSpec[] = THREE_SCHOOLS, root = '浦东新区'): FileEntry[] {
  return specs.flatMap((s) => schoolFiles(s).map((f) => ({ path: `${root}/${s.name}/${f.name}`, bytes: encoder.encode(f.text) })));
}
