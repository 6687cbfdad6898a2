/**
 * Every rule has a case that makes it fire and a case in which it runs and stays silent (issue 14), as
 * tests/unit/plan/checks.test.ts has for the plan checks; the keyword and time rules on each word, branch
 * and boundary; and the rules of issue 10 on their fixtures in tests/fixtures/ledger/cases/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFECTS, DEFECT_NAMES } from '../../../src/lib/ledger/sample/index.ts';
import { LEDGER_RULES, LedgerSettingsSchema, type LedgerSettings, type LedgerSettingsInput } from '../../../src/lib/ledger/index.ts';
import { detectKind, type FileKind } from '../../../src/lib/ledger/kinds.ts';
import { ruleApplies } from '../../../src/lib/ledger/run-rules.ts';
import { EXCLUDED_SERVICE_WORDS, FORBIDDEN_WORDS } from '../../../src/lib/policy/vocabulary.ts';
import { FIXTURES, check, fixtureSet, lines } from './helpers.ts';

const november: LedgerSettingsInput = { semesters: [{ name: '2024-2025学年第一学期', start: '2024-11-01', end: '2024-11-30' }] };
const settingsOf = (extra: LedgerSettingsInput = {}): LedgerSettings => LedgerSettingsSchema.parse({ ...november, ...extra });

interface Case {
  files: Map<string, string>;
  settings?: LedgerSettingsInput;
}

const clean = fixtureSet();
const text = (name: string) => clean.get(name)!;
const withFile = (name: string, value: string, from: Map<string, string> = clean) => new Map([...from, [name, value]]);
const without = (name: string, from: Map<string, string> = clean) => new Map([...from].filter(([n]) => n !== name));
/** The clean files with a case folder of tests/fixtures/ledger/cases put over them. */
function caseSet(name: string, from: Map<string, string> = clean): Map<string, string> {
  const dir = path.join(FIXTURES, 'cases', name);
  const files = new Map(from);
  for (const f of readdirSync(dir)) files.set(f, readFileSync(path.join(dir, f), 'utf8'));
  return files;
}
/** Replaces the `column`-th cell (0-based) of data row `row` (as a spreadsheet numbers it) of a simple CSV. */
function setCell(csv: string, row: number, column: number, value: string): string {
  const all = lines(csv);
  const cells = all[row - 1]!.split(',');
  cells[column] = value;
  all[row - 1] = cells.join(',');
  return all.join('\r\n');
}

const planted = new Map(DEFECT_NAMES.filter((d) => LEDGER_RULES.some((r) => r.id === DEFECTS[d].rule)).map((d) => [DEFECTS[d].rule as string, d]));

