import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLAN_CHECKS, checkPlan, unansweredPaths } from '../../../src/lib/plan/checks.ts';
import type { Plan } from '../../../src/lib/plan/schema.ts';
import { DAYS } from '../../../src/lib/plan/schema.ts';
import { presetPlan, PRESET_STAGES } from '../../../src/lib/plan/presets.ts';
import { isClauseId } from '../../../src/lib/policy/clauses.ts';
import { cleanPlan } from './fixtures.ts';
import { readClauseFiles } from '../policy/content.ts';

/** For each check: one change to the clean plan that it must catch, and the field path it must name. */
const FAILING: Record<string, { change: (p: Plan) => void; path: string; says?: string }> = {
  'plan.unanswered': { change: (p) => void (p.venues = '  '), path: 'venues', says: '场地安排' },
  'plan.groups': { change: (p) => void (p.leadership.leadingGroup = []), path: 'leadership.leadingGroup', says: '领导小组没有成员' },
  'plan.group-head': {
    change: (p) => void (p.leadership.leadingGroup = p.leadership.leadingGroup.map((m) => ({ ...m, position: '副校长', duty: '副组长,分管课后服务' }))),
    path: 'leadership.leadingGroup',
    says: '本站的建议',
  },
  'plan.status-reason': { change: (p) => void (p.review = { status: 'returned', reviewer: '王老师' }), path: 'review.reason' },
  'plan.periods-count': { change: (p) => void (p.periods = [{ start: '15:30', end: '18:00' }]), path: 'periods', says: '1 个时段' },
  'plan.period-times': { change: (p) => void (p.periods[1]!.start = '16:00'), path: 'periods.1.start', says: '第二时段' },
  'plan.ends-after-parents': {
    change: (p) => void (p.periods = [{ start: '15:30', end: '16:30' }, { start: '16:30', end: '17:00' }]),
    path: 'periods.1.end',
    says: '17:00',
  },
  'plan.daily-both-types': {
    change: (p) => void (p.timetable[2]!.cells = p.timetable[2]!.cells.filter((c) => !(c.day === '周三' && c.type === '素质教育'))),
    path: 'timetable.2',
    says: '三年级周三没有安排素质教育',
  },
  'plan.weekly-quality-activity': {
    change: (p) => p.timetable[4]!.cells.filter((c) => c.type === '素质教育').forEach((c) => (c.activity = '')),
    path: 'timetable.4',
    says: '五年级',
  },
  'plan.consultation-each-semester': {
    change: (p) => void (p.consultation.rounds = p.consultation.rounds.filter((r) => r.semester !== '第二学期')),
    path: 'consultation.rounds',
    says: '第二学期',
  },
  'plan.free-choice': { change: (p) => void (p.consultation.freeChoice = '学生自愿参加,可自主选择内容。'), path: 'consultation.freeChoice', says: '天数、时段' },
  'plan.exclusions-stated': { change: (p) => void (p.exclusions = '晚自习不纳入课后服务。'), path: 'exclusions', says: '早到校看管和自习、午餐午休看管' },
  'plan.forbidden-content': { change: (p) => void (p.content.extension += '组织学有余力的学生刷题。'), path: 'content.extension', says: '刷题' },
  'plan.excluded-service': { change: (p) => void (p.timetable[0]!.cells[2]!.activity = '晚自习'), path: 'timetable.0.cells.2.activity', says: '晚自习' },
  'plan.external-listed': { change: (p) => void (p.external.partners = []), path: 'external.partners' },
  'plan.external-two-way': { change: (p) => void (p.external.selection = '由学校统一聘请。'), path: 'external.selection' },
  'plan.external-vetted': {
    change: (p) => void (p.external.partners[0]!.vetting.criminalRecord = false),
    path: 'external.partners.0.vetting',
    says: '违法信息查询',
  },
  'plan.external-assistant': { change: (p) => void (p.external.partners[0]!.assistant = ''), path: 'external.partners.0.assistant', says: '孙老师' },
  'plan.funding-factors': {
    change: (p) => void (p.funding.allocation = '按课时和职责分配,多劳多得。'),
    path: 'funding.allocation',
    says: '时段、内容、效果、服务学生规模、学生满意度',
  },
  'plan.no-fee-statement': { change: (p) => void (p.funding.noFee = ''), path: 'funding.noFee' },
  'plan.fee-words': { change: (p) => void (p.safety += '保险费用由家委会代收。'), path: 'safety', says: '代收' },
  'plan.quality-monitoring': { change: (p) => void (p.quality = '每学期开展质量评估。'), path: 'quality', says: '考勤记录、干部巡检' },
  'plan.records-duties': { change: (p) => void (p.records = '每学期向学段中心报送报酬统计,校内公示,经“三重一大”审议。'), path: 'records', says: '工作台账' },
  'plan.disclosure': {
    change: (p) => {
      p.records = '建立工作台账,每月汇总,每学期报送。';
      p.funding.disclosure = '每学期公示后据实发放。';
    },
    path: 'funding.disclosure',
    says: '三重一大',
  },
  'plan.pay-report': { change: (p) => void (p.records = '建立工作台账,每月汇总,校内公示。'), path: 'records', says: '向学段中心报送' },
};

