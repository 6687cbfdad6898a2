/**
 * What the notice asks of a 一校一方案, as data: each check cites its clause and returns findings
 * with the field path where the plan falls short. A failing check never blocks saving or export;
 * the page and the document mark the place instead.
 */
import type { ClauseId } from '../policy/clauses.ts';
import { DAYS, SEMESTERS, SERVICE_TYPES, periodName } from './schema.ts';
import type { Plan } from './schema.ts';
import { MESSAGES, describePath } from './messages.ts';
import { isBlank, minutesOf, missingMentions, textFields } from './text.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface Shortfall {
  path: string;
  message: string;
}

export interface PlanCheck {
  id: `plan.${string}`;
  clause: ClauseId;
  /** The paragraph of the clause the check enforces (`#p2`), when the clause has several. */
  paragraph?: number;
  severity: Severity;
  title: string;
  description: string;
  check(plan: Plan): Shortfall[];
}

export interface PlanFinding extends Shortfall {
  check: PlanCheck['id'];
  clause: ClauseId;
  paragraph?: number;
  severity: Severity;
}

/** Answers every plan needs; 校外力量 only when the school uses it. */
const REQUIRED: readonly { path: string; when?: (p: Plan) => boolean; value: (p: Plan) => string }[] = [
  { path: 'school.name', value: (p) => p.school.name },
  { path: 'school.schoolYear', value: (p) => p.school.schoolYear },
  { path: 'school.students', value: (p) => p.school.students },
  { path: 'basis', value: (p) => p.basis },
  { path: 'goals', value: (p) => p.goals },
  { path: 'leadership.duty', value: (p) => p.leadership.duty },
  { path: 'departure', value: (p) => p.departure },
  { path: 'exclusions', value: (p) => p.exclusions },
  { path: 'consultation.freeChoice', value: (p) => p.consultation.freeChoice },
  { path: 'content.homework', value: (p) => p.content.homework },
  { path: 'content.remedial', value: (p) => p.content.remedial },
  { path: 'content.extension', value: (p) => p.content.extension },
  { path: 'content.activities', value: (p) => p.content.activities },
  { path: 'content.transition', value: (p) => p.content.transition },
  { path: 'venues', value: (p) => p.venues },
  { path: 'teachers.flexibleHours', value: (p) => p.teachers.flexibleHours },
  { path: 'teachers.training', value: (p) => p.teachers.training },
  { path: 'teachers.projects', value: (p) => p.teachers.projects },
  { path: 'external.selection', when: (p) => p.external.used, value: (p) => p.external.selection },
  { path: 'process', value: (p) => p.process },
  { path: 'safety', value: (p) => p.safety },
  { path: 'records', value: (p) => p.records },
  { path: 'funding.allocation', value: (p) => p.funding.allocation },
  { path: 'funding.disclosure', value: (p) => p.funding.disclosure },
  { path: 'funding.noFee', value: (p) => p.funding.noFee },
  { path: 'quality', value: (p) => p.quality },
];

/** The paths of the answers still empty (what the document marks 【待填写】). */
export function unansweredPaths(plan: Plan): string[] {
  const paths = REQUIRED.filter((r) => (r.when ? r.when(plan) : true) && isBlank(r.value(plan))).map((r) => r.path);
  for (const key of ['leadingGroup', 'workingGroup'] as const) {
    plan.leadership[key].forEach((m, i) => {
      if (isBlank(m.name)) paths.push(`leadership.${key}.${i}.name`);
      if (isBlank(m.duty)) paths.push(`leadership.${key}.${i}.duty`);
    });
  }
  return paths;
}

/** Fields whose purpose is to name what is forbidden; the word scans skip them. */
const STATEMENT_FIELDS = new Set(['exclusions', 'funding.noFee']);

function scan(plan: Plan, words: readonly string[], topic: string): Shortfall[] {
  const out: Shortfall[] = [];
  for (const { path, text } of textFields(plan)) {
    if (STATEMENT_FIELDS.has(path)) continue;
    const word = words.find((w) => text.includes(w));
    if (word) out.push({ path, message: MESSAGES.forbiddenWord(describePath(path), word, topic) });
  }
  return out;
}

