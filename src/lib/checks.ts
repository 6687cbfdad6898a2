import type { ClauseId } from './policy/clauses.ts';

/** One automated check of any tool, as clause pages and the rules page list it. */
export interface CheckRef {
  id: string;
  clause: ClauseId;
  title: string;
  tool: '台账自查' | '一校一方案' | '经费分配测算';
  href: string;
}

// Filled in as each tool lands its rule list (ledger rules, plan checks, allocation checks).
export const ALL_CHECKS: CheckRef[] = [];

export function checksForClause(id: ClauseId): CheckRef[] {
  return ALL_CHECKS.filter((c) => c.clause === id);
}