/** The clause texts the notice bases rest on, read as the site reads them. */
const CLAUSE_TEXT = new Map(
  readClauseFiles().map((f) => [String(f.data.id), f.paragraphs] as const),
);

describe('PLAN_CHECKS', () => {
  it('each basis in the notice quotes words that occur in its clause (and paragraph)', () => {
    for (const c of PLAN_CHECKS) {
      if (c.basis.kind !== 'notice') continue;
      const paragraphs = CLAUSE_TEXT.get(c.basis.clause);
      expect(paragraphs, c.id).toBeDefined();
      const text = c.basis.paragraph ? paragraphs![c.basis.paragraph - 1] : paragraphs!.join('\n');
      expect(c.basis.terms.length, c.id).toBeGreaterThan(0);
      for (const term of c.basis.terms) expect(text, `${c.id}: “${term}”`).toContain(term);
      expect(c.basis.clause, c.id).toBe(c.clause);
    }
  });

  it('keyword checks are never 错误, and every other basis names its source', () => {
    for (const c of PLAN_CHECKS) {
      if (/按关键词/.test(c.description)) expect(c.severity, c.id).not.toBe('error');
      if (c.basis.kind === 'shanghai' || c.basis.kind === 'national') expect(c.basis.document, c.id).toMatch(/〔\d{4}〕\d+号$/);
      if (c.basis.kind === 'default') expect(c.basis.note, c.id).toMatch(/本站/);
    }
  });

  it('“原则上” in the notice is a 警告, as for the 台账 rules', () => {
    const of = (id: string) => PLAN_CHECKS.find((c) => c.id === id)!.severity;
    expect(of('plan.daily-both-types')).toBe('warning');
    expect(of('plan.ends-after-parents')).toBe('warning');
    expect(of('plan.consultation-each-semester')).toBe('warning');
    expect(of('plan.funding-factors')).toBe('warning');
  });

  it('the 收费 finding says what the notice forbids, not that the service is free', () => {
    const plan = cleanPlan();
    plan.funding.noFee = '';
    const [f] = checkPlan(plan).filter((x) => x.rule === 'plan.no-fee-statement');
    expect(f!.message).toContain('严禁以课后服务名义乱收费');
    expect(f!.message).toContain('强制收费或捆绑收费');
    expect(f!.message).not.toMatch(/免费|不收取任何费用|不向学生家长收/);
    expect(f!.code).toBe('noFee');
  });

  it('are data: unique plan.* ids, a clause id, a severity, a title and a description', () => {
    const ids = PLAN_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of PLAN_CHECKS) {
      expect(c.id).toMatch(/^plan\.[a-z-]+$/);
      expect(isClauseId(c.clause)).toBe(true);
      expect(['error', 'warning', 'info']).toContain(c.severity);
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.description.length).toBeGreaterThan(0);
    }
  });

  it('every check has a failing case in this test', () => {
    expect(Object.keys(FAILING).sort()).toEqual(PLAN_CHECKS.map((c) => c.id).sort());
  });

  it('the clean plan passes every check', () => {
    expect(checkPlan(cleanPlan())).toEqual([]);
  });

  for (const check of PLAN_CHECKS) {
    it(`${check.id}: passes the clean plan, catches its planted defect at the field`, () => {
      expect(check.check(cleanPlan())).toEqual([]);
      const plan = cleanPlan();
      const { change, path, says } = FAILING[check.id]!;
      change(plan);
      const found = check.check(plan);
      expect(found.map((f) => f.path)).toContain(path);
      if (says) expect(found.map((f) => f.message).join('\n')).toContain(says);
      const findings = checkPlan(plan).filter((f) => f.rule === check.id);
      expect(findings.every((f) => f.clause === check.clause && f.severity === check.severity && f.basis === check.basis)).toBe(true);
      expect(findings.every((f) => f.message.length > 0 && typeof f.code === 'string')).toBe(true);
    });
  }

  it('every preset plan has no errors other than names still to fill (info)', () => {
    for (const stage of PRESET_STAGES) {
      const findings = checkPlan(presetPlan(stage));
      expect(findings.filter((f) => f.severity !== 'info'), stage).toEqual([]);
      expect(findings.every((f) => f.rule === 'plan.unanswered')).toBe(true);
      // Shanghai's practice, labelled as such; no document number we have not verified.
      expect(presetPlan(stage).funding.noFee).toContain('按照上海市有关规定');
      expect(presetPlan(stage).funding.noFee).not.toMatch(/〔\d{4}〕/);
    }
  });

  it('an empty plan is reported, not refused: every section appears as unanswered', () => {
    const plan = cleanPlan();
    plan.external.used = false;
    for (const k of ['basis', 'goals', 'venues', 'process', 'safety', 'records', 'quality'] as const) plan[k] = '';
    expect(unansweredPaths(plan)).toEqual(['basis', 'goals', 'venues', 'process', 'safety', 'records', 'quality']);
  });

  it('校外力量 is only checked when the school uses it', () => {
    const plan = cleanPlan();
    plan.external.partners[0]!.assistant = '';
    plan.external.selection = '';
    plan.external.used = false;
    expect(checkPlan(plan)).toEqual([]);
  });

  it('the statements of what is forbidden may name it: 收费规范 and 不纳入 are not scanned', () => {
    const plan = cleanPlan();
    expect(plan.funding.noFee).toContain('收费');
    expect(plan.exclusions).toContain('晚自习');
    expect(checkPlan(plan)).toEqual([]);
  });

  it('a 时段 beyond those defined does not count toward the daily offer', () => {
    const plan = cleanPlan();
    plan.periods = plan.periods.slice(0, 1).concat([{ start: '16:30', end: '17:30' }]);
    plan.timetable[0]!.cells = plan.timetable[0]!.cells.map((c) => (c.type === '素质教育' ? { ...c, period: 2 } : c));
    const daily = checkPlan(plan).filter((f) => f.rule === 'plan.daily-both-types');
    expect(daily).toHaveLength(DAYS.length);
  });

  it('the last 时段 ending at any time before 家长下班时间 is caught, at or after it is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16 * 60 + 1, max: 20 * 60 }), fc.integer({ min: 16 * 60 + 1, max: 20 * 60 }), (end, offWork) => {
        const plan = cleanPlan();
        const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        plan.periods = [{ start: '15:00', end: '16:00' }, { start: '16:00', end: hhmm(end) }];
        plan.school.parentsOffWork = hhmm(offWork);
        const late = checkPlan(plan).some((f) => f.rule === 'plan.ends-after-parents');
        expect(late).toBe(end < offWork);
      }),
    );
  });

  it('a forbidden word anywhere in free text is found with its field', () => {
    fc.assert(
      fc.property(fc.constantFrom('刷题', '备考', '新课', '补课'), fc.constantFrom('basis', 'goals', 'venues', 'process', 'safety', 'quality'), (word, field) => {
        const plan = cleanPlan();
        plan[field as 'basis'] = `${plan[field as 'basis']}安排${word}。`;
        const f = checkPlan(plan).filter((x) => x.rule === 'plan.forbidden-content');
        expect(f.map((x) => x.path)).toEqual([field]);
        expect(f[0]!.message).toContain(word);
      }),
    );
  });

  it('findings come errors first', () => {
    const plan = cleanPlan();
    plan.venues = '';
    plan.quality = '评估';
    plan.periods = [];
    const order = checkPlan(plan).map((f) => f.severity);
    expect(order).toEqual([...order].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  });
});
