/**
 * The allocation model's checks as data: what the calculator refuses (错误), asks to verify (警告) or
 * points out (提示) before a scenario can be published, each citing the clause it serves. A finding is
 * `{check, params}` (check-ids.ts); its title, description and wording are in messages.ts (CHECK_TEXT).
 */
import type { ClauseId } from '../policy/clauses.ts';
import type { Severity } from '../policy/severity.ts';
import { ALLOCATION_CHECK_IDS, type AllocationCheckId, type AllocationCheckParams } from './check-ids.ts';
import { CHECK_TEXT } from './messages.ts';

export type { AllocationCheckId, AllocationCheckParams };
export { ALLOCATION_CHECK_IDS };

export interface AllocationCheck {
  id: AllocationCheckId;
  clause: ClauseId;
  severity: Severity;
  title: string;
  description: string;
}

const RULES: { [K in AllocationCheckId]: { clause: ClauseId; severity: Severity } } = {
  'allocation.fund-valid': { clause: '1.1.5', severity: 'error' },
  'allocation.coefficient-range': { clause: '1.1.5', severity: 'error' },
  'allocation.workload-positive': { clause: '1.1.5', severity: 'error' },
  'allocation.scores-match-ledger': { clause: '1.1.5', severity: 'error' },
  'allocation.performance-positive': { clause: '1.1.5', severity: 'error' },
  'allocation.not-uniform': { clause: '1.1.5', severity: 'warning' },
  'allocation.management-share-cap': { clause: '1.1.5', severity: 'warning' },
  'allocation.scheme-within-fund': { clause: '1.1.5', severity: 'error' },
  'allocation.scheme-score-positive': { clause: '1.1.5', severity: 'error' },
  'allocation.factors-considered': { clause: '1.1.5', severity: 'warning' },
  'allocation.scheme-unallocated': { clause: '1.1.5', severity: 'info' },
};

export const ALLOCATION_CHECKS: readonly AllocationCheck[] = ALLOCATION_CHECK_IDS.map((id) => ({
  id,
  ...RULES[id],
  title: CHECK_TEXT[id].title,
  description: CHECK_TEXT[id].description,
}));

export function checkById(id: AllocationCheckId): AllocationCheck {
  return ALLOCATION_CHECKS.find((c) => c.id === id)!;
}

/** A check's finding in words. */
export function formatCheck<K extends AllocationCheckId>(id: K, params: AllocationCheckParams[K]): string {
  return (CHECK_TEXT[id].message as (p: AllocationCheckParams[K]) => string)(params);
}
