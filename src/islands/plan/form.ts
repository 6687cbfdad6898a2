/** What every form control needs: the plan, a way to change it, and the findings for its field. */
import type { Plan } from '../../lib/plan/schema.ts';
import type { Finding } from '../../lib/plan/checks.ts';
import { pathWithin } from '../../lib/plan/checks.ts';

export interface Form {
  plan: Plan;
  /** Applies a change to a copy of the plan. */
  edit: (change: (draft: Plan) => void) => void;
  findings: readonly Finding[];
  unanswered: ReadonlySet<string>;
}

type Node = Record<string, unknown> | unknown[];

/** The value at a dotted path (`teachers.training`, `leadership.workingGroup.2.name`). */
export function getAt(plan: Plan, path: string): unknown {
  let node: unknown = plan;
  for (const part of path.split('.')) node = (node as Node | undefined)?.[part as keyof Node];
  return node;
}

export function setAt(plan: Plan, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = plan as unknown as Node;
  for (const part of parts.slice(0, -1)) node = node[part as keyof Node] as Node;
  (node as Record<string, unknown>)[parts.at(-1)!] = value;
}

/** Findings shown beside a control: errors and warnings at the field or inside it. */
export function findingsAt(form: Form, path: string, exact = false): Finding[] {
  return form.findings.filter((f) => f.severity !== 'info' && (exact ? f.path === path : pathWithin(f.path, path)));
}
