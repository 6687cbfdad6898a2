/**
 * Saved plans, read back: a file of an older version is upgraded step by step to the current one;
 * a damaged, foreign or oversized file yields Chinese messages and no plan (the shared JSON reader, src/lib/files/json-file.ts),
 * so the page keeps its draft.
 */
import { z } from 'zod';
import { PLAN_FORMAT, PLAN_VERSION, PlanSchema, STAGES, SERVICE_TYPES, DAYS } from './schema.ts';
import type { Plan, Review, ReviewStatus, Semester } from './schema.ts';
import { PLAN_FILE_LABEL, PLAN_PATH_LABELS } from './messages.ts';
import { jsonSizeProblem, readJsonFile, writeJsonFile } from '../files/json-file.ts';
import type { JsonFileFormat } from '../files/json-file.ts';

export type ReadResult = { ok: true; plan: Plan; notes: string[] } | { ok: false; messages: string[] };

const Text = z.string().default('');

/** Versions 1 and 2 kept the status in Chinese. */
const OLD_STATUSES = ['草稿', '已提交', '已备案', '退回'] as const;
const OLD_STATUS: Record<(typeof OLD_STATUSES)[number], ReviewStatus> = { 草稿: 'draft', 已提交: 'submitted', 已备案: 'filed', 退回: 'returned' };

/**
 * Version 1 kept lists as lines of text: members as `姓名(职务):职责`, 时段 as `15:30-16:30`,
 * the timetable as flat rows, and one vetting flag per external person.
 */
export const PlanV1Schema = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(1),
  status: z.enum(OLD_STATUSES).default('草稿'),
  returnReason: Text,
  school: z.object({ name: Text, stage: z.enum(STAGES).default('小学'), schoolYear: Text, parentsOffWork: z.string().default('17:30') }).prefault({}),
  leadingGroup: z.array(z.string()).default([]),
  workingGroup: z.array(z.string()).default([]),
  periods: z.array(z.string()).default([]),
  timetable: z
    .array(z.object({ grade: Text, day: z.enum(DAYS), period: z.string(), type: z.enum(SERVICE_TYPES), activity: Text }))
    .default([]),
  consultationDates: z.array(z.string()).default([]),
  basis: Text,
  goals: Text,
  content: Text,
  venues: Text,
  teachers: Text,
  external: z.array(z.object({ name: Text, organization: Text, vetted: z.boolean().default(false), assistant: Text })).default([]),
  process: Text,
  safety: Text,
  records: Text,
  funding: Text,
  noFee: Text,
  quality: Text,
});
export type PlanV1 = z.infer<typeof PlanV1Schema>;

const PERIOD_INDEX: Record<string, number> = { 第一时段: 0, 第二时段: 1, 第三时段: 2 };

function member(line: string) {
  const m = /^\s*([^((::]*?)\s*(?:[((]([^))]*)[))])?\s*(?:[::]\s*([\s\S]*))?$/.exec(line);
  return { name: m?.[1] ?? line.trim(), position: m?.[2]?.trim() ?? '', duty: m?.[3]?.trim() ?? '' };
}

function period(text: string) {
  const [start = '', end = ''] = text.split(/\s*[-–—~～至]+\s*/);
  return { start: start.trim(), end: end.trim() };
}

/** The school year starts in September: dates from September to January fall in 第一学期. */
function semesterOf(date: string): Semester {
  const month = Number(/^\d{4}[-/年](\d{1,2})/.exec(date.trim())?.[1] ?? 9);
  return month >= 9 || month === 1 ? '第一学期' : '第二学期';
}

