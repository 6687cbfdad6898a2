import { describe, expect, it } from 'vitest';
import { LEDGER_FORMAT_CHECK_IDS, LEDGER_RULE_IDS, type LedgerCheckId, type LedgerRuleId } from '../../../src/lib/ledger/check-ids.ts';
import { LEDGER_RULES } from '../../../src/lib/ledger/index.ts';
import { FORMAT_CHECKS } from '../../../src/lib/ledger/format-checks.ts';
import { DEFECTS } from '../../../src/lib/ledger/sample/index.ts';

describe('the ledger id registry', () => {
  it('lists exactly the rule files, in the order of the rules page', () => {
    expect(LEDGER_RULES.map((r) => r.id)).toEqual([...LEDGER_RULE_IDS]);
  });

  it('lists exactly the checks made before the SQL', () => {
    expect(FORMAT_CHECKS.map((c) => c.id)).toEqual([...LEDGER_FORMAT_CHECK_IDS]);
  });

  it('has no id twice, and no rule id is also a format check id', () => {
    const all: readonly string[] = [...LEDGER_RULE_IDS, ...LEDGER_FORMAT_CHECK_IDS];
    expect(new Set(all).size).toBe(all.length);
  });

  it('names a registered rule or check for every planted defect', () => {
    const known = new Set<string>([...LEDGER_RULE_IDS, ...LEDGER_FORMAT_CHECK_IDS]);
    for (const [name, d] of Object.entries(DEFECTS)) expect(known.has(d.rule), name).toBe(true);
  });

  it('makes a misspelt id a type error (checked by `npm run check`)', () => {
    // @ts-expect-error a rule id that is not in the registry
    const rule: LedgerRuleId = 'ledger.duplicate-rows';
    // @ts-expect-error a check id that is not in the registry
    const check: LedgerCheckId = 'cell.invalid-value';
    expect([rule, check].every((id) => !(LEDGER_RULE_IDS as readonly string[]).includes(id))).toBe(true);
  });
});
