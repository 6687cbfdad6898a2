/**
 * One document model of the plan, rendered three times: the page's preview, `.docx` and Markdown.
 * Headings carry the 公文 numbering (一、 (一) 1.); an answer still empty reads 【待填写:…】 and is
 * marked `todo`; a part a check finds wanting is marked `fail` with the findings' messages.
 */
import { DAYS, periodName } from './schema.ts';
import type { Plan } from './schema.ts';
import { checkPlan, pathWithin } from './checks.ts';
import type { Finding } from './checks.ts';
import { describePath } from './messages.ts';
import { isBlank } from './text.ts';

export type Mark = 'todo' | 'fail';

export interface Run {
  text: string;
  mark?: Mark;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; number: string; text: string; path?: string; mark?: Mark }
  | { kind: 'paragraph'; runs: Run[]; path?: string; mark?: Mark; notes?: string[] }
  | { kind: 'table'; caption: string; header: string[]; rows: Run[][][]; path?: string; mark?: Mark; notes?: string[] };

export interface PlanDocument {
  title: string;
  /** `todo` while the school's name is still missing from the title. */
  titleMark?: Mark;
  blocks: Block[];
  findings: Finding[];
}

const HAN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

const COUNT = ['零', '一', '两', '三', '四', '五'];

export function hanNumber(n: number): string {
  return HAN[n] ?? String(n);
}

export function todo(label: string): Run {
  return { text: `【待填写:${label}】`, mark: 'todo' };
}

