/** 一(一)1 精心安排课后服务内容: 时段, the weekly timetable, 意愿征询, what is not 课后服务. */
import { DAYS, SEMESTERS, SERVICE_TYPES, periodName } from '../schema.ts';
import type { Plan } from '../schema.ts';
import { isBlank, minutesOf } from '../text.ts';
import { forbiddenWordsCheck, mentionsCheck } from './keywords.ts';
import { at } from './types.ts';
import type { FindingAt, PlanCheck } from './types.ts';

/** The 时段 that the timetable can use: the rest of a grade's cells are not shown or counted. */
function usableCells(plan: Plan, gradeIndex: number) {
  return (plan.timetable[gradeIndex]?.cells ?? []).filter((c) => c.period < plan.periods.length);
}

const gradeName = (plan: Plan, i: number) => plan.timetable[i]?.grade.trim() || `安排表第 ${i + 1} 个年级`;

const EXCLUDED = '学校为学生提供的早到校看管和自习、午餐午休看管、晚自习等服务不得纳入课后服务范围';

export const CLAUSE_1_1_1_CHECKS: readonly PlanCheck[] = [
  {
    id: 'plan.periods-count',
    clause: '1.1.1',
    paragraph: 1,
    severity: 'error',
    basis: { kind: 'notice', clause: '1.1.1', paragraph: 1, terms: ['灵活设置2-3个时段'] },
    title: '设置 2–3 个时段',
    description: '灵活设置 2–3 个课后服务时段。',
    check: (plan) => (plan.periods.length >= 2 && plan.periods.length <= 3 ? [] : [at('periods', 'periodsCount', plan.periods.length)]),
  },
  {
    id: 'plan.period-times',
    clause: '1.1.1',
    paragraph: 1,
    severity: 'error',
    basis: { kind: 'default', note: '时段写成 HH:MM、结束晚于开始、依次排列:本站核对填写是否有效,不是通知的条文。', fixed: true },
    title: '时段起止时间有效',
    description: '每个时段写明开始和结束时间(HH:MM),结束晚于开始,各时段依次排列、互不重叠。',
    check: (plan) => {
      const out: FindingAt[] = [];
      let previousEnd: number | null = null;
      plan.periods.forEach((p, i) => {
        const name = periodName(i);
        const start = minutesOf(p.start);
        const end = minutesOf(p.end);
        if (start === null) out.push(at(`periods.${i}.start`, 'periodTime', name, '开始', p.start));
        if (end === null) out.push(at(`periods.${i}.end`, 'periodTime', name, '结束', p.end));
        if (start !== null && end !== null && end <= start) out.push(at(`periods.${i}.end`, 'periodOrder', name));
        if (start !== null && previousEnd !== null && start < previousEnd) out.push(at(`periods.${i}.start`, 'periodOverlap', name, periodName(i - 1)));
        previousEnd = end;
      });
      return out;
    },
  },
  {
    id: 'plan.ends-after-parents',
    clause: '1.1.1',
    paragraph: 1,
    severity: 'warning',
    basis: { kind: 'notice', clause: '1.1.1', paragraph: 1, terms: ['结束时间与本校大部分学生家长正常下班时间相衔接'] },
    title: '结束时间与家长下班衔接',
    description: '最后一个时段的结束时间不早于学校填写的大部分学生家长正常下班时间(本站默认 17:30,可修改)。',
    check: (plan) => {
      const offWork = minutesOf(plan.school.parentsOffWork);
      if (offWork === null) return [at('school.parentsOffWork', 'parentsOffWorkInvalid', plan.school.parentsOffWork)];
      const last = plan.periods.length - 1;
      const end = minutesOf(plan.periods[last]?.end ?? '');
      if (end === null || end >= offWork) return [];
      return [at(`periods.${last}.end`, 'endsBeforeParents', plan.periods[last]!.end, plan.school.parentsOffWork.trim())];
    },
  },
  {
    id: 'plan.daily-both-types',
    clause: '1.1.1',
    paragraph: 1,
    severity: 'warning',
    basis: { kind: 'notice', clause: '1.1.1', paragraph: 1, terms: ['原则上确保每天开设作业辅导和素质教育活动'] },
    title: '每天开设作业辅导和素质教育',
    description: '原则上每个年级每个上课日(周一至周五)都有作业辅导和素质教育活动。',
    check: (plan) => {
      if (plan.timetable.length === 0) return [at('timetable', 'noTimetable')];
      const out: FindingAt[] = [];
      plan.timetable.forEach((_, gi) => {
        const cells = usableCells(plan, gi);
        for (const day of DAYS) {
          const missing = SERVICE_TYPES.filter((t) => !cells.some((c) => c.day === day && c.type === t));
          if (missing.length) out.push(at(`timetable.${gi}`, 'dailyMissing', gradeName(plan, gi), day, missing));
        }
      });
      return out;
    },
  },
  {
    id: 'plan.weekly-quality-activity',
    clause: '1.1.1',
    paragraph: 1,
    severity: 'error',
    basis: { kind: 'notice', clause: '1.1.1', paragraph: 1, terms: ['确保每位学生每周至少参加一项素质教育活动'] },
    title: '每位学生每周至少一项素质教育',
    description: '安排表中每个年级每周至少有一项写明内容的素质教育活动;每项素质教育都写明活动内容。',
    check: (plan) => {
      const out: FindingAt[] = [];
      plan.timetable.forEach((_, gi) => {
        const quality = usableCells(plan, gi).filter((c) => c.type === '素质教育');
        if (!quality.some((c) => !isBlank(c.activity))) out.push(at(`timetable.${gi}`, 'weeklyQuality', gradeName(plan, gi)));
        else
          for (const c of quality.filter((c) => isBlank(c.activity))) {
            const ci = plan.timetable[gi]!.cells.indexOf(c);
            out.push(at(`timetable.${gi}.cells.${ci}.activity`, 'qualityActivityUnnamed', gradeName(plan, gi), c.day, periodName(c.period)));
          }
      });
      return out;
    },
  },
  {
    id: 'plan.consultation-each-semester',
    clause: '1.1.1',
    paragraph: 2,
    severity: 'warning',
    basis: { kind: 'notice', clause: '1.1.1', paragraph: 2, terms: ['原则上每学期至少开展一次课后服务意愿征询'] },
    title: '每学期至少一次意愿征询',
    description: '原则上第一学期和第二学期各安排至少一次有日期的课后服务意愿征询。',
    check: (plan) => {
      const out: FindingAt[] = [];
      for (const semester of SEMESTERS) {
        const rounds = plan.consultation.rounds.map((r, i) => ({ r, i })).filter(({ r }) => r.semester === semester);
        if (rounds.length === 0) out.push(at('consultation.rounds', 'consultationMissing', semester));
        else if (rounds.every(({ r }) => isBlank(r.date))) out.push(at(`consultation.rounds.${rounds[0]!.i}.date`, 'consultationNoDate', semester));
      }
      return out;
    },
  },
  mentionsCheck(
    {
      id: 'plan.free-choice',
      clause: '1.1.1',
      paragraph: 2,
      severity: 'warning',
      basis: { kind: 'notice', clause: '1.1.1', paragraph: 2, terms: ['学生和家长可自主选择参加的天数、时段和内容'] },
      title: '自主选择天数、时段和内容',
      description: '写明学生和家长可自主选择参加的天数、时段和内容(自愿原则;按关键词核对)。',
    },
    { path: 'consultation.freeChoice', value: (p) => p.consultation.freeChoice },
    [
      ['天数', '天数', '哪几天', '星期'],
      ['时段', '时段'],
      ['内容', '内容', '项目', '活动'],
    ],
    'freeChoice',
  ),
  mentionsCheck(
    {
      id: 'plan.exclusions-stated',
      clause: '1.1.1',
      paragraph: 2,
      severity: 'warning',
      basis: { kind: 'notice', clause: '1.1.1', paragraph: 2, terms: [EXCLUDED] },
      title: '写明不纳入课后服务的情形',
      description: '写明早到校看管和自习、午餐午休看管、晚自习不纳入课后服务(按关键词核对)。',
    },
    { path: 'exclusions', value: (p) => p.exclusions },
    [
      ['早到校看管和自习', '早到校', '早管'],
      ['午餐午休看管', '午餐', '午休', '午管', '午间'],
      ['晚自习', '晚自习'],
    ],
    'exclusions',
  ),
  forbiddenWordsCheck(
    {
      id: 'plan.forbidden-content',
      clause: '1.1.1',
      paragraph: 2,
      severity: 'warning',
      basis: { kind: 'notice', clause: '1.1.1', paragraph: 2, terms: ['不得利用课后服务时间组织学生刷题备考、讲授新课或集体补课'] },
      title: '不刷题备考、不讲新课、不集体补课',
      description: '方案正文(禁止事项说明以外)出现刷题、备考、新课、补课时提请核实。',
    },
    ['刷题', '备考', '新课', '补课'],
    '通知规定不得利用课后服务时间组织学生刷题备考、讲授新课或集体补课',
  ),
  forbiddenWordsCheck(
    {
      id: 'plan.excluded-service',
      clause: '1.1.1',
      paragraph: 2,
      severity: 'warning',
      basis: { kind: 'notice', clause: '1.1.1', paragraph: 2, terms: [EXCLUDED] },
      title: '不把早到校、午间、晚自习看管算作课后服务',
      description: '方案正文(禁止事项说明以外)出现早到校看管、午餐午休看管、晚自习等时提请核实。',
    },
    ['早到校看管', '早到校自习', '早管', '午餐看管', '午休看管', '午间看管', '午管', '晚自习'],
    '通知规定这些服务不得纳入课后服务范围',
  ),
];
