/**
 * The overlap rules are sweeps (one pass over each person's or venue's day in start order): they must flag
 * exactly the days a pairwise comparison flags, and report each day once, however many overlaps it has.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check } from './helpers.ts';

const HEADER = '日期,时段,开始时间,结束时间,班级或活动,服务类型,活动类别,活动内容,场地,参与学生人数,工号,姓名,人员类别,职责,课时数';
const PERIODS = ['第一时段', '第二时段'];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

interface Row {
  day: number;
  period: number;
  start: number;
  length: number;
  grp: number;
  staff: number;
  venue: number;
}

const csv = (rows: Row[]) =>
  [HEADER, ...rows.map((r) => `2024-11-0${r.day + 4},${PERIODS[r.period]},${hhmm(r.start)},${hhmm(r.start + r.length)},班${r.grp},作业辅导,,答疑,${r.venue ? `教室${r.venue}` : ''},30,T${r.staff},教师${r.staff},本校教职工,主讲,1`)].join('\n');

/** The days (key) where two different sessions of the same key overlap in time, by comparing every pair. */
function pairwise(rows: Row[], key: (r: Row) => string | null): Set<string> {
  const out = new Set<string>();
  rows.forEach((a, i) =>
    rows.forEach((b, j) => {
      const k = key(a);
      if (i >= j || k === null || k !== key(b) || (a.period === b.period && a.grp === b.grp)) return;
      if (a.start < b.start + b.length && b.start < a.start + a.length) out.add(k);
    }),
  );
  return out;
}

const rowArb = fc.record({
  day: fc.integer({ min: 0, max: 1 }),
  period: fc.integer({ min: 0, max: 1 }),
  start: fc.integer({ min: 15 * 60 + 30, max: 17 * 60 }),
  length: fc.integer({ min: 5, max: 60 }),
  grp: fc.integer({ min: 0, max: 4 }),
  staff: fc.integer({ min: 0, max: 2 }),
  venue: fc.integer({ min: 0, max: 2 }),
});

describe('overlap rules as sweeps', () => {
  it('flag exactly the person-days and venue-days a pairwise comparison flags, one finding each (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 25 }), async (rows) => {
        // Times belong to a session: rows of the same session share them, as in a real 台账.
        const session = new Map<string, Row>();
        const consistent = rows.map((r) => {
          const k = `${r.day}|${r.period}|${r.grp}`;
          const first = session.get(k) ?? (session.set(k, r), r);
          return { ...r, start: first.start, length: first.length };
        });
        const report = await check(new Map([['ledger.csv', csv(consistent)]]));
        const found = (rule: string) => report.findings.filter((f) => f.rule === rule);
        const people = pairwise(consistent, (r) => `${r.day}|${r.staff}`);
        const venues = pairwise(consistent, (r) => (r.venue ? `${r.day}|${r.venue}` : null));
        expect(found('ledger.person-overlap')).toHaveLength(people.size);
        expect(found('ledger.venue-overlap')).toHaveLength(venues.size);
      }),
      { numRuns: 60 },
    );
  });

  it('report one person on one day once, with the count and the rows, however many sessions overlap', async () => {
    const rows: Row[] = Array.from({ length: 1500 }, (_, i) => ({ day: 0, period: 0, start: 15 * 60 + 30, length: 60, grp: i, staff: 1, venue: 0 }));
    const report = await check(new Map([['ledger.csv', csv(rows)]]));
    const hits = report.findings.filter((f) => f.rule === 'ledger.person-overlap');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 3, column: '开始时间' });
    expect(hits[0]!.message).toContain('这一天共有 1,499 处时间重叠,见第 2–1,501 行');
    expect(hits[0]!.message.length).toBeLessThan(200);
  });

  it('leave rows without a venue out of the venue rule', async () => {
    const rows: Row[] = Array.from({ length: 50 }, (_, i) => ({ day: 0, period: 0, start: 15 * 60 + 30, length: 60, grp: i, staff: i, venue: 0 }));
    const report = await check(new Map([['ledger.csv', csv(rows)]]));
    expect(report.findings.filter((f) => f.rule === 'ledger.venue-overlap')).toEqual([]);
  });
});
