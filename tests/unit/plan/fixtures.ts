import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlanSchema } from '../../../src/lib/plan/schema.ts';
import type { Plan } from '../../../src/lib/plan/schema.ts';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/plan');

export function fixtureText(name: string): string {
  return readFileSync(path.join(dir, name), 'utf8');
}

/** A complete plan every check passes (a 小学 preset with names and one vetted partner). */
export function cleanPlan(): Plan {
  return PlanSchema.parse(JSON.parse(fixtureText('clean-plan.json')));
}
