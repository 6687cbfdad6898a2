/** The answers every plan needs (from the catalogue): what the document marks 【待填写】 and `plan.unanswered` lists. */
import { FIELDS } from './catalogue.ts';
import { getAt } from './paths.ts';
import type { Plan } from './schema.ts';
import { isBlank } from './text.ts';

export const REQUIRED: readonly string[] = FIELDS.filter((f) => f.required).map((f) => f.path);

/** The paths of the answers still empty, in form order; a member needs a name and a duty. */
export function unansweredPaths(plan: Plan): string[] {
  const paths = FIELDS.filter((f) => f.required && (f.when ? f.when(plan) : true) && isBlank(String(getAt(plan, f.path) ?? ''))).map((f) => f.path);
  for (const key of ['leadingGroup', 'workingGroup'] as const) {
    plan.leadership[key].forEach((m, i) => {
      if (isBlank(m.name)) paths.push(`leadership.${key}.${i}.name`);
      if (isBlank(m.duty)) paths.push(`leadership.${key}.${i}.duty`);
    });
  }
  return paths;
}