/** Builds the document; findings are computed here so every renderer marks the same places. */
export function buildPlan(plan: Plan): PlanDocument {
  const findings = checkPlan(plan).filter((f) => f.severity !== 'info');
  const blocks: Block[] = [];
  const counters = [0, 0, 0];

  const failing = (path: string) => findings.filter((f) => pathWithin(f.path, path));
  const heading = (level: 1 | 2 | 3, text: string) => {
    counters[level - 1]!++;
    for (let l = level; l < 3; l++) counters[l] = 0;
    const n = counters[level - 1]!;
    const number = level === 1 ? `${hanNumber(n)}、` : level === 2 ? `(${hanNumber(n)})` : `${n}.`;
    blocks.push({ kind: 'heading', level, number, text });
  };
  const withMarks = <B extends Block>(block: B, path: string): B => {
    const found = failing(path);
    return found.length ? { ...block, path, mark: 'fail', notes: found.map((f) => f.message) } : { ...block, path };
  };
  /** A free-text answer: one paragraph per line, or a marked placeholder. */
  const text = (path: string, value: string) => {
    const lines = value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0) {
      blocks.push(withMarks({ kind: 'paragraph', runs: [todo(describePath(path))], mark: 'todo' }, path));
      return;
    }
    const first = blocks.length;
    for (const line of lines) blocks.push({ kind: 'paragraph', runs: [{ text: line }], path });
    blocks[first] = withMarks(blocks[first] as Block, path);
  };
  const cell = (value: string, label: string): Run[] => (isBlank(value) ? [todo(label)] : [{ text: value.trim() }]);

  const school = plan.school.name.trim();
  const title = `${school || '【学校名称】'}${plan.school.schoolYear.trim()}课后服务实施方案`;

  heading(1, '指导思想与依据');
  text('basis', plan.basis);
  heading(1, '工作目标与基本原则');
  text('goals', plan.goals);

  heading(1, '组织机构');
  for (const [key, name] of [['leadingGroup', '课后服务工作领导小组'], ['workingGroup', '课后服务工作小组']] as const) {
    heading(2, name);
    const group = plan.leadership[key];
    const path = `leadership.${key}`;
    blocks.push(
      withMarks(
        {
          kind: 'table',
          caption: name,
          header: ['姓名', '职务', '职责'],
          rows: group.map((m, i) => [cell(m.name, `第 ${i + 1} 行姓名`), [{ text: m.position.trim() }], cell(m.duty, `第 ${i + 1} 行职责`)]),
        },
        path,
      ),
    );
  }
  heading(2, '行政值班');
  text('leadership.duty', plan.leadership.duty);

  heading(1, '服务对象与意愿征询');
  heading(2, '服务对象');
  text('school.students', plan.school.students);
  heading(2, '意愿征询');
  const rounds = plan.consultation.rounds;
  if (rounds.length === 0) blocks.push(withMarks({ kind: 'paragraph', runs: [todo('每学期意愿征询的日期与方式')], mark: 'todo' }, 'consultation.rounds'));
  else
    blocks.push(
      withMarks(
        {
          kind: 'paragraph',
          runs: [
            { text: '每学期至少开展一次课后服务意愿征询:' },
            ...rounds.flatMap((r, i): Run[] => [
              { text: `${i ? ';' : ''}${r.semester}` },
              ...(isBlank(r.date) ? [todo('征询日期')] : [{ text: ` ${r.date.trim()}` }]),
              ...(isBlank(r.method) ? [] : [{ text: `,${r.method.trim().replace(/[。;;]$/, '')}` }]),
            ]),
            { text: '。' },
          ],
        },
        'consultation.rounds',
      ),
    );
  text('consultation.freeChoice', plan.consultation.freeChoice);

  heading(1, '服务时间与时段');
  heading(2, '服务时段');
  const periods = plan.periods;
  blocks.push(
    withMarks(
      {
        kind: 'paragraph',
        runs:
          periods.length === 0
            ? [todo('时段与起止时间')]
            : [
                { text: `课后服务在每周一至周五上课日开展,每天设${COUNT[periods.length] ?? periods.length}个时段:` },
                ...periods.map((p, i): Run => ({ text: `${i ? ';' : ''}${periodName(i)} ${p.start.trim() || '?'}—${p.end.trim() || '?'}` })),
                {
                  text: `。最后一个时段结束时间与本校大部分学生家长的下班时间(${plan.school.parentsOffWork.trim() || '17:30'})相衔接。`,
                },
              ],
      },
      'periods',
    ),
  );
  heading(2, '弹性离校');
  text('departure', plan.departure);
  heading(2, '不纳入课后服务的情形');
  text('exclusions', plan.exclusions);

  heading(1, '服务内容');
  heading(2, '作业辅导');
  text('content.homework', plan.content.homework);
  heading(2, '补缺补差与拓展学习');
  text('content.remedial', plan.content.remedial);
  text('content.extension', plan.content.extension);
  heading(2, '素质教育活动');
  text('content.activities', plan.content.activities);
  heading(2, '学段衔接');
  text('content.transition', plan.content.transition);

  heading(1, '场地安排');
  text('venues', plan.venues);

  heading(1, '师资与校外力量');
  heading(2, '本校教师');
  heading(3, '弹性工作制');
  text('teachers.flexibleHours', plan.teachers.flexibleHours);
  heading(3, '专题研修');
  text('teachers.training', plan.teachers.training);
  heading(3, '活动项目开发');
  text('teachers.projects', plan.teachers.projects);
  if (plan.external.used) {
    heading(2, '校外力量');
    text('external.selection', plan.external.selection);
    blocks.push(
      withMarks(
        {
          kind: 'table',
          caption: '引入的校外人员与机构',
          header: ['姓名或机构', '类别', '所属单位', '承担活动', '资格审查', '本校助教'],
          rows: plan.external.partners.map((p, i) => {
            const v = p.vetting;
            const vetted = v.education && v.certificate && v.criminalRecord && v.health;
            return [
              cell(p.name, `第 ${i + 1} 行姓名`),
              [{ text: p.kind }],
              [{ text: p.organization.trim() }],
              [{ text: p.activity.trim() }],
              vetted ? [{ text: '已完成' }] : [{ text: '未完成', mark: 'fail' }],
              isBlank(p.assistant) ? [{ text: '未配备', mark: 'fail' }] : [{ text: p.assistant.trim() }],
            ];
          }),
        },
        'external.partners',
      ),
    );
  }

  heading(1, '管理流程');
  text('process', plan.process);
  heading(1, '安全保障与应急预案');
  text('safety', plan.safety);
  heading(1, '数据统计、公示与上报');
  text('records', plan.records);

  heading(1, '经费保障与分配方案');
  heading(2, '分配方案');
  text('funding.allocation', plan.funding.allocation);
  heading(2, '公示与发放');
  text('funding.disclosure', plan.funding.disclosure);
  heading(2, '收费规范');
  text('funding.noFee', plan.funding.noFee);

  heading(1, '质量监控与考核评价');
  text('quality', plan.quality);

  heading(1, '附件:课后服务安排表');
  if (plan.timetable.length === 0) blocks.push(withMarks({ kind: 'paragraph', runs: [todo('各年级每周安排')], mark: 'todo' }, 'timetable'));
  plan.timetable.forEach((g, gi) => {
    const grade = g.grade.trim() || `第 ${gi + 1} 个年级`;
    blocks.push(
      withMarks(
        {
          kind: 'table',
          caption: `${grade}课后服务安排表`,
          header: ['时段', ...DAYS],
          rows: periods.map((p, pi) => [
            [{ text: `${periodName(pi)}\n${p.start.trim()}—${p.end.trim()}` }],
            ...DAYS.map((day): Run[] => {
              const c = g.cells.find((x) => x.day === day && x.period === pi);
              if (!c) return [{ text: '—' }];
              return [{ text: `${c.type}${isBlank(c.activity) ? '' : `:${c.activity.trim()}`}${isBlank(c.place) ? '' : `(${c.place.trim()})`}` }];
            }),
          ]),
        },
        `timetable.${gi}`,
      ),
    );
  });

  return { title, ...(school ? {} : { titleMark: 'todo' as const }), blocks, findings };
}

/** The plain text of some runs (for Markdown, tests and accessible names). */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
