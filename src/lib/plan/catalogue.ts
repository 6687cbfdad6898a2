/**
 * The plan's fields, written once: which step of the form shows each, how it is edited, whether the
 * plan needs an answer, and where it stands in the document. The form steps, the required list and the
 * document outline are generated from here; every word (labels, hints, step titles, headings) is in
 * messages.ts, keyed by the same paths.
 */
import type { Plan } from './schema.ts';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'stage'
  | 'members'
  | 'periods'
  | 'consultation'
  | 'timetable'
  | 'external-used'
  | 'partners'
  | 'review';

export interface FieldSpec {
  /** Dotted path in the plan; also the key of its label and hint in messages.ts. */
  path: string;
  kind: FieldKind;
  rows?: number;
  /** An empty answer is reported (`plan.unanswered`) and marked 【待填写】 in the document. */
  required?: boolean;
  /** Shown, required and printed only when this holds (校外力量 when the school uses it). */
  when?: (plan: Plan) => boolean;
}

export interface StepSpec {
  id: string;
  fields: readonly FieldSpec[];
}

const usesExternal = (plan: Plan) => plan.external.used;

export const CATALOGUE: readonly StepSpec[] = [
  {
    id: 'school',
    fields: [
      { path: 'school.name', kind: 'text', required: true },
      { path: 'school.stage', kind: 'stage' },
      { path: 'school.schoolYear', kind: 'text', required: true },
      { path: 'school.students', kind: 'textarea', rows: 2, required: true },
    ],
  },
  {
    id: 'basis',
    fields: [
      { path: 'basis', kind: 'textarea', rows: 8, required: true },
      { path: 'goals', kind: 'textarea', rows: 5, required: true },
    ],
  },
  {
    id: 'organization',
    fields: [
      { path: 'leadership.leadingGroup', kind: 'members' },
      { path: 'leadership.workingGroup', kind: 'members' },
      { path: 'leadership.duty', kind: 'textarea', rows: 3, required: true },
    ],
  },
  {
    id: 'time',
    fields: [
      { path: 'school.parentsOffWork', kind: 'text' },
      { path: 'periods', kind: 'periods' },
      { path: 'departure', kind: 'textarea', rows: 3, required: true },
      { path: 'exclusions', kind: 'textarea', rows: 3, required: true },
      { path: 'consultation.rounds', kind: 'consultation' },
      { path: 'consultation.freeChoice', kind: 'textarea', rows: 3, required: true },
    ],
  },
  {
    id: 'content',
    fields: [
      { path: 'content.homework', kind: 'textarea', rows: 3, required: true },
      { path: 'content.remedial', kind: 'textarea', rows: 3, required: true },
      { path: 'content.extension', kind: 'textarea', rows: 3, required: true },
      { path: 'content.activities', kind: 'textarea', rows: 3, required: true },
      { path: 'content.transition', kind: 'textarea', rows: 3, required: true },
    ],
  },
  { id: 'timetable', fields: [{ path: 'timetable', kind: 'timetable' }] },
  {
    id: 'venues',
    fields: [
      { path: 'venues', kind: 'textarea', rows: 4, required: true },
      { path: 'teachers.flexibleHours', kind: 'textarea', rows: 3, required: true },
      { path: 'teachers.training', kind: 'textarea', rows: 3, required: true },
      { path: 'teachers.projects', kind: 'textarea', rows: 3, required: true },
    ],
  },
  {
    id: 'external',
    fields: [
      { path: 'external.used', kind: 'external-used' },
      { path: 'external.selection', kind: 'textarea', rows: 4, required: true, when: usesExternal },
      { path: 'external.partners', kind: 'partners', when: usesExternal },
    ],
  },
  {
    id: 'management',
    fields: [
      { path: 'process', kind: 'textarea', rows: 6, required: true },
      { path: 'safety', kind: 'textarea', rows: 4, required: true },
      { path: 'records', kind: 'textarea', rows: 6, required: true },
      { path: 'quality', kind: 'textarea', rows: 4, required: true },
    ],
  },
  {
    id: 'funding',
    fields: [
      { path: 'funding.allocation', kind: 'textarea', rows: 5, required: true },
      { path: 'funding.disclosure', kind: 'textarea', rows: 3, required: true },
      { path: 'funding.noFee', kind: 'textarea', rows: 4, required: true },
    ],
  },
  { id: 'finish', fields: [{ path: 'review', kind: 'review' }] },
];

export const FIELDS: readonly FieldSpec[] = CATALOGUE.flatMap((s) => s.fields);

export function fieldSpec(path: string): FieldSpec | undefined {
  return FIELDS.find((f) => f.path === path);
}

/**
 * The document's outline: numbered headings (keys of DOCUMENT_HEADINGS or field labels in messages.ts)
 * and the fields printed under each, in 公文 order. Every field of the catalogue except the school's
 * name, stage, year, 家长下班时间 (all in the title or the 时段 paragraph), 是否引入 and the review appears once.
 */
export interface OutlineNode {
  heading: string;
  fields?: readonly string[];
  children?: readonly OutlineNode[];
  when?: (plan: Plan) => boolean;
}

export const OUTLINE: readonly OutlineNode[] = [
  { heading: 'basis', fields: ['basis'] },
  { heading: 'goals', fields: ['goals'] },
  {
    heading: 'leadership',
    children: [
      { heading: 'leadership.leadingGroup', fields: ['leadership.leadingGroup'] },
      { heading: 'leadership.workingGroup', fields: ['leadership.workingGroup'] },
      { heading: 'leadership.duty', fields: ['leadership.duty'] },
    ],
  },
  {
    heading: 'doc.students',
    children: [
      { heading: 'school.students', fields: ['school.students'] },
      { heading: 'consultation', fields: ['consultation.rounds', 'consultation.freeChoice'] },
    ],
  },
  {
    heading: 'doc.time',
    children: [
      { heading: 'periods', fields: ['periods'] },
      { heading: 'doc.departure', fields: ['departure'] },
      { heading: 'exclusions', fields: ['exclusions'] },
    ],
  },
  {
    heading: 'content',
    children: [
      { heading: 'content.homework', fields: ['content.homework'] },
      { heading: 'doc.remedial', fields: ['content.remedial', 'content.extension'] },
      { heading: 'content.activities', fields: ['content.activities'] },
      { heading: 'content.transition', fields: ['content.transition'] },
    ],
  },
  { heading: 'venues', fields: ['venues'] },
  {
    heading: 'doc.staff',
    children: [
      {
        heading: 'doc.teachers',
        children: [
          { heading: 'teachers.flexibleHours', fields: ['teachers.flexibleHours'] },
          { heading: 'teachers.training', fields: ['teachers.training'] },
          { heading: 'teachers.projects', fields: ['teachers.projects'] },
        ],
      },
      { heading: 'external', fields: ['external.selection', 'external.partners'], when: usesExternal },
    ],
  },
  { heading: 'process', fields: ['process'] },
  { heading: 'safety', fields: ['safety'] },
  { heading: 'records', fields: ['records'] },
  {
    heading: 'doc.funding',
    children: [
      { heading: 'doc.allocation', fields: ['funding.allocation'] },
      { heading: 'funding.disclosure', fields: ['funding.disclosure'] },
      { heading: 'funding.noFee', fields: ['funding.noFee'] },
    ],
  },
  { heading: 'quality', fields: ['quality'] },
  { heading: 'doc.annex', fields: ['timetable'] },
];