/** The 时段 that the timetable can use: the rest of a grade's cells are not shown or counted. */
function usableCells(plan: Plan, gradeIndex: number) {
  return (plan.timetable[gradeIndex]?.cells ?? []).filter((c) => c.period < plan.periods.length);
}

const gradeName = (plan: Plan, i: number) => plan.timetable[i]?.grade.trim() || `安排表第 ${i + 1} 个年级`;

export const PLAN_CHECKS: readonly PlanCheck[] = [
  {
    id: 'plan.unanswered',
    clause: '1.1',
    severity: 'info',
    title: '方案各部分已填写',
    description: '方案应写明实施方式、管理流程、保障机制:逐项列出还没有填写的部分。',
    check: (plan) => unansweredPaths(plan).map((path) => ({ path, message: MESSAGES.unanswered(describePath(path)) })),
  },
  {
    id: 'plan.groups',
    clause: '1.1',
    severity: 'error',
    title: '领导小组和工作小组',
    description: '建立健全课后服务工作领导小组(注明组长)和工作小组。',
    check: (plan) => {
      const out: Shortfall[] = [];
      const { leadingGroup, workingGroup } = plan.leadership;
      if (leadingGroup.length === 0) out.push({ path: 'leadership.leadingGroup', message: MESSAGES.leadingGroupEmpty });
      else if (!leadingGroup.some((m) => (m.position + m.duty).includes('组长') && !(m.position + m.duty).includes('副组长')))
        out.push({ path: 'leadership.leadingGroup', message: MESSAGES.leadingGroupNoHead });
      if (workingGroup.length === 0) out.push({ path: 'leadership.workingGroup', message: MESSAGES.workingGroupEmpty });
      return out;
    },
  },
  {
    id: 'plan.status-reason',
    clause: '1.1',
    severity: 'warning',
    title: '退回有原因',
    description: '方案每年报送学段中心审核备案;被退回时记下退回原因。',
    check: (plan) =>
      plan.review?.status === 'returned' && isBlank(plan.review.reason ?? '') ? [{ path: 'review.reason', message: MESSAGES.returnedNoReason }] : [],
  },
  {
    id: 'plan.periods-count',
    clause: '1.1.1',
    paragraph: 1,
    severity: 'error',
    title: '设置 2–3 个时段',
    description: '灵活设置 2–3 个课后服务时段。',
    check: (plan) =>
      plan.periods.length >= 2 && plan.periods.length <= 3 ? [] : [{ path: 'periods', message: MESSAGES.periodsCount(plan.periods.length) }],
  },
  {
    id: 'plan.period-times',
    clause: '1.1.1',
    paragraph: 1,
    severity: 'error',
    title: '时段起止时间有效',
    description: '每个时段写明开始和结束时间(HH:MM),结束晚于开始,各时段依次排列、互不重叠。',
    check: (plan) => {
      const out: Shortfall[] = [];
      let previousEnd: number | null = null;
      plan.periods.forEach((p, i) => {
        const name = periodName(i);
        const start = minutesOf(p.start);
        const end = minutesOf(p.end);
        if (start === null) out.push({ path: `periods.${i}.start`, message: MESSAGES.periodTime(name, '开始', p.start) });
        if (end === null) out.push({ path: `periods.${i}.end`, message: MESSAGES.periodTime(name, '结束', p.end) });
        if (start !== null && end !== null && end <= start) out.push({ path: `periods.${i}.end`, message: MESSAGES.periodOrder(name) });
        if (start !== null && previousEnd !== null && start < previousEnd)
          out.push({ path: `periods.${i}.start`, message: MESSAGES.periodOverlap(name, periodName(i - 1)) });
        previousEnd = end;
      });
      return out;
    },
  },
  {
    id: 'plan.ends-after-parents',
    clause: '1.1.1',
    paragraph: 1,
    severity: 'error',
    title: '结束时间与家长下班衔接',
    description: '最后一个时段的结束时间不早于本校大部分学生家长的正常下班时间(默认 17:30)。',
    check: (plan) => {
      const offWork = minutesOf(plan.school.parentsOffWork);
      if (offWork === null)
        return [{ path: 'school.parentsOffWork', message: MESSAGES.parentsOffWorkInvalid(plan.school.parentsOffWork) }];
      const last = plan.periods.length - 1;
      const end = minutesOf(plan.periods[last]?.end ?? '');
      if (end === null || end >= offWork) return [];
      return [{ path: `periods.${last}.end`, message: MESSAGES.endsBeforeParents(plan.periods[last]!.end, plan.school.parentsOffWork.trim()) }];
    },
  },
  {
    id: 'plan.daily-both-types',
    clause: '1.1.1',
    paragraph: 1,
    severity: 'error',
    title: '每天开设作业辅导和素质教育',
    description: '安排表中每个年级每个上课日(周一至周五)都有作业辅导和素质教育活动。',
    check: (plan) => {
      if (plan.timetable.length === 0) return [{ path: 'timetable', message: MESSAGES.noTimetable }];
      const out: Shortfall[] = [];
      plan.timetable.forEach((_, gi) => {
        const cells = usableCells(plan, gi);
        for (const day of DAYS) {
          const missing = SERVICE_TYPES.filter((t) => !cells.some((c) => c.day === day && c.type === t));
          if (missing.length) out.push({ path: `timetable.${gi}`, message: MESSAGES.dailyMissing(gradeName(plan, gi), day, missing) });
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
    title: '每位学生每周至少一项素质教育',
    description: '安排表中每个年级每周至少有一项写明内容的素质教育活动;每项素质教育都写明活动内容。',
    check: (plan) => {
      const out: Shortfall[] = [];
      plan.timetable.forEach((_, gi) => {
        const quality = usableCells(plan, gi).filter((c) => c.type === '素质教育');
        if (!quality.some((c) => !isBlank(c.activity))) out.push({ path: `timetable.${gi}`, message: MESSAGES.weeklyQuality(gradeName(plan, gi)) });
        else
          for (const c of quality.filter((c) => isBlank(c.activity))) {
            const ci = plan.timetable[gi]!.cells.indexOf(c);
            out.push({ path: `timetable.${gi}.cells.${ci}.activity`, message: MESSAGES.qualityActivityUnnamed(gradeName(plan, gi), c.day, periodName(c.period)) });
          }
      });
      return out;
    },
  },
  {
    id: 'plan.consultation-each-semester',
    clause: '1.1.1',
    paragraph: 2,
    severity: 'error',
    title: '每学期至少一次意愿征询',
    description: '第一学期和第二学期各安排至少一次有日期的课后服务意愿征询。',
    check: (plan) => {
      const out: Shortfall[] = [];
      for (const semester of SEMESTERS) {
        const rounds = plan.consultation.rounds.map((r, i) => ({ r, i })).filter(({ r }) => r.semester === semester);
        if (rounds.length === 0) out.push({ path: 'consultation.rounds', message: MESSAGES.consultationMissing(semester) });
        else if (rounds.every(({ r }) => isBlank(r.date)))
          out.push({ path: `consultation.rounds.${rounds[0]!.i}.date`, message: MESSAGES.consultationNoDate(semester) });
      }
      return out;
    },
  },
  {
    id: 'plan.free-choice',
    clause: '1.1.1',
    paragraph: 2,
    severity: 'warning',
    title: '自主选择天数、时段和内容',
    description: '写明学生和家长可自主选择参加的天数、时段和内容(自愿原则)。',
    check: (plan) => {
      if (isBlank(plan.consultation.freeChoice)) return [];
      const missing = missingMentions(plan.consultation.freeChoice, [
        ['天数', '天数', '哪几天', '星期'],
        ['时段', '时段'],
        ['内容', '内容', '项目', '活动'],
      ]);
      return missing.length ? [{ path: 'consultation.freeChoice', message: MESSAGES.freeChoice(missing) }] : [];
    },
  },
  {
    id: 'plan.exclusions-stated',
    clause: '1.1.1',
    paragraph: 2,
    severity: 'warning',
    title: '写明不纳入课后服务的情形',
    description: '写明早到校看管和自习、午餐午休看管、晚自习不纳入课后服务。',
    check: (plan) => {
      if (isBlank(plan.exclusions)) return [];
      const missing = missingMentions(plan.exclusions, [
        ['早到校看管和自习', '早到校', '早管'],
        ['午餐午休看管', '午餐', '午休', '午管', '午间'],
        ['晚自习', '晚自习'],
      ]);
      return missing.length ? [{ path: 'exclusions', message: MESSAGES.exclusions(missing) }] : [];
    },
  },
  {
    id: 'plan.forbidden-content',
    clause: '1.1.1',
    paragraph: 2,
    severity: 'warning',
    title: '不刷题备考、不讲新课、不集体补课',
    description: '方案正文(禁止事项说明以外)不出现刷题、备考、新课、补课。',
    check: (plan) => scan(plan, ['刷题', '备考', '新课', '补课'], '不得利用课后服务时间组织学生刷题备考、讲授新课或集体补课'),
  },
  {
    id: 'plan.excluded-service',
    clause: '1.1.1',
    paragraph: 2,
    severity: 'warning',
    title: '不把早到校、午间、晚自习看管算作课后服务',
    description: '方案正文(禁止事项说明以外)不出现早到校看管、午餐午休看管、晚自习等。',
    check: (plan) =>
      scan(plan, ['早到校看管', '早到校自习', '早管', '午餐看管', '午休看管', '午间看管', '午管', '晚自习'], '这些服务不得纳入课后服务范围'),
  },
  {
    id: 'plan.external-listed',
    clause: '1.1.4',
    paragraph: 1,
    severity: 'warning',
    title: '列出引入的校外力量',
    description: '引入校外力量时逐一列出人员或机构、所属单位和承担的活动。',
    check: (plan) => (plan.external.used && plan.external.partners.length === 0 ? [{ path: 'external.partners', message: MESSAGES.externalEmpty }] : []),
  },
  {
    id: 'plan.external-two-way',
    clause: '1.1.4',
    paragraph: 1,
    severity: 'warning',
    title: '按“双向选择”选聘',
    description: '引入校外力量时写明按“双向选择”原则自主选聘。',
    check: (plan) =>
      plan.external.used && !isBlank(plan.external.selection) && !plan.external.selection.includes('双向选择')
        ? [{ path: 'external.selection', message: MESSAGES.externalTwoWay }]
        : [],
  },
  {
    id: 'plan.external-vetted',
    clause: '1.1.4',
    paragraph: 2,
    severity: 'error',
    title: '校外人员通过资格审查',
    description: '每位校外人员都核验学历证明和资格证书、查询违法信息、把关品德和身心健康。',
    check: (plan) => {
      if (!plan.external.used) return [];
      const out: Shortfall[] = [];
      plan.external.partners.forEach((p, i) => {
        const missing = [
          !p.vetting.education && '学历证明核验',
          !p.vetting.certificate && '资格证书核验',
          !p.vetting.criminalRecord && '违法信息查询',
          !p.vetting.health && '品德与身心健康核验',
        ].filter((m): m is string => Boolean(m));
        if (missing.length)
          out.push({ path: `external.partners.${i}.vetting`, message: MESSAGES.externalNotVetted(p.name.trim() || `第 ${i + 1} 行`, missing) });
      });
      return out;
    },
  },
  {
    id: 'plan.external-assistant',
    clause: '1.1.4',
    paragraph: 2,
    severity: 'error',
    title: '校外人员配备本校助教',
    description: '所有引入的校外专业人员均配备本校助教。',
    check: (plan) =>
      plan.external.used
        ? plan.external.partners.flatMap((p, i) =>
            isBlank(p.assistant) ? [{ path: `external.partners.${i}.assistant`, message: MESSAGES.externalNoAssistant(p.name.trim() || `第 ${i + 1} 行`) }] : [],
          )
        : [],
  },
  {
    id: 'plan.funding-factors',
    clause: '1.1.5',
    paragraph: 1,
    severity: 'error',
    title: '分配方案综合考虑七项因素',
    description: '经费分配方案写明时段、时长、内容、职责、效果、服务学生规模、学生满意度等因素。',
    check: (plan) => {
      if (isBlank(plan.funding.allocation)) return [];
      const missing = missingMentions(plan.funding.allocation, [
        ['时段', '时段'],
        ['时长', '时长', '课时'],
        ['内容', '内容'],
        ['职责', '职责'],
        ['效果', '效果'],
        ['服务学生规模', '学生规模', '学生人数', '服务学生'],
        ['学生满意度', '满意度'],
      ]);
      return missing.length ? [{ path: 'funding.allocation', message: MESSAGES.fundingFactors(missing) }] : [];
    },
  },
  {
    id: 'plan.no-fee-statement',
    clause: '1.1.5',
    paragraph: 2,
    severity: 'error',
    title: '写明不收费',
    description: '方案写明课后服务不向学生家长收取任何费用。',
    check: (plan) => (isBlank(plan.funding.noFee) ? [{ path: 'funding.noFee', message: MESSAGES.noFee }] : []),
  },
  {
    id: 'plan.fee-words',
    clause: '1.1.5',
    paragraph: 2,
    severity: 'warning',
    title: '正文不出现收费',
    description: '方案正文(不收费声明以外)不出现收费、缴费、代收等。',
    check: (plan) => scan(plan, ['收费', '缴费', '交费', '代收'], '严禁以课后服务名义乱收费'),
  },
  {
    id: 'plan.quality-monitoring',
    clause: '1.1.6',
    severity: 'warning',
    title: '质量评估、考勤和巡检',
    description: '质量监控写明每学期质量评估、每日考勤记录和干部巡检。',
    check: (plan) => {
      if (isBlank(plan.quality)) return [];
      const missing = missingMentions(plan.quality, [
        ['每学期质量评估', '评估'],
        ['考勤记录', '考勤'],
        ['干部巡检', '巡检', '巡查'],
      ]);
      return missing.length ? [{ path: 'quality', message: MESSAGES.quality(missing) }] : [];
    },
  },
  {
    id: 'plan.records-duties',
    clause: '1.2.1',
    severity: 'warning',
    title: '台账每日记录、按月汇总',
    description: '数据统计写明建立课后服务工作台账(每日记录)并按月汇总参与人员情况。',
    check: (plan) => {
      if (isBlank(plan.records)) return [];
      const missing = missingMentions(plan.records, [
        ['工作台账', '台账'],
        ['按月汇总', '汇总', '按月统计'],
      ]);
      return missing.length ? [{ path: 'records', message: MESSAGES.records(missing) }] : [];
    },
  },
  {
    id: 'plan.disclosure',
    clause: '1.2.2',
    severity: 'warning',
    title: '校内公示与“三重一大”审议',
    description: '写明每月、每学期校内公示,公示前按“三重一大”提交党组织会议审议。',
    check: (plan) => {
      const text = plan.records + plan.funding.disclosure;
      if (isBlank(plan.funding.disclosure)) return [];
      if (!text.includes('公示')) return [{ path: 'funding.disclosure', message: MESSAGES.fundingDisclosure }];
      return text.includes('三重一大') ? [] : [{ path: 'funding.disclosure', message: MESSAGES.disclosureReview }];
    },
  },
  {
    id: 'plan.pay-report',
    clause: '1.2.3',
    severity: 'warning',
    title: '每学期报送报酬统计',
    description: '写明每学期向学段中心报送参与人员报酬统计情况。',
    check: (plan) => {
      if (isBlank(plan.records)) return [];
      const missing = missingMentions(plan.records, [['向学段中心报送', '报送', '上报']]);
      return missing.length ? [{ path: 'records', message: MESSAGES.records(missing) }] : [];
    },
  },
];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every finding for a plan, errors first, each carrying its check's clause. */
export function checkPlan(plan: Plan): PlanFinding[] {
  const findings = PLAN_CHECKS.flatMap((c) =>
    c.check(plan).map((s): PlanFinding => ({
      ...s,
      check: c.id,
      clause: c.clause,
      ...(c.paragraph ? { paragraph: c.paragraph } : {}),
      severity: c.severity,
    })),
  );
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Whether a finding belongs to a field or to something inside it (`timetable.0` is in `timetable`). */
export function pathWithin(path: string, field: string): boolean {
  return path === field || path.startsWith(field + '.');
}
