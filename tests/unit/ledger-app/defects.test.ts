import { describe, expect, it } from 'vitest';
import initSqlJs from 'sql.js';
import { checkLedgerFiles, defaultSettings, schoolCalendar } from '../../../src/lib/ledger/index.ts';
import { DEFECT_NAMES, generateSchool, type DefectName, type GenerateOptions } from '../../../src/lib/ledger/generate.ts';
import { toCsv } from '../../../src/lib/ledger/export.ts';
import { SAMPLE_OPTIONS } from '../../bench/ledger/samples.ts';

const SQL = await initSqlJs();
const settings = defaultSettings();
const encoder = new TextEncoder();

async function ruleIds(options: GenerateOptions): Promise<string[]> {
  const { files } = generateSchool(options);
  const inputs = Object.values(files).map((f) => ({ name: f.name, bytes: encoder.encode(toCsv(f.header, f.rows)) }));
  const report = await checkLedgerFiles(inputs, settings, { SQL });
  return [...new Set(report.findings.map((f) => f.rule))].sort();
}

/** The rules that must fire for each planted defect, and nothing else. */
const EXPECTED: Record<DefectName, string[]> = {
  // A row with an invalid cell is left out of the loaded 台账, so its 课时 no longer add up in the summary.
  'invalid-cell': ['cell.invalid', 'monthly-summary.hours-mismatch'],
  'missing-school-day': ['ledger.school-day-without-record'],
  'single-period-day': ['ledger.ends-before-parents', 'ledger.periods-per-day'],
  'homework-only-day': ['ledger.daily-both-service-types'],
  'inconsistent-student-count': ['ledger.session-students-inconsistent'],
  'duplicate-row': ['ledger.duplicate-row'],
  'external-without-assistant': ['ledger.external-without-assistant'],
  'person-double-booked': ['ledger.person-overlap'],
  'venue-double-booked': ['ledger.venue-overlap'],
  'session-on-non-school-day': ['ledger.non-school-day'],
  'hours-not-matching-length': ['ledger.hours-exceed-duration'],
  'session-before-school': ['ledger.outside-after-school-time'],
  'drilling-content': ['ledger.forbidden-content'],
  'excluded-supervision': ['ledger.excluded-service'],
  'students-over-class-roster': ['ledger.students-over-roster'],
  'external-not-in-roster': ['ledger.external-not-in-roster'],
  'external-vetting-incomplete': ['roster.vetting-incomplete'],
  'vetting-after-first-session': ['roster.vetted-after-first-session'],
  'monthly-summary-hours-wrong': ['monthly-summary.hours-mismatch'],
  'monthly-summary-dates-wrong': ['monthly-summary.dates-mismatch', 'monthly-summary.days-mismatch'],
  'monthly-summary-missing-person': ['monthly-summary.missing-person'],
  'disclosure-missing-person': ['monthly-disclosure.missing-person'],
  'pay-report-missing-person': ['pay-report.missing-person'],
  'disclosure-differs-from-summary': ['monthly-disclosure.hours-mismatch'],
  'semester-disclosure-differs-from-pay-report': ['pay-report.amount-mismatch'],
  'semester-hours-differ-from-ledger': ['pay-report.hours-vs-ledger'],
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

  it.each(DEFECT_NAMES)('finds exactly the rules for the planted defect %s', async (name) => {
    const base = name === 'semester-hours-differ-from-ledger' ? WHOLE_SEMESTER : SAMPLE_OPTIONS;
    expect(await ruleIds({ ...base, defects: [name] })).toEqual([...EXPECTED[name]].sort());
  });
});
