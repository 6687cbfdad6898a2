/**
 * What the page's islands used to compute themselves, now in src/lib/allocation: the form's helpers,
 * the scores' coverage of the 台账, the findings at a field, the figures and wording of the tables.
 */
import { describe, expect, it } from 'vitest';
import { blankScores, draftToScenario, emptyDraft, emptySessionDraft, errorsToShow, fundIsBlank, newTierDraft, scoreCoverage, sessionFromDraft } from '../../../src/lib/allocation/draft.ts';
import { restPercent } from '../../../src/lib/allocation/form-text.ts';
import { aggregateSessions, allocate, finding, findingsAt, totalHundredths } from '../../../src/lib/allocation/model.ts';
import { signedYuan } from '../../../src/lib/allocation/money.ts';
import { semesterCells, semesterSheets } from '../../../src/lib/allocation/io.ts';
import { personWorking, reserveLines, sessionContent } from '../../../src/lib/allocation/ui-text.ts';
import { DEFAULT_COEFFICIENTS, DEFAULT_SHARES } from '../../../src/lib/allocation/defaults.ts';
import type { Session } from '../../../src/lib/allocation/schema.ts';

const session = (staffId: string, over: Partial<Session> = {}): Session => ({
  staffId, name: `教师${staffId}`, period: '第一时段', serviceType: '作业辅导', category: '', role: '主讲', students: 30, hours: 1, ...over,
});

describe('the form helpers', () => {
  it('a blank or zero fund may be replaced by the standard fund; anything else typed is kept', () => {
    expect(fundIsBlank('')).toBe(true);
    expect(fundIsBlank('  ')).toBe(true);
    expect(fundIsBlank('0')).toBe(true);
    expect(fundIsBlank('0.00')).toBe(true);
    expect(fundIsBlank('0.01')).toBe(false);
    expect(fundIsBlank('abc')).toBe(false);
  });

  it('the rest of a typed whole percent, or a dash while it is not one', () => {
    expect(restPercent('80')).toBe('20%');
    expect(restPercent('0')).toBe('100%');
    expect(restPercent('100')).toBe('0%');
    expect(restPercent('８０')).toBe('20%');
    expect(restPercent('101')).toBe('—');
    expect(restPercent('12.5')).toBe('—');
    expect(restPercent('')).toBe('—');
    expect(restPercent('８０％')).toBe('20%');
    expect(restPercent('8,0')).toBe('—');
  });

  it('a coefficient is read by the one number parser: a comma is refused as not a number, a negative gets the range message', () => {
    const base = { ...emptyDraft(), semester: '2024-2025学年第一学期', fund: '1000' };
    const at = (raw: string) => {
      const r = draftToScenario({ ...base, period: { ...base.period, 第二时段: raw } });
      return r.ok ? null : r.errors['period.第二时段'];
    };
    expect(at('1.2')).toBeNull();
    expect(at('１．２')).toBeNull();
    expect(at('1,2')).toMatch(/不是数字/);
    expect(at('-1')).toMatch(/系数不能小于 0/);
  });

  it('a new 学生人数 tier waits for its start and changes nothing until the school sets its coefficient', () => {
    const d = { ...emptyDraft(), semester: '2024-2025学年第一学期', fund: '1000' };
    const added = { ...d, tiers: [...d.tiers, newTierDraft()] };
    const blank = draftToScenario(added);
    expect(blank.ok).toBe(false);
    expect(!blank.ok && Object.keys(blank.errors)).toEqual([`tiers.${d.tiers.length}.min`]);
    added.tiers[d.tiers.length]!.min = '60';
    const filled = draftToScenario(added);
    expect(filled.ok && filled.scenario.coefficients.studentTiers.at(-1)).toEqual({ min: 60, coefficient: 1 });
  });

  it('a blank 经费 or 学期 is not shown as an error until the user has been to the field; other errors always are', () => {
    const d = { ...emptyDraft(), semester: '', fund: '' };
    d.period['第二时段'] = 'abc';
    const r = draftToScenario(d);
    if (r.ok) throw new Error('a blank fund is refused');
    expect(Object.keys(r.errors).sort()).toEqual(['fund', 'period.第二时段', 'semester']);
    expect(Object.keys(errorsToShow(r.errors, d, new Set()))).toEqual(['period.第二时段']);
    expect(Object.keys(errorsToShow(r.errors, d, new Set(['fund']))).sort()).toEqual(['fund', 'period.第二时段']);
    const typed = { ...d, fund: 'x' };
    const r2 = draftToScenario(typed);
    expect(!r2.ok && Object.keys(errorsToShow(r2.errors, typed, new Set()))).toContain('fund');
  });

  it('a blank typed-in session starts at the vocabulary’s first 时段, 服务类型 and 职责, and is refused until filled in', () => {
    const blank = emptySessionDraft();
    expect(blank).toMatchObject({ period: '第一时段', serviceType: '作业辅导', role: '主讲', staffId: '', hours: '' });
    const r = sessionFromDraft(blank);
    expect(r.ok).toBe(false);
    expect(sessionFromDraft({ ...blank, staffId: 'T1', students: '20', hours: '1.5' })).toMatchObject({ ok: true, session: { staffId: 'T1', hours: 1.5 } });
  });
});

