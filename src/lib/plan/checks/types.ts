/**
 * What a plan check is and what it finds. A check is data (id, clause, severity, basis, title,
 * description) plus a function of the plan; its findings name the field path and carry their message
 * as `{code, params}` with the sentence made in messages.ts.
 */
import type { ClauseId } from '../../policy/clauses.ts';
import type { Basis } from '../../policy/basis.ts';
import type { Severity } from '../../policy/severity.ts';
import type { Plan } from '../schema.ts';
import { findingMessage } from '../messages.ts';
import type { FindingCode, FindingParams } from '../messages.ts';
import type { PlanCheckId } from '../check-ids.ts';

export type { Severity };

/** What one check found at one field: the path, the message code and its params, and the sentence. */
export interface FindingAt {
  path: string;
  code: FindingCode;
  params: readonly unknown[];
  message: string;
}

export interface PlanCheck {
  id: PlanCheckId;
  clause: ClauseId;
  /** The paragraph of the clause the check enforces (`#p2`), when the clause has several. */
  paragraph?: number;
  severity: Severity;
  /** What the check rests on: the notice's words, a Shanghai or national document, or this site's default. */
  basis: Basis;
  title: string;
  description: string;
  check(plan: Plan): FindingAt[];
}

/** A finding of the plan checks: the same vocabulary as the ledger's findings (rule, clause, severity, message), located by field path. */
export interface Finding extends FindingAt {
  rule: PlanCheck['id'];
  clause: ClauseId;
  paragraph?: number;
  severity: Severity;
  basis: Basis;
}

/** @deprecated the shared name is `Finding`; kept for callers written before the rename. */
export type PlanFinding = Finding;

/** A finding at a field, its sentence made from the code. */
export function at<C extends FindingCode>(path: string, code: C, ...params: FindingParams<C>): FindingAt {
  return { path, code, params, message: findingMessage(code, params) };
}