/** A case that makes each rule fire: a planted defect of the sample generator, or a change made here. */
const FIRING: Record<string, () => Case> = {
  ...Object.fromEntries([...planted].map(([rule, defect]) => [rule, () => ({ files: fixtureSet(defect) })])),
  'ledger.excluded-service': () => ({ files: withFile('ledger.csv', text('ledger.csv').replace('完成当日书面作业,个别答疑', '午休看管')) }),
  'ledger.external-roster-missing': () => ({ files: without('external-roster.csv') }),
  'ledger.ends-before-parents': () => ({ files: clean, settings: { parentsOffWork: '18:30' } }),
  'ledger.duty-roster-missing': () => ({ files: caseSet('duty-roster-one-day-missing'), settings: { dutyRoster: true } }),
  'ledger.external-share': () => ({ files: clean, settings: { externalShareMax: 10 } }),
  'monthly-summary.extra-person': () => ({ files: withFile('monthly-summary.csv', `${text('monthly-summary.csv').trimEnd()}\r\n2024-11,99999,查无此人,2024-11-01,1,1\r\n`) }),
  'monthly-summary.days-mismatch': () => ({ files: withFile('monthly-summary.csv', setCell(text('monthly-summary.csv'), 2, 4, '30')) }),
  'monthly-summary.days-vs-dates': () => ({ files: withFile('monthly-summary.csv', setCell(text('monthly-summary.csv'), 2, 4, '30')) }),
  'monthly-summary.month-missing': () => ({ files: caseSet('month-not-summarised') }),
  'monthly-disclosure.extra-person': () => ({ files: withFile('monthly-disclosure.csv', `${text('monthly-disclosure.csv').trimEnd()}\r\n2024-11,99999,查无此人,1\r\n`) }),
  'monthly-disclosure.month-missing': () => ({ files: caseSet('month-not-summarised') }),
  'monthly-disclosure.vs-ledger': () => ({ files: caseSet('disclosure-differs-from-ledger', without('monthly-summary.csv')) }),
  'pay-report.not-disclosed': () => ({ files: withFile('semester-disclosure.csv', lines(text('semester-disclosure.csv')).filter((_, i) => i !== 1).join('\r\n')) }),
  'pay-report.semester-not-disclosed': () => ({ files: caseSet('semester-not-disclosed') }),
  'pay-report.hours-mismatch': () => ({ files: withFile('pay-report.csv', setCell(text('pay-report.csv'), 2, 3, '99')) }),
  'pay-report.semester-unknown': () => ({ files: clean, settings: { semesters: [{ name: '别的学期', start: '2024-11-01', end: '2024-11-30' }] } }),
  'pay-report.total-over-fund': () => ({ files: clean, settings: { fundFen: 100 } }),
  'pay-report.flat-split': () => ({
    files: new Map([['pay-report.csv', lines(text('pay-report.csv')).filter(Boolean).map((l, i) => (i === 0 ? l : l.replace(/,[^,]*$/, ',1000.00'))).join('\r\n')]]),
  }),
};

/** Where the clean school-month does not let a rule run, the silent case is said here. */
const SILENT: Record<string, () => Case> = {
  'ledger.duty-roster-missing': () => ({ files: caseSet('duty-roster-one-day-missing'), settings: { dutyRoster: false } }),
  'monthly-disclosure.vs-ledger': () => ({ files: without('monthly-summary.csv') }),
};

async function run(c: Case) {
  const settings = settingsOf(c.settings);
  return check(c.files, settings);
}

/** The kinds a set of files loads, read from their header rows. */
function kindsOf(files: Map<string, string>): Set<FileKind> {
  const kinds = new Set<FileKind>();
  for (const value of files.values()) {
    const kind = detectKind(lines(value)[0]!.split(','));
    if (kind) kinds.add(kind);
  }
  return kinds;
}

describe('every rule fires on its case and is silent on another in which it runs', () => {
  it('has a firing case for every rule, and none for a rule that does not exist', () => {
    expect(Object.keys(FIRING).sort()).toEqual(LEDGER_RULES.map((r) => r.id).sort());
  });

  it.each(LEDGER_RULES.map((r) => [r.id, r] as const))('%s', async (id, rule) => {
    const firing = FIRING[id]!();
    expect((await run(firing)).findings.some((f) => f.rule === id), 'fires').toBe(true);
    const silent = (SILENT[id] ?? (() => ({ files: clean })))();
    expect(ruleApplies(rule, kindsOf(silent.files)), 'the silent case loads what the rule needs').toBe(true);
    expect((await run(silent)).findings.filter((f) => f.rule === id)).toEqual([]);
  });
});

