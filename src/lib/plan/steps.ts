/**
 * The form's steps and which fields each one holds, so a finding's path leads to its step and the
 * progress list can count what is left in each.
 */
import type { Finding } from './checks.ts';
import type { Severity } from '../policy/severity.ts';
import { pathWithin } from './checks.ts';

export interface Step {
  id: string;
  title: string;
  /** Field paths shown in this step; the most specific match wins (`school.parentsOffWork` is in 时段). */
  fields: readonly string[];
}

export const STEPS: readonly Step[] = [
  { id: 'school', title: '学校信息', fields: ['school'] },
  { id: 'basis', title: '指导思想与目标', fields: ['basis', 'goals'] },
  { id: 'organization', title: '组织机构', fields: ['leadership'] },
  { id: 'time', title: '时段与意愿征询', fields: ['periods', 'school.parentsOffWork', 'departure', 'exclusions', 'consultation'] },
  { id: 'content', title: '服务内容', fields: ['content'] },
  { id: 'timetable', title: '课后服务安排表', fields: ['timetable'] },
  { id: 'venues', title: '场地与教师', fields: ['venues', 'teachers'] },
  { id: 'external', title: '校外力量', fields: ['external'] },
  { id: 'management', title: '管理与保障', fields: ['process', 'safety', 'records', 'quality'] },
  { id: 'funding', title: '经费保障', fields: ['funding'] },
  { id: 'finish', title: '状态与导出', fields: ['review'] },
];

/** The index of the step that shows a field path (0 when no step claims it). */
export function stepOf(path: string): number {
  let best = 0;
  let bestLength = -1;
  STEPS.forEach((step, i) => {
    for (const field of step.fields)
      if (pathWithin(path, field) && field.length > bestLength) {
        best = i;
        bestLength = field.length;
      }
  });
  return best;
}

export type StepProgress = Record<Severity, number>;

/** Per step: how many findings of each severity it still has. */
export function progress(findings: readonly Finding[]): StepProgress[] {
  const out = STEPS.map((): StepProgress => ({ error: 0, warning: 0, info: 0 }));
  for (const f of findings) out[stepOf(f.path)]![f.severity]++;
  return out;
}

/** The DOM id of the form control (or group) for a field path: `external.partners.0` → `plan-field-external-partners-0`. */
export function fieldId(path: string): string {
  return `plan-field-${path.replaceAll('.', '-')}`;
}
