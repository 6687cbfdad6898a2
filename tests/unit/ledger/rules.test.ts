import { describe, expect, it } from 'vitest';
import { DEFECTS, DEFECT_NAMES, type DefectName } from '../../../src/lib/ledger/sample/index.ts';
import { LEDGER_RULES, defaultSettings, LedgerSettingsSchema } from '../../../src/lib/ledger/index.ts';
import { isClauseId } from '../../../src/lib/policy/clauses.ts';
import { check, fixtureSet, lines } from './helpers.ts';

/** Where each planted defect's finding must point (the rule that catches it is in DEFECTS). */
const EXPECTED: Record<(typeof DEFECT_NAMES)[number], { file: string | null; column: string }> = {
  'invalid-cell': { file: 'ledger.csv', column: '职责' },
  'missing-school-day': { file: null, column: '日期' },
  'single-period-day': { file: 'ledger.csv', column: '时段' },
  'homework-only-day': { file: 'ledger.csv', column: '服务类型' },
  'inconsistent-student-count': { file: 'ledger.csv', column: '参与学生人数' },
  'duplicate-row': { file: 'ledger.csv', column: '工号' },
  'external-without-assistant': { file: 'ledger.csv', column: '职责' },
  'person-double-booked': { file: 'ledger.csv', column: '开始时间' },
  'venue-double-booked': { file: 'ledger.csv', column: '场地' },
  'session-on-non-school-day': { file: 'ledger.csv', column: '日期' },
  'hours-not-matching-length': { file: 'ledger.csv', column: '课时数' },
  'session-before-school': { file: 'ledger.csv', column: '开始时间' },
  'drilling-content': { file: 'ledger.csv', column: '活动内容' },
  'excluded-supervision': { file: 'ledger.csv', column: '活动内容' },
  'monthly-summary-missing-person': { file: null, column: '工号' },
  'disclosure-missing-person': { file: 'monthly-summary.csv', column: '工号' },
  'pay-report-missing-person': { file: 'semester-disclosure.csv', column: '工号' },
  'students-over-class-roster': { file: 'ledger.csv', column: '参与学生人数' },
  'external-not-in-roster': { file: 'ledger.csv', column: '工号' },
  'external-vetting-incomplete': { file: 'external-roster.csv', column: '违法信息查询' },
  'vetting-after-first-session': { file: 'external-roster.csv', column: '审查日期' },
  'monthly-summary-hours-wrong': { file: 'monthly-summary.csv', column: '总课时数' },
  'monthly-summary-dates-wrong': { file: 'monthly-summary.csv', column: '参与日期' },
  'disclosure-differs-from-summary': { file: 'monthly-disclosure.csv', column: '总课时数' },
  'semester-disclosure-differs-from-pay-report': { file: 'pay-report.csv', column: '报酬金额' },
  'semester-hours-differ-from-ledger': { file: 'pay-report.csv', column: '总课时数' },
};

// The fixtures hold one month; a semester of that month lets the semester rules compare with the 台账.
const novemberOnly = LedgerSettingsSchema.parse({ semesters: [{ name: '2024-2025学年第一学期', start: '2024-11-01', end: '2024-11-30' }] });

describe('the rule catalogue', () => {
  it('gives every rule a unique id, a real clause, SQL and a message', () => {
    const ids = LEDGER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of LEDGER_RULES) {
      expect(isClauseId(r.clause), r.id).toBe(true);
      expect(r.sql).toMatch(/SELECT/);
      expect(r.message.length).toBeGreaterThan(10);
    }
  });

  it('finds nothing wrong in the clean school-month', async () => {
    const report = await check(fixtureSet(), novemberOnly);
    expect(report.findings).toEqual([]);
    expect(report.files.map((f) => f.kind).sort()).toEqual(
      ['classRoster', 'externalRoster', 'ledger', 'monthlyDisclosure', 'monthlySummary', 'payReport', 'semesterDisclosure'],
    );
  });

  it('covers every planted defect of the generator', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...DEFECT_NAMES].sort());
  });
});

describe.each(Object.entries(EXPECTED).map(([defect, place]) => [defect, { ...place, rule: DEFECTS[defect as DefectName].rule }] as const))('planted defect %s', (defect, expected) => {
  it(`is caught by ${expected.rule} in ${expected.file ?? '(a day)'} “${expected.column}”`, async () => {
    const files = fixtureSet(defect);
    const report = await check(files, novemberOnly);
    const hits = report.findings.filter((f) => f.rule === expected.rule);
    expect(hits.length, JSON.stringify(report.findings.map((f) => f.rule))).toBeGreaterThan(0);
    const hit = hits[0]!;
    expect(hit.file).toBe(expected.file);
    expect(hit.column).toBe(expected.column);
    if (hit.file && hit.row !== null) {
      // The row named is a data row of that file, as a spreadsheet numbers it (header = 1).
      const fileLines = lines(files.get(hit.file)!);
      expect(hit.row).toBeGreaterThan(1);
      expect(fileLines[hit.row - 1]).toBeTruthy();
    }
    if (hit.file) expect(report.files.find((f) => f.name === hit.file)).toBeTruthy();
  });
});