describe('keyword rules, word by word and branch by branch', () => {
  const row2 = lines(text('ledger.csv'))[1]!;
  const withRow = (replace: (line: string) => string) => new Map([['ledger.csv', text('ledger.csv').replace(row2, replace(row2))]]);
  const hitsOf = async (files: Map<string, string>, rule: string) => (await run({ files })).findings.filter((f) => f.rule === rule);

  it('scans for the words the notice names (policy/vocabulary.ts)', () => {
    expect([...FORBIDDEN_WORDS]).toEqual(['刷题', '备考', '新课', '补课']);
    expect([...EXCLUDED_SERVICE_WORDS]).toEqual(expect.arrayContaining(['早到校', '午休', '午餐', '晚自习']));
  });

  it.each([...FORBIDDEN_WORDS])('ledger.forbidden-content: “%s” in the 活动内容 and in the 班级或活动 (警告)', async (word) => {
    const inContent = await hitsOf(withRow((l) => l.replace('完成当日书面作业,个别答疑', `数学${word}`)), 'ledger.forbidden-content');
    expect(inContent).toMatchObject([{ row: 2, column: '活动内容', severity: 'warning' }]);
    expect(inContent[0]!.message).toMatch(/疑似.*请核实/);
    const inGroup = await hitsOf(withRow((l) => l.replace(',一(1)班,作业辅导', `,一(1)班${word},作业辅导`)), 'ledger.forbidden-content');
    expect(inGroup).toMatchObject([{ row: 2, column: '班级或活动' }]);
  });

  it('ledger.forbidden-content: silent on words that only share a character (课题、新书、考察)', async () => {
    expect(await hitsOf(withRow((l) => l.replace('完成当日书面作业,个别答疑', '课题研究、新书导读、考察身边的植物')), 'ledger.forbidden-content')).toEqual([]);
  });

  it.each([...EXCLUDED_SERVICE_WORDS])('ledger.excluded-service: “%s” in the 班级或活动 and in the 活动内容', async (word) => {
    const inGroup = await hitsOf(withRow((l) => l.replace(',一(1)班,作业辅导', `,${word}看管,作业辅导`)), 'ledger.excluded-service');
    expect(inGroup).toMatchObject([{ row: 2, column: '班级或活动', severity: 'error' }]);
    const inContent = await hitsOf(withRow((l) => l.replace('完成当日书面作业,个别答疑', `${word}看管`)), 'ledger.excluded-service');
    expect(inContent).toMatchObject([{ row: 2, column: '活动内容' }]);
  });

  it('ledger.excluded-service: silent on 午后 and 自习 alone', async () => {
    expect(await hitsOf(withRow((l) => l.replace('完成当日书面作业,个别答疑', '午后自主阅读')), 'ledger.excluded-service')).toEqual([]);
  });
});

describe('time rules, branch by branch and at their boundaries', () => {
  const row2 = lines(text('ledger.csv'))[1]!; // 15:30–16:30, 1.5 课时
  const times = (start: string, end: string, hours = '1') => new Map([['ledger.csv', text('ledger.csv').replace(row2, row2.replace('15:30,16:30', `${start},${end}`).replace(/,[^,]*$/, `,${hours}`))]]);
  const hitsOf = async (files: Map<string, string>, rule: string, settings?: LedgerSettingsInput) => (await run({ files, settings })).findings.filter((f) => f.rule === rule && f.row === 2);

  it.each([
    ['15:29', '16:30', '开始时间'],
    ['17:00', '18:01', '结束时间'],
  ])('ledger.outside-after-school-time: %s–%s is outside 15:30–18:00, pointing at the %s (警告)', async (start, end, column) => {
    const hits = await hitsOf(times(start, end), 'ledger.outside-after-school-time');
    expect(hits).toMatchObject([{ column, severity: 'warning' }]);
    expect(hits[0]!.message).not.toMatch(/晚自习|早到校/);
  });

  it('ledger.outside-after-school-time: silent exactly at the first start and the last end, and follows the school’s own 时段', async () => {
    expect(await hitsOf(times('15:30', '18:00', '3.75'), 'ledger.outside-after-school-time')).toEqual([]);
    const late = { periods: [{ name: '第一时段' as const, start: '15:30', end: '16:30' }, { name: '第二时段' as const, start: '16:30', end: '18:30' }] };
    expect(await hitsOf(times('17:00', '18:20'), 'ledger.outside-after-school-time', late)).toEqual([]);
  });

  it('ledger.hours-exceed-duration: 60 minutes at 40 a 课时 allow 1.5 + 0.25 课时; 1.76 is too many', async () => {
    expect(await hitsOf(times('15:30', '16:30', '1.75'), 'ledger.hours-exceed-duration')).toEqual([]);
    expect(await hitsOf(times('15:30', '16:30', '1.76'), 'ledger.hours-exceed-duration')).toMatchObject([{ column: '课时数', severity: 'error' }]);
  });

  it('ledger.hours-exceed-duration: follows the school’s 一课时分钟数 (60 → 1 + 0.25)', async () => {
    expect(await hitsOf(times('15:30', '16:30', '1.25'), 'ledger.hours-exceed-duration', { lessonMinutes: 60 })).toEqual([]);
    expect(await hitsOf(times('15:30', '16:30', '1.26'), 'ledger.hours-exceed-duration', { lessonMinutes: 60 })).toHaveLength(1);
  });
});

