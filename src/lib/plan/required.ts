/** The answers every plan needs: what the document marks 【待填写】 and \`plan.unanswered\` lists. */
import type { Plan } from './schema.ts';
import { isBlank } from './text.ts';

/** Answers every plan needs; 校外力量 only when the school uses it. */
export const REQUIRED: readonly { path: string; when?: (p: Plan) => boolean; value: (p: Plan) => string }[] = [
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

