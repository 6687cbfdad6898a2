/**
 * A generated district on disk: `count` schools, one folder each, one semester of ≈`rows` 台账 rows per
 * school with a few planted defects (different ones per school), written by the ledger bench's streaming
 * writer. Reused when a previous run left the same district (a marker file names its parameters).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultSettings, schoolCalendar } from '../../../src/lib/ledger/index.ts';
import { DEFECT_NAMES, prng } from '../../../src/lib/ledger/sample/index.ts';
import { writeSchool } from '../ledger/write-school.ts';

export interface District {
  dir: string;
  schools: string[];
  rows: number;
  generatedMs: number | null;
}

const settings = defaultSettings();
const semester = settings.semesters[0]!;
const schoolDays = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);

export const schoolName = (i: number) => `第${String(i + 1).padStart(3, '0')}学校`;

export function writeDistrict(dir: string, count: number, rows: number, defectsPerSchool = 3): District {
  const marker = path.join(dir, '.district.json');
  const params = JSON.stringify({ count, rows, defectsPerSchool, version: 1 });
  const schools = Array.from({ length: count }, (_, i) => schoolName(i));
  if (existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as { params: string; rows: number };
    if (saved.params === params) return { dir, schools, rows: saved.rows, generatedMs: null };
  }
  rmSync(dir, { recursive: true, force: true });
  const start = performance.now();
  let total = 0;
  schools.forEach((name, i) => {
    const random = prng(1000 + i);
    const defects = Array.from({ length: defectsPerSchool }, () => DEFECT_NAMES[Math.floor(random() * DEFECT_NAMES.length)]!);
    const written = writeSchool(path.join(dir, name), {
      seed: 1000 + i,
      schoolDays,
      periods: settings.periods,
      lessonMinutes: settings.lessonMinutes,
      semester: semester.name,
      rows,
      defects: [...new Set(defects)],
    });
    total += written.ledgerRows;
  });
  writeFileSync(marker, JSON.stringify({ params, rows: total }));
  return { dir, schools, rows: total, generatedMs: performance.now() - start };
}
