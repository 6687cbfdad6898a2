import { describe, expect, it } from 'vitest';
import { CATALOGUE, FIELDS, OUTLINE } from '../../../src/lib/plan/catalogue.ts';
import type { OutlineNode } from '../../../src/lib/plan/catalogue.ts';
import { FIELD_LABELS, STEP_TITLES, headingText } from '../../../src/lib/plan/messages.ts';
import { REQUIRED } from '../../../src/lib/plan/required.ts';
import { STEPS } from '../../../src/lib/plan/steps.ts';
import { emptyPlan } from '../../../src/lib/plan/schema.ts';

const outlineFields = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [...(n.fields ?? []), ...outlineFields(n.children ?? [])]);
const outlineHeadings = (nodes: readonly OutlineNode[]): string[] => nodes.flatMap((n) => [n.heading, ...outlineHeadings(n.children ?? [])]);

/** Every answer of a plan: the leaves of an empty plan, lists counted as one field. */
function leaves(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('the plan field catalogue', () => {
  it('covers every answer of the plan exactly once (format and version aside)', () => {
    const paths = FIELDS.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    const answers = leaves(emptyPlan()).filter((p) => p !== 'format' && p !== 'version' && p !== 'school.grades');
    for (const a of answers) expect(paths.some((p) => a === p || a.startsWith(p + '.')), a).toBe(true);
  });

  it('gives every field a label and every step a title, from messages.ts', () => {
    for (const f of FIELDS) expect(FIELD_LABELS[f.path], f.path).toBeTruthy();
    for (const s of CATALOGUE) expect(STEP_TITLES[s.id], s.id).toBeTruthy();
    expect(STEPS.map((s) => s.title)).toEqual(CATALOGUE.map((s) => STEP_TITLES[s.id]));
  });

  it('generates the required list: free-text answers only', () => {
    expect(REQUIRED).toContain('funding.noFee');
    expect(REQUIRED).toContain('external.selection');
    for (const path of REQUIRED) expect(['text', 'textarea']).toContain(FIELDS.find((f) => f.path === path)!.kind);
  });

  it('prints every field in the document outline once, except those in the title or the 时段 paragraph', () => {
    const printed = outlineFields(OUTLINE);
    expect(new Set(printed).size).toBe(printed.length);
    for (const p of printed) expect(FIELDS.some((f) => f.path === p), p).toBe(true);
    const notPrinted = FIELDS.map((f) => f.path).filter((p) => !printed.includes(p));
    expect(notPrinted.sort()).toEqual(['external.used', 'review', 'school.name', 'school.parentsOffWork', 'school.schoolYear', 'school.stage']);
    for (const h of outlineHeadings(OUTLINE)) expect(headingText(h), h).not.toBe(h);
  });
});
