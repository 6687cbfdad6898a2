/**
 * Every allocation check's id, as data (in the order of ALLOCATION_CHECKS), and the params each one's
 * finding carries. A finding is `{check, params}`; its wording is in messages.ts (CHECK_TEXT), typed by
 * these params, so a misspelt id or a missing param does not compile.
 */
import type { FundingFactor } from '../policy/vocabulary.ts';

export const ALLOCATION_CHECK_IDS = [
  'allocation.fund-valid',
  'allocation.coefficient-range',
  'allocation.workload-positive',
  'allocation.scores-match-ledger',
  'allocation.performance-positive',
  'allocation.not-uniform',
  'allocation.management-share-cap',
  'allocation.scheme-within-fund',
  'allocation.scheme-score-positive',
  'allocation.factors-considered',
  'allocation.scheme-unallocated',
] as const;

export type AllocationCheckId = (typeof ALLOCATION_CHECK_IDS)[number];

/** How a score row and the 台账 disagree (allocation.scores-match-ledger); `row` counts score rows from 1. */
export type ScoreMismatch =
  | { kind: 'not-in-ledger'; row: number; staffId: string; name: string }
  | { kind: 'other-name'; row: number; staffId: string; name: string; ledgerName: string }
  | { kind: 'unscored'; staffId: string; name: string }
  | { kind: 'duplicate'; row: number; staffId: string };

/** The two forms of 简单划一: the same amount per head, or per 课时. */
export type UniformScheme = 'head' | 'hour';

/** What each check's finding says, as values (money already in 元 text, percents as shown). */
export interface AllocationCheckParams {
  'allocation.fund-valid': { value: string; reason: string };
  'allocation.coefficient-range': { field: string; value: string; reason: string };
  'allocation.workload-positive': Record<string, never>;
  'allocation.scores-match-ledger': ScoreMismatch;
  'allocation.performance-positive': { percent: number };
  'allocation.not-uniform': { scheme: UniformScheme };
  'allocation.management-share-cap': { amount: string; percent: string; cap: number };
  'allocation.scheme-within-fund': { step: number; label: string; shortfall: string };
  'allocation.scheme-score-positive': { step: number; label: string };
  'allocation.factors-considered': { factors: readonly FundingFactor[] };
  'allocation.scheme-unallocated': { amount: string };
}
