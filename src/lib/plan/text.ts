/** Small text helpers shared by the checks and the document model. */
import type { Plan } from './schema.ts';
import { FIELDS } from './catalogue.ts';
import { getAt } from './paths.ts';

/** `15:30` (also `15：30`, `9:05`) → minutes after midnight; null when it is not a time. One parser for every time in kehou. */
export { timeToMinutes as minutesOf } from '../ledger/fields.ts';

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Every free-text answer of a plan with its field path: the catalogue's text fields, then the free text inside lists. */
export function textFields(plan: Plan): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const add = (path: string, text: string) => out.push({ path, text });
  for (const f of FIELDS)
    if ((f.kind === 'text' || f.kind === 'textarea') && f.path !== 'school.schoolYear' && f.path !== 'school.parentsOffWork' && (!f.when || f.when(plan)))
      add(f.path, String(getAt(plan, f.path) ?? ''));
  plan.leadership.leadingGroup.forEach((m, i) => add(`leadership.leadingGroup.${i}.duty`, m.duty));
  plan.leadership.workingGroup.forEach((m, i) => add(`leadership.workingGroup.${i}.duty`, m.duty));
  plan.consultation.rounds.forEach((r, i) => add(`consultation.rounds.${i}.method`, r.method));
  plan.timetable.forEach((g, gi) => g.cells.forEach((c, ci) => add(`timetable.${gi}.cells.${ci}.activity`, c.activity)));
  if (plan.external.used) plan.external.partners.forEach((p, i) => add(`external.partners.${i}.activity`, p.activity));
  return out;
}

/** Which of the named things a text mentions none of the words for; each thing is [name, ...words]. */
export function missingMentions(text: string, things: readonly (readonly [string, ...string[]])[]): string[] {
  return things.filter(([, ...words]) => !words.some((w) => text.includes(w))).map(([name]) => name);
}