describe('the rules of issue 10 on their fixtures', () => {
  it('行政人员值班: only the one service day without a 值班管理 row, and only when the school turns it on', async () => {
    const files = caseSet('duty-roster-one-day-missing');
    const on = (await run({ files, settings: { dutyRoster: true } })).findings.filter((f) => f.rule === 'ledger.duty-roster-missing');
    expect(on).toMatchObject([{ severity: 'info', column: '职责', file: null }]);
    expect(on[0]!.message).toContain('2024-11-15');
    // The clean month has no 值班管理 rows at all: with the setting on, every service day is listed.
    const cleanOn = (await run({ files: clean, settings: { dutyRoster: true } })).findings.filter((f) => f.rule === 'ledger.duty-roster-missing');
    expect(cleanOn).toHaveLength(new Set(lines(text('ledger.csv')).slice(1).filter(Boolean).map((l) => l.slice(0, 10))).size);
  });

  it('校外人员课时占比: 94.5 of 544.5 课时 (17.4%) is above a 17% cap and not above 18%', async () => {
    const above = (await run({ files: clean, settings: { externalShareMax: 17 } })).findings.filter((f) => f.rule === 'ledger.external-share');
    expect(above).toHaveLength(1);
    expect(above[0]!.message).toContain('94.5');
    expect(above[0]!.message).toContain('17.4%');
    expect((await run({ files: clean, settings: { externalShareMax: 18 } })).findings.filter((f) => f.rule === 'ledger.external-share')).toEqual([]);
  });

  it('a month of the 台账 that no 月度汇总 or 工作量公示 covers is named once per file kind', async () => {
    const report = await run({ files: caseSet('month-not-summarised') });
    for (const rule of ['monthly-summary.month-missing', 'monthly-disclosure.month-missing']) {
      const hits = report.findings.filter((f) => f.rule === rule);
      expect(hits, rule).toHaveLength(1);
      expect(hits[0]!.message).toContain('2024-10');
    }
    // The per-person rules compare only the months both files have: no finding per person for October.
    expect(report.findings.filter((f) => f.rule === 'monthly-summary.missing-person')).toEqual([]);
  });

  it('a semester reported but never disclosed is named once, at its first row of the 报酬统计', async () => {
    const files = caseSet('semester-not-disclosed');
    const hits = (await run({ files })).findings.filter((f) => f.rule === 'pay-report.semester-not-disclosed');
    expect(hits).toMatchObject([{ file: 'pay-report.csv', column: '学期', severity: 'error' }]);
    expect(lines(files.get('pay-report.csv')!)[hits[0]!.row! - 1]).toContain('2024-2025学年第二学期');
  });

  it('工作量公示 against the 台账 when no 月度汇总 is loaded, and not when one is', async () => {
    const files = caseSet('disclosure-differs-from-ledger', without('monthly-summary.csv'));
    const hits = (await run({ files })).findings.filter((f) => f.rule === 'monthly-disclosure.vs-ledger');
    expect(hits).toMatchObject([{ file: 'monthly-disclosure.csv', row: 3, column: '总课时数' }]);
    expect(hits[0]!.message).toContain('公示 43.75 课时,台账合计 42.75 课时');
    const withSummary = caseSet('disclosure-differs-from-ledger');
    const report = await run({ files: withSummary });
    expect(report.findings.filter((f) => f.rule === 'monthly-disclosure.vs-ledger')).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'monthly-disclosure.hours-mismatch')).toHaveLength(1);
  });
});