describe('rules not planted by the generator', () => {
  const clean = fixtureSet();
  const ledger = clean.get('ledger.csv')!;

  it('flags 午休看管 recorded as after-school service', async () => {
    const text = ledger.replace('完成当日书面作业,个别答疑', '午休看管');
    const report = await check(new Map([...clean, ['ledger.csv', text]]), novemberOnly);
    const hit = report.findings.find((f) => f.rule === 'ledger.excluded-service');
    expect(hit).toMatchObject({ file: 'ledger.csv', column: '活动内容' });
    expect(lines(text)[hit!.row! - 1]).toContain('午休看管');
  });

  it('names a record on a closed day the school registered (停开日) with its reason, and asks to remove the day if the service ran', async () => {
    const settings = LedgerSettingsSchema.parse({ ...novemberOnly, nonSchoolDays: [{ date: '2024-11-01', reason: '秋季运动会' }, { date: '2024-11-04' }] });
    const report = await check(clean, settings);
    const hits = report.findings.filter((f) => f.rule === 'ledger.non-school-day');
    expect(hits.map((f) => f.message.slice(0, 10))).toEqual(['2024-11-01', '2024-11-04']);
    expect(hits[0]!.message).toContain('2024-11-01 是学校设置中登记的停开日(秋季运动会),台账却有');
    expect(hits[1]!.message).toContain('2024-11-04 是学校设置中登记的停开日,台账却有');
    for (const f of hits) expect(f.message).toContain('请在设置中删去这一停开日');
    // A weekend record keeps its own wording.
    const weekend = await check(new Map([...clean, ['ledger.csv', ledger.replaceAll('2024-11-01,', '2024-11-02,')]]), novemberOnly);
    expect(weekend.findings.find((f) => f.rule === 'ledger.non-school-day')!.message).toContain('是周末或法定节假日');
  });

  it('asks for the roster when 校外 staff appear without one', async () => {
    const files = new Map(clean);
    files.delete('external-roster.csv');
    const report = await check(files, novemberOnly);
    expect(report.findings.map((f) => f.rule)).toContain('ledger.external-roster-missing');
  });

  it('finds people missing from and extra in the 月度汇总', async () => {
    const summary = lines(clean.get('monthly-summary.csv')!);
    const dropped = summary[1]!.split(',')[2]!;
    const extra = summary[1]!.replace(/,[^,]*?,/, ',99999,');
    const text = [summary[0], ...summary.slice(2).filter(Boolean), extra].join('\r\n');
    const report = await check(new Map([...clean, ['monthly-summary.csv', '\uFEFF' + text]]), novemberOnly);
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain('monthly-summary.missing-person');
    expect(rules).toContain('monthly-summary.extra-person');
    expect(report.findings.find((f) => f.rule === 'monthly-summary.missing-person')!.message).toContain(dropped);
  });

  it('finds a 参与天数 that does not match its own list of dates', async () => {
    const summary = lines(clean.get('monthly-summary.csv')!);
    const cells = summary[1]!.split(',');
    const days = Number(cells[4]);
    cells[4] = String(days + 1);
    summary[1] = cells.join(',');
    const report = await check(new Map([...clean, ['monthly-summary.csv', summary.join('\r\n')]]), novemberOnly);
    expect(report.findings.find((f) => f.rule === 'monthly-summary.days-vs-dates')).toMatchObject({ row: 2, column: '参与天数' });
  });

  it('finds a person reported but never disclosed, and the reverse', async () => {
    const disclosure = lines(clean.get('semester-disclosure.csv')!);
    const report = await check(new Map([...clean, ['semester-disclosure.csv', [disclosure[0], ...disclosure.slice(2)].join('\r\n')]]), novemberOnly);
    expect(report.findings.find((f) => f.rule === 'pay-report.not-disclosed')).toMatchObject({ file: 'pay-report.csv', row: 2 });
    const pay = lines(clean.get('pay-report.csv')!);
    const report2 = await check(new Map([...clean, ['pay-report.csv', [pay[0], ...pay.slice(2)].join('\r\n')]]), novemberOnly);
    expect(report2.findings.find((f) => f.rule === 'pay-report.missing-person')).toMatchObject({ file: 'semester-disclosure.csv', row: 2 });
  });

  it('checks the pay total against the fund, and flags a flat split', async () => {
    const over = await check(clean, { ...novemberOnly, fundFen: 100 });
    expect(over.findings.find((f) => f.rule === 'pay-report.total-over-fund')?.message).toContain('1.00 元');
    const pay = lines(clean.get('pay-report.csv')!).filter(Boolean);
    const flat = [pay[0], ...pay.slice(1).map((l) => l.replace(/,[^,]*$/, ',1000.00'))].join('\r\n');
    const report = await check(new Map([['pay-report.csv', flat]]), novemberOnly);
    expect(report.findings.map((f) => f.rule)).toContain('pay-report.flat-split');
  });

  it('says when a 学期 label is not among the settings', async () => {
    const report = await check(clean, defaultSettings());
    expect(report.findings.map((f) => f.rule)).not.toContain('pay-report.semester-unknown');
    const renamed = LedgerSettingsSchema.parse({ semesters: [{ name: '别的学期', start: '2024-09-01', end: '2025-01-31' }] });
    const report2 = await check(clean, renamed);
    expect(report2.findings.find((f) => f.rule === 'pay-report.semester-unknown')).toMatchObject({ file: 'pay-report.csv', column: '学期' });
  });

  it('warns when the ends of the days come before parents finish work', async () => {
    const report = await check(clean, { ...novemberOnly, parentsOffWork: '18:30' });
    const hits = report.findings.filter((f) => f.rule === 'ledger.ends-before-parents');
    expect(hits.length).toBeGreaterThan(5);
    expect(hits[0]!.message).toContain('18:30');
  });

  it('reports holiday data beyond its last year', async () => {
    const text = ledger.replaceAll('2024-11-', '2027-11-');
    const report = await check(new Map([['ledger.csv', text]]), novemberOnly);
    expect(report.findings.find((f) => f.rule === 'settings.holiday-data')?.message).toContain('2027');
  });
});
