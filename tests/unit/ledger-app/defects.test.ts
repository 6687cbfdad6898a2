import { describe, expect, it } from 'vitest';
import initSqlJs from 'sql.js';
import { checkLedgerFiles, defaultSettings, schoolCalendar } from '../../../src/lib/ledger/index.ts';
import { DEFECTS, DEFECT_NAMES, generateSchool, type DefectName, type GenerateOptions } from '../../../src/lib/ledger/sample/index.ts';
import { toCsv } from '../../../src/lib/ledger/export.ts';
import type { LedgerCheckId } from '../../../src/lib/ledger/check-ids.ts';
import { SAMPLE_OPTIONS } from '../../../src/lib/ledger/sample/downloads.ts';

const SQL = await initSqlJs();
const settings = defaultSettings();
const encoder = new TextEncoder();

async function ruleIds(options: GenerateOptions): Promise<string[]> {
  const { files } = generateSchool(options);
  const inputs = Object.values(files).map((f) => ({ name: f.name, bytes: encoder.encode(toCsv(f.header, f.rows)) }));
  const report = await checkLedgerFiles(inputs, settings, { SQL });
  return [...new Set(report.findings.map((f) => f.rule))].sort();
}

/** Rules that fire besides the defect's own (DEFECTS[name].rule), because of what the defect changes. */
const ALSO: Partial<Record<DefectName, LedgerCheckId[]>> = {
  // A row with an invalid cell is left out of the loaded 台账, so its 课时 no longer add up in the summary.
  'invalid-cell': ['monthly-summary.hours-mismatch'],
  // One 时段 ends the day early.
  'single-period-day': ['ledger.ends-before-parents'],
  'monthly-summary-dates-wrong': ['monthly-summary.days-mismatch'],
};

const semester = settings.semesters[0]!;
const WHOLE_SEMESTER: GenerateOptions = {
  ...SAMPLE_OPTIONS,
  semester: semester.name,
  classes: 2,
  schoolDays: schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date),
};

describe('the engine on generated schools', () => {
  it('finds nothing at all in a clean school-month or a clean whole semester', async () => {
    expect(await ruleIds(SAMPLE_OPTIONS)).toEqual([]);
    expect(await ruleIds({ ...SAMPLE_OPTIONS, seed: 99, classes: 13 })).toEqual([]);
    expect(await ruleIds(WHOLE_SEMESTER)).toEqual([]);
  });

  it.each(DEFECT_NAMES)('finds exactly the rules for the planted defect %s (its own rule and what it also changes)', async (name) => {
    const base = name === 'semester-hours-differ-from-ledger' ? WHOLE_SEMESTER : SAMPLE_OPTIONS;
    expect(await ruleIds({ ...base, defects: [name] })).toEqual([DEFECTS[name].rule, ...(ALSO[name] ?? [])].sort());
  });
});
