/**
 * The form's steps and which fields each one holds, so a finding's path leads to its step and the
 * progress list can count what is left in each.
 */
import type { Finding } from './checks.ts';
import { CATALOGUE } from './catalogue.ts';
import { STEP_TITLES } from './messages.ts';
import type { Severity } from '../policy/severity.ts';
import { pathWithin } from './checks.ts';

export interface Step {
  id: string;
  title: string;
  /** Field paths shown in this step; the most specific match wins (`school.parentsOffWork` is in 时段). */
  fields: readonly string[];
}

/** The form's steps, generated from the field catalogue. */
export const STEPS: readonly Step[] = CATALOGUE.map((s) => ({ id: s.id, title: STEP_TITLES[s.id] ?? s.id, fields: s.fields.map((f) => f.path) }));

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