export function v1ToV2(v1: PlanV1): unknown {
  const grades = [...new Set(v1.timetable.map((r) => r.grade))];
  return {
    format: PLAN_FORMAT,
    version: 2,
    status: { state: v1.status, reason: v1.returnReason },
    school: { ...v1.school, grades },
    basis: v1.basis,
    goals: v1.goals,
    leadership: { leadingGroup: v1.leadingGroup.map(member), workingGroup: v1.workingGroup.map(member) },
    periods: v1.periods.map(period),
    consultation: { rounds: v1.consultationDates.map((date) => ({ semester: semesterOf(date), date: date.trim(), method: '' })) },
    content: { homework: v1.content },
    timetable: grades.map((grade) => ({
      grade,
      cells: v1.timetable
        .filter((r) => r.grade === grade && r.period in PERIOD_INDEX)
        .map((r) => ({ day: r.day, period: PERIOD_INDEX[r.period], type: r.type, activity: r.activity })),
    })),
    venues: v1.venues,
    teachers: { training: v1.teachers },
    external: {
      used: v1.external.length > 0,
      partners: v1.external.map((p) => ({
        name: p.name,
        organization: p.organization,
        assistant: p.assistant,
        vetting: { education: p.vetted, certificate: p.vetted, criminalRecord: p.vetted, health: p.vetted },
      })),
    },
    process: v1.process,
    safety: v1.safety,
    records: v1.records,
    funding: { allocation: v1.funding, noFee: v1.noFee },
    quality: v1.quality,
  };
}

/**
 * Version 2 kept `status: { state: 草稿|已提交|已备案|退回, reason, date }`; version 3 has the optional
 * `review: { status, reason?, reviewer?, date? }` shared with the 学段中心 review page. The rest is unchanged.
 */
export const PlanV2Schema = PlanSchema.omit({ version: true, review: true }).extend({
  version: z.literal(2),
  status: z.object({ state: z.enum(OLD_STATUSES).default('草稿'), reason: Text, date: Text }).prefault({}),
});
export type PlanV2 = z.infer<typeof PlanV2Schema>;

export function v2ToV3(v2: PlanV2): unknown {
  const { status, ...rest } = v2;
  const review: Review = { status: OLD_STATUS[status.state] };
  if (status.reason.trim()) review.reason = status.reason;
  if (status.date.trim()) review.date = status.date;
  // A plain draft stays without a review field: missing means 草稿.
  const keep = review.status !== 'draft' || review.reason !== undefined || review.date !== undefined;
  return { ...rest, version: 3, ...(keep ? { review } : {}) };
}

/** What a plan file is to the shared JSON reader (src/lib/files/json-file.ts): name, version, size limit, upgrades. */
export const PLAN_FILE: JsonFileFormat<Plan> = {
  format: PLAN_FORMAT,
  version: PLAN_VERSION,
  label: PLAN_FILE_LABEL,
  schema: PlanSchema,
  labels: PLAN_PATH_LABELS,
  // Each step reads one version with its own schema (defaults filled in) and returns the next version's data.
  migrations: {
    1: (data) => v1ToV2(PlanV1Schema.parse(data)) as Record<string, unknown>,
    // A version 2 file with a wrong value elsewhere still upgrades, so the final check names that value.
    2: (data) => {
      const parsed = PlanV2Schema.safeParse(data);
      if (parsed.success) return v2ToV3(parsed.data) as Record<string, unknown>;
      const { status: _status, ...rest } = data;
      return { ...rest, version: 3 };
    },
  },
};

/** Too large to read (checked with `File.size` before the page reads the file): the message, or null. */
export function planFileSizeProblem(file: string, size: number): string | null {
  return jsonSizeProblem(PLAN_FILE, file, size);
}

/** A saved plan file's text → the current plan, or Chinese messages naming the file and the field. Never throws. */
export function readPlanJson(file: string, input: string | Uint8Array): ReadResult {
  const read = readJsonFile(PLAN_FILE, file, input);
  return read.ok ? { ok: true, plan: read.value, notes: read.notes } : read;
}

/** Upgrades parsed JSON of any known version to the current plan. */
export function migrate(file: string, data: unknown): ReadResult {
  return readPlanJson(file, JSON.stringify(data) ?? '');
}

export function planToJson(plan: Plan): string {
  const { format: _format, version: _version, ...rest } = plan;
  return writeJsonFile(PLAN_FILE, rest as Plan);
}