describe('the scores against the 台账', () => {
  const people = aggregateSessions([session('1'), session('2'), session('3')]);
  it('names who has no score and counts the rows of people not in the 台账', () => {
    const scores = [
      { staffId: '1', name: '', effect: '90', satisfaction: '90' },
      { staffId: '9', name: '', effect: '90', satisfaction: '90' },
      { staffId: '8', name: '', effect: '', satisfaction: '' },
    ];
    const c = scoreCoverage(scores, people);
    expect(c.unscored.map((p) => p.staffId)).toEqual(['2', '3']);
    expect(c.strangers).toBe(2);
    expect(c.inLedger.has('3')).toBe(true);
    expect(blankScores(c.unscored)).toEqual([
      { staffId: '2', name: '教师2', effect: '', satisfaction: '' },
      { staffId: '3', name: '教师3', effect: '', satisfaction: '' },
    ]);
  });
});

describe('findings at a field and the totals', () => {
  it('a field holds its own findings and those inside it, not a field whose name merely starts the same', () => {
    const found = [
      finding('allocation.workload-positive', 'ledger', {}),
      finding('allocation.scores-match-ledger', 'scores', { kind: 'duplicate', row: 2, staffId: '1' }),
      finding('allocation.coefficient-range', 'scores.3.effect', { field: 'x', value: 'y', reason: 'z' }),
      finding('allocation.coefficient-range', 'scoresheet', { field: 'x', value: 'y', reason: 'z' }),
    ];
    expect(findingsAt(found, 'scores').map((f) => f.field)).toEqual(['scores', 'scores.3.effect']);
    expect(findingsAt(found, 'ledger')).toHaveLength(1);
  });

  it('total 课时 is the sum of everyone’s hundredths, as the allocation reports it', () => {
    const people = aggregateSessions([session('1', { hours: 1.25 }), session('2', { hours: 2 }), session('1', { hours: 0.5 })]);
    expect(totalHundredths(people)).toBe(375);
    const r = allocate({ fundFen: 100_000, coefficients: DEFAULT_COEFFICIENTS, shares: DEFAULT_SHARES, people, scores: [] });
    expect(r.ok && r.result.totalHundredths).toBe(375);
  });

  it('a difference reads with its sign', () => {
    expect(signedYuan(123_456)).toBe('+1,234.56');
    expect(signedYuan(-1)).toBe('−0.01');
    expect(signedYuan(0)).toBe('0.00');
  });
});

describe('the tables’ rows and wording', () => {
  const people = aggregateSessions([session('1', { hours: 2 }), session('2', { role: '助教', serviceType: '素质教育', category: '体育' })]);
  const r = allocate({ fundFen: 100_000, coefficients: DEFAULT_COEFFICIENTS, shares: DEFAULT_SHARES, people, scores: [] });
  if (!r.ok) throw new Error('the two-person allocation should run');
  const result = r.result;

  it('the 学期公示 and 报酬统计 sheets carry the same rows under their own headers', () => {
    const [disclosure, pay] = semesterSheets('2024-2025学年第一学期', result);
    expect(disclosure!.name).toBe('学期公示');
    expect(pay!.name).toBe('报酬统计');
    expect(disclosure!.header).toEqual(['学期', '工号', '姓名', '总课时数', '拟发放报酬']);
    expect(pay!.header.at(-1)).toBe('报酬金额');
    expect(disclosure!.rows).toEqual(semesterCells('2024-2025学年第一学期', result));
    expect(pay!.rows).toEqual(disclosure!.rows);
  });

  it('a session’s 内容 names the 活动类别 of 素质教育 only', () => {
    expect(sessionContent(session('1'))).toBe('作业辅导');
    expect(sessionContent(session('1', { serviceType: '素质教育', category: '体育' }))).toBe('素质教育 · 体育');
  });

  it('each person’s working states the person’s own figures and the amount paid', () => {
    const p = result.people[0]!;
    const lines = personWorking(p, result);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('绩效系数 = 未导入评分,按 1 计 = 1');
    expect(lines[1]).toContain(`1000.00 × ${DEFAULT_SHARES.workloadPercent}%`);
    expect(lines[3]).toContain(`拟发放 ${(p.amountFen / 100).toFixed(2)} 元。`);
  });

  it('留存 lines list label and amount', () => {
    expect(reserveLines([{ label: '管理及公用支出', amountFen: 50_000 }, { label: '其他', amountFen: 1 }])).toBe('管理及公用支出 500.00 元、其他 0.01 元');
    expect(reserveLines([])).toBe('');
  });
});
