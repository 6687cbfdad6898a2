/**
 * One document model of the plan, rendered three times: the page's preview, `.docx` and Markdown.
 * The outline and headings come from the field catalogue. Headings carry the 公文 numbering (一、 (一) 1.); an answer still empty reads 【待填写:…】 and is
 * marked `todo`; a part a check finds wanting is marked `fail` with the findings' messages.
 */
import { DAYS, periodName } from './schema.ts';
import type { Plan } from './schema.ts';
import { checkPlan, pathWithin } from './checks.ts';
import type { Finding } from './checks.ts';
import { DOCUMENT_TEXT as T, describePath, headingText } from './messages.ts';
import { OUTLINE, fieldSpec } from './catalogue.ts';
import type { OutlineNode } from './catalogue.ts';
import { getAt } from './paths.ts';
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
  return { text: T.todo(label), mark: 'todo' };
}

/**
 * Builds the document from the catalogue's outline. The findings are the page's (run once per change
 * and passed in); callers without them get a fresh check.
 */
export function buildPlan(plan: Plan, allFindings: readonly Finding[] = checkPlan(plan)): PlanDocument {
  const findings = allFindings.filter((f) => f.severity !== 'info');
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
  const periods = plan.periods;

  /** How each kind of field is printed. */
  const print = (path: string) => {
    const kind = fieldSpec(path)?.kind;
    if (kind === 'text' || kind === 'textarea') return text(path, String(getAt(plan, path) ?? ''));
    if (kind === 'members') {
      const group = getAt(plan, path) as Plan['leadership']['leadingGroup'];
      const name = headingText(path);
      blocks.push(
        withMarks(
          {
            kind: 'table',
            caption: name,
            header: [...T.memberHeader],
            rows: group.map((m, i) => [cell(m.name, T.row(i, T.memberHeader[0])), [{ text: m.position.trim() }], cell(m.duty, T.row(i, T.memberHeader[2]))]),
          },
          path,
        ),
      );
      return;
    }
    if (kind === 'consultation') {
      const rounds = plan.consultation.rounds;
      if (rounds.length === 0) blocks.push(withMarks({ kind: 'paragraph', runs: [todo(T.roundsMissing)], mark: 'todo' }, path));
      else
        blocks.push(
          withMarks(
            {
              kind: 'paragraph',
              runs: [
                { text: T.roundsIntro },
                ...rounds.flatMap((r, i): Run[] => [
                  { text: `${i ? ';' : ''}${r.semester}` },
                  ...(isBlank(r.date) ? [todo(T.roundDate)] : [{ text: ` ${r.date.trim()}` }]),
                  ...(isBlank(r.method) ? [] : [{ text: `,${r.method.trim().replace(/[。;;]$/, '')}` }]),
                ]),
                { text: '。' },
              ],
            },
            path,
          ),
        );
      return;
    }
    if (kind === 'periods') {
      blocks.push(
        withMarks(
          {
            kind: 'paragraph',
            runs:
              periods.length === 0
                ? [todo(T.periodsMissing)]
                : [
                    { text: T.periodsIntro(COUNT[periods.length] ?? String(periods.length)) },
                    ...periods.map((p, i): Run => ({ text: `${i ? ';' : ''}${periodName(i)} ${p.start.trim() || '?'}—${p.end.trim() || '?'}` })),
                    { text: T.periodsEnd(plan.school.parentsOffWork.trim() || '17:30') },
                  ],
          },
          path,
        ),
      );
      return;
    }
    if (kind === 'partners') {
      blocks.push(
        withMarks(
          {
            kind: 'table',
            caption: T.partnersCaption,
            header: [...T.partnersHeader],
            rows: plan.external.partners.map((p, i) => {
              const v = p.vetting;
              const vetted = v.education && v.certificate && v.criminalRecord && v.health;
              return [
                cell(p.name, T.row(i, T.memberHeader[0])),
                [{ text: p.kind }],
                [{ text: p.organization.trim() }],
                [{ text: p.activity.trim() }],
                vetted ? [{ text: T.vetted }] : [{ text: T.notVetted, mark: 'fail' }],
                isBlank(p.assistant) ? [{ text: T.noAssistant, mark: 'fail' }] : [{ text: p.assistant.trim() }],
              ];
            }),
          },
          path,
        ),
      );
      return;
    }
    if (kind === 'timetable') {
      if (plan.timetable.length === 0) blocks.push(withMarks({ kind: 'paragraph', runs: [todo(T.timetableMissing)], mark: 'todo' }, path));
      timetableGrids(plan).forEach((g, gi) => {
        blocks.push(withMarks({ kind: 'table', caption: T.timetableCaption(g.grade), header: g.header, rows: g.rows.map((r) => r.map((text) => [{ text }])) }, `${path}.${gi}`));
      });
    }
  };

  const walk = (nodes: readonly OutlineNode[], level: 1 | 2 | 3) => {
    for (const node of nodes) {
      if (node.when && !node.when(plan)) continue;
      heading(level, headingText(node.heading));
      for (const path of node.fields ?? []) print(path);
      if (node.children) walk(node.children, Math.min(level + 1, 3) as 1 | 2 | 3);
    }
  };
  walk(OUTLINE, 1);

  const school = plan.school.name.trim();
  const title = T.title(school, plan.school.schoolYear.trim());
  return { title, ...(school ? {} : { titleMark: 'todo' as const }), blocks, findings };
}

/** One grade's weekly timetable as text: 时段 (name and times) down, 周一…周五 across. */
export interface TimetableGrid {
  grade: string;
  header: string[];
  rows: string[][];
}

/**
 * Each grade's weekly timetable as text rows, the one rendering of the plan's 每周安排: the document's annex
 * (the preview, .docx, Markdown) and the semester packet's 课后服务安排表 (.docx, .xlsx, print view) use it.
 * `periodBreak` separates a 时段's name from its times: a line break in the document, a space in a sheet cell.
 */
export function timetableGrids(plan: Plan, periodBreak = '\n'): TimetableGrid[] {
  return plan.timetable.map((g, gi) => ({
    grade: g.grade.trim() || T.gradeName(gi),
    header: [T.period, ...DAYS],
    rows: plan.periods.map((p, pi) => [
      `${periodName(pi)}${periodBreak}${p.start.trim()}—${p.end.trim()}`,
      ...DAYS.map((day) => {
        const c = g.cells.find((x) => x.day === day && x.period === pi);
        if (!c) return '—';
        return `${c.type}${isBlank(c.activity) ? '' : `:${c.activity.trim()}`}${isBlank(c.place) ? '' : `(${c.place.trim()})`}`;
      }),
    ]),
  }));
}

/** The plain text of some runs (for Markdown, tests and accessible names). */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
