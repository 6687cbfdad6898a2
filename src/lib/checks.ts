/**
 * Every automated check of every tool, keyed by clause id: clause pages list the checks that
 * enforce them, /checks/ lists them all, and a unit test keeps each clause file's `checks:`
 * frontmatter equal to this list.
 */
import type { ClauseId } from './policy/clauses.ts';
import type { Severity } from './policy/severity.ts';
import type { Basis } from './policy/basis.ts';
import { LEDGER_RULES } from './ledger/rules/index.ts';
import type { LedgerCheckId } from './ledger/check-ids.ts';
import type { Finding as LedgerFinding } from './ledger/types.ts';
import { PLAN_CHECKS, type Finding as PlanFinding } from './plan/checks.ts';
import type { PlanCheckId } from './plan/check-ids.ts';
import { ALLOCATION_CHECKS, type AllocationCheckId } from './allocation/checks.ts';
import type { AllocationFinding } from './allocation/model.ts';

/** Every check id of every tool; each tool's ids come from its own registry, so a misspelt id does not compile. */
export type CheckId = LedgerCheckId | PlanCheckId | AllocationCheckId;
export type { LedgerCheckId, PlanCheckId, AllocationCheckId };

/**
 * A check's result is a *finding* in every tool, each located where its tool can point: the ledger's by file,
 * row and column, the plan's by field path, the allocation's by form field. One word across the tools.
 */
export type { LedgerFinding, PlanFinding, AllocationFinding };
export type Finding = LedgerFinding | PlanFinding | AllocationFinding;

export type Tool = '台账自查' | '一校一方案' | '经费分配测算';

export interface CheckRef {
  id: CheckId;
  clause: ClauseId;
  paragraph?: number;
  severity: Severity;
  title: string;
  description: string;
  tool: Tool;
  href: string;
  /** What the check rests on. Every 台账 rule has one; the plan and allocation checks are gaining theirs. */
  basis?: Basis;
}

/** A check's basis where its tool's registry already declares one. */
const basisOf = (check: object): { basis: Basis } | Record<string, never> => {
  const basis = (check as { basis?: Basis }).basis;
  return basis ? { basis } : {};
};

export const TOOL_PAGES: Record<Tool, string> = {
  一校一方案: '/tools/plan/',
  经费分配测算: '/tools/allocation/',
  台账自查: '/tools/ledger/',
};

export const ALL_CHECKS: CheckRef[] = [
  ...PLAN_CHECKS.map((c): CheckRef => ({
    id: c.id,
    clause: c.clause,
    ...(c.paragraph ? { paragraph: c.paragraph } : {}),
    severity: c.severity,
    title: c.title,
    description: c.description,
    tool: '一校一方案',
    href: `/checks/#${c.id}`,
    ...basisOf(c),
  })),
  ...ALLOCATION_CHECKS.map((c): CheckRef => ({
    id: c.id,
    clause: c.clause,
    severity: c.severity,
    title: c.title,
    description: c.description,
    tool: '经费分配测算',
    href: `/checks/#${c.id}`,
    ...basisOf(c),
  })),
  ...LEDGER_RULES.map((r): CheckRef => ({
    id: r.id,
    clause: r.clause,
    severity: r.severity,
    title: r.title,
    description: r.description,
    tool: '台账自查',
    href: `/tools/ledger/rules/#${r.id}`,
    basis: r.basis,
  })),
];

export function checksForClause(id: ClauseId): CheckRef[] {
  return ALL_CHECKS.filter((c) => c.clause === id);
}
