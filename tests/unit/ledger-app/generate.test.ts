import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFECT_NAMES,
  generateSchool,
  LEDGER_HEADER,
  type GenerateOptions,
} from '../../../src/lib/ledger/sample/index.ts';
import { hoursToHundredths } from '../../../src/lib/ledger/summaries/summarize.ts';
import { headersOf, KIND_ORDER } from '../../../src/lib/ledger/format/kinds.ts';
import { SAMPLE_OPTIONS } from '../../../src/lib/ledger/sample/downloads.ts';

type Row = Record<'日期' | '时段' | '班级或活动' | '服务类型' | '场地' | '参与学生人数' | '工号' | '人员类别' | '职责', string>;

function ledgerRows(options: GenerateOptions): Row[] {
  const { files } = generateSchool(options);
  return files.ledger.rows.map((cells) => Object.fromEntries(LEDGER_HEADER.map((h, i) => [h, cells[i]!])) as Row);
}

const groupBy = <T,>(items: T[], key: (t: T) => string) => {
  const out = new Map<string, T[]>();
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return out;
};

const options = (seed: number, classes: number): GenerateOptions => ({ ...SAMPLE_OPTIONS, seed, classes });

describe('a clean generated school', () => {
  it('is the same for the same seed and differs for another seed', () => {
    expect(generateSchool(options(7, 5))).toEqual(generateSchool(options(7, 5)));
    expect(generateSchool(options(7, 5)).files.ledger.rows).not.toEqual(generateSchool(options(8, 5)).files.ledger.rows);
  });

  it('every school day has 2–3 时段 with both 作业辅导 and 素质教育, and no other day has rows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 12 }), (seed, classes) => {
        const days = groupBy(ledgerRows(options(seed, classes)), (r) => r.日期);
        expect([...days.keys()]).toEqual(SAMPLE_OPTIONS.schoolDays);
        for (const rows of days.values()) {
          expect(new Set(rows.map((r) => r.时段)).size).toBeGreaterThanOrEqual(2);
          expect(new Set(rows.map((r) => r.时段)).size).toBeLessThanOrEqual(3);
          expect(new Set(rows.map((r) => r.服务类型))).toEqual(new Set(['作业辅导', '素质教育']));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('no person and no 场地 is in two sessions at once; each session has one student count and a 本校 助教 when led by 校外', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 12 }), (seed, classes) => {
        const rows = ledgerRows(options(seed, classes));
        const sessions = groupBy(rows, (r) => `${r.日期}|${r.时段}|${r.班级或活动}`);
        const people = groupBy(rows, (r) => `${r.日期}|${r.时段}|${r.工号}`);
        expect([...people.values()].every((rs) => rs.length === 1)).toBe(true);
        const venues = groupBy([...sessions.values()].map((rs) => rs[0]!), (r) => `${r.日期}|${r.时段}|${r.场地}`);
        expect([...venues.values()].every((rs) => rs.length === 1)).toBe(true);
        for (const rs of sessions.values()) {
          expect(new Set(rs.map((r) => r.参与学生人数)).size).toBe(1);
          if (rs.some((r) => r.人员类别 !== '本校教职工')) {
            expect(rs.some((r) => r.人员类别 === '本校教职工' && r.职责 === '助教')).toBe(true);
          }
        }
      }),
      { numRuns: 15 },
    );
  });

  it('its summaries and semester files equal the ledger totals, and every 校外 person is vetted before the first day', () => {
    const { files } = generateSchool(options(3, 9));
    const ledgerTotal = files.ledger.rows.reduce((s, r) => s + hoursToHundredths(r[14]!)!, 0);
    const sum = (rows: string[][], col: number) => rows.reduce((s, r) => s + hoursToHundredths(r[col]!)!, 0);
    expect(sum(files.monthlySummary.rows, 5)).toBe(ledgerTotal);
    expect(sum(files.monthlyDisclosure.rows, 3)).toBe(ledgerTotal);
    expect(sum(files.semesterDisclosure.rows, 3)).toBe(ledgerTotal);
    expect(files.payReport.rows).toEqual(files.semesterDisclosure.rows);
    const externals = new Set(files.ledger.rows.filter((r) => r[12] !== '本校教职工').map((r) => r[10]));
    expect(new Set(files.externalRoster.rows.map((r) => r[0]))).toEqual(externals);
    for (const r of files.externalRoster.rows) {
      expect(r.slice(4, 8)).toEqual(['是', '是', '无记录', '是']);
      expect(r[8]! < SAMPLE_OPTIONS.schoolDays[0]!).toBe(true);
    }
    const roster = new Map(files.classRoster.rows.map((r) => [r[0]!, Number(r[1])]));
    expect(files.ledger.rows.every((r) => Number(r[9]) <= roster.get(r[4]!)!)).toBe(true);
  });

  it('sizes itself to about the number of rows asked for', () => {
    const n = generateSchool({ ...SAMPLE_OPTIONS, classes: undefined, rows: 5000 }).files.ledger.rows.length;
    expect(n).toBeGreaterThan(4000);
    expect(n).toBeLessThan(6500);
  });
});

describe('the generated files', () => {
  it('carry exactly the template headers of their kind', () => {
    const { files } = generateSchool(SAMPLE_OPTIONS);
    for (const kind of KIND_ORDER) expect(files[kind].header).toEqual(headersOf(kind));
  });
});

describe('planted defects', () => {
  it('each defect changes the files, and planting all of them at once works', () => {
    const clean = generateSchool(SAMPLE_OPTIONS).files;
    for (const name of DEFECT_NAMES) {
      expect(generateSchool({ ...SAMPLE_OPTIONS, defects: [name] }).files, name).not.toEqual(clean);
    }
    expect(() => generateSchool({ ...SAMPLE_OPTIONS, defects: DEFECT_NAMES })).not.toThrow();
  });
});
