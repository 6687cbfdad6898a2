/** What every form control needs: the plan, a way to change it, and the findings for its field. */
import type { Plan } from '../../lib/plan/schema.ts';
import type { Finding } from '../../lib/plan/checks.ts';
import { pathWithin } from '../../lib/plan/checks.ts';

export { getAt, setAt } from '../../lib/plan/paths.ts';

export interface Form {
  plan: Plan;
  /** Applies a change to a copy of the plan. */
  edit: (change: (draft: Plan) => void) => void;
  findings: readonly Finding[];
  unanswered: ReadonlySet<string>;
}

/** Findings shown beside a control: errors and warnings at the field or inside it. */
export function findingsAt(form: Form, path: string, exact = false): Finding[] {
  return form.findings.filter((f) => f.severity !== 'info' && (exact ? f.path === path : pathWithin(f.path, path)));
}
