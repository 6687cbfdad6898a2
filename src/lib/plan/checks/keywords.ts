/**
 * The two kinds of keyword check, made by one factory each: a field must mention each of some things
 * (any of its words), or free text must not contain some words outside the statements that name them.
 * Keyword checks only find words: their messages say so, and none is an 错误.
 */
import type { Plan } from '../schema.ts';
import { describePath } from '../messages.ts';
import type { FindingCode } from '../messages.ts';
import { isBlank, missingMentions, textFields } from '../text.ts';
import { at } from './types.ts';
import type { FindingAt, PlanCheck } from './types.ts';

type Meta = Omit<PlanCheck, 'check'>;

/** `[name, ...words]`: the thing is mentioned when any of its words occurs. */
export type Thing = readonly [string, ...string[]];

/** A check that an answered field mentions each thing; an empty field is left to `plan.unanswered`. */
export function mentionsCheck(
  meta: Meta & { severity: 'warning' | 'info' },
  field: { path: string; value: (plan: Plan) => string; when?: (plan: Plan) => boolean },
  things: readonly Thing[],
  code: Extract<FindingCode, 'freeChoice' | 'exclusions' | 'fundingFactors' | 'quality' | 'records'>,
): PlanCheck {
  return {
    ...meta,
    check: (plan) => {
      if (field.when && !field.when(plan)) return [];
      const text = field.value(plan);
      if (isBlank(text)) return [];
      const missing = missingMentions(text, things);
      return missing.length ? [at(field.path, code, missing)] : [];
    },
  };
}

/** Fields whose purpose is to name what is forbidden; the word scans skip them. */
export const STATEMENT_FIELDS: ReadonlySet<string> = new Set(['exclusions', 'funding.noFee']);

/** A check that no free-text answer (statements of what is forbidden aside) contains one of the words. */
export function forbiddenWordsCheck(meta: Meta & { severity: 'warning' | 'info' }, words: readonly string[], topic: string): PlanCheck {
  return {
    ...meta,
    check: (plan) => {
      const out: FindingAt[] = [];
      for (const { path, text } of textFields(plan)) {
        if (STATEMENT_FIELDS.has(path)) continue;
        const word = words.find((w) => text.includes(w));
        if (word) out.push(at(path, 'forbiddenWord', describePath(path), word, topic));
      }
      return out;
    },
  };
}
