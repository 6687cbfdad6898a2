/**
 * Every automated check of every tool, keyed by clause id: clause pages list the checks that
 * enforce them, and a unit test keeps each clause file's `checks:` frontmatter equal to this list.
 */
import type { ClauseId } from './policy/clauses.ts';
import { LEDGER_RULES } from './ledger/rules/index.ts';

export interface CheckRef {
  id: string;
  clause: ClauseId;
  title: string;
  tool: '台账自查' | '一校一方案' | '经费分配测算';
  href: string;
}

export const ALL_CHECKS: CheckRef[] = [
  ...LEDGER_RULES.map((r): CheckRef => ({ id: r.id, clause: r.clause, title: r.title, tool: '台账自查', href: `/tools/ledger/rules/#${r.id}` })),
];

export function checksForClause(id: ClauseId): CheckRef[] {
  return ALL_CHECKS.filter((c) => c.clause === id);
}
