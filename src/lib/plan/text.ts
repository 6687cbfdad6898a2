/** Small text helpers shared by the checks and the document model. */
import type { Plan } from './schema.ts';

/** `15:30` (also `15：30`, `9:05`) → minutes after midnight; null when it is not a time. One parser for every time in kehou. */
export { timeToMinutes as minutesOf } from '../ledger/fields.ts';

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Every free-text answer of a plan with its field path, in document order. */
export function textFields(plan: Plan): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const add = (path: string, text: string) => out.push({ path, text });
  add('school.name', plan.school.name);
  add('school.students', plan.school.students);
  add('basis', plan.basis);
  add('goals', plan.goals);
  plan.leadership.leadingGroup.forEach((m, i) => add(`leadership.leadingGroup.${i}.duty`, m.duty));
  plan.leadership.workingGroup.forEach((m, i) => add(`leadership.workingGroup.${i}.duty`, m.duty));
  add('leadership.duty', plan.leadership.duty);
  add('departure', plan.departure);
  add('exclusions', plan.exclusions);
  plan.consultation.rounds.forEach((r, i) => add(`consultation.rounds.${i}.method`, r.method));
  add('consultation.freeChoice', plan.consultation.freeChoice);
  add('content.homework', plan.content.homework);
  add('content.remedial', plan.content.remedial);
  add('content.extension', plan.content.extension);
  add('content.activities', plan.content.activities);
  add('content.transition', plan.content.transition);
  plan.timetable.forEach((g, gi) => g.cells.forEach((c, ci) => add(`timetable.${gi}.cells.${ci}.activity`, c.activity)));
  add('venues', plan.venues);
  add('teachers.flexibleHours', plan.teachers.flexibleHours);
  add('teachers.training', plan.teachers.training);
  add('teachers.projects', plan.teachers.projects);
  if (plan.external.used) {
    add('external.selection', plan.external.selection);
    plan.external.partners.forEach((p, i) => add(`external.partners.${i}.activity`, p.activity));
  }
  add('process', plan.process);
  add('safety', plan.safety);
  add('records', plan.records);
  add('funding.allocation', plan.funding.allocation);
  add('funding.disclosure', plan.funding.disclosure);
  add('funding.noFee', plan.funding.noFee);
  add('quality', plan.quality);
  return out;
}

/** Which of the named things a text mentions none of the words for; each thing is [name, ...words]. */
export function missingMentions(text: string, things: readonly (readonly [string, ...string[]])[]): string[] {
  return things.filter(([, ...words]) => !words.some((w) => text.includes(w))).map(([name]) => name);
}
