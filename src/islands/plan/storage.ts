/** The draft survives a reload: kept in localStorage and read back through the same migration as files. */
import { planToJson, readPlanJson } from '../../lib/plan/migrate.ts';
import type { ReadResult } from '../../lib/plan/migrate.ts';
import type { Plan } from '../../lib/plan/schema.ts';

const KEY = 'kehou.plan.draft';
const STEP_KEY = 'kehou.plan.step';

export function loadDraft(): ReadResult | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) return null;
    const result = readPlanJson('浏览器中自动保存的草稿', raw);
    // Keep an unreadable draft aside instead of overwriting it with the next autosave.
    if (!result.ok) localStorage.setItem(`${KEY}.unreadable`, raw);
    return result;
  } catch {
    return null;
  }
}

export function saveDraft(plan: Plan): boolean {
  try {
    localStorage.setItem(KEY, planToJson(plan));
    return true;
  } catch {
    return false;
  }
}

export function loadStep(): number {
  try {
    return Number(localStorage.getItem(STEP_KEY) ?? 0) || 0;
  } catch {
    return 0;
  }
}

export function saveStep(step: number): void {
  try {
    localStorage.setItem(STEP_KEY, String(step));
  } catch {
    // Storage may be full or disabled; the step is a convenience.
  }
}
