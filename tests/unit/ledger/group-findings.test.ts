import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupFindings } from '../../../src/lib/ledger/summaries/group-findings.ts';
import type { Finding } from '../../../src/lib/ledger/types.ts';
import type { LedgerRuleId } from '../../../src/lib/ledger/check-ids.ts';

const finding = (rule: LedgerRuleId, severity: Finding['severity'], file: string | null, row: number): Finding => ({
  rule,
  clause: '1.2.1',
  severity,
  file,
  row,
  column: null,
  code: rule,
  params: { row },
  message: `${rule} ${row}`,
});

describe('groupFindings', () => {
  it('groups by severity (错误, 警告, 提示), then rule, then file, rules and files in order of first appearance', () => {
    const findings = [
      finding('ledger.person-overlap', 'warning', 'ledger.csv', 2),
      finding('ledger.duplicate-row', 'error', 'ledger.csv', 3),
      finding('ledger.venue-overlap', 'info', null, 4),
      finding('ledger.duplicate-row', 'error', 'monthly-summary.csv', 5),
      finding('ledger.non-school-day', 'error', 'ledger.csv', 6),
      finding('ledger.duplicate-row', 'error', 'ledger.csv', 7),
    ];
    expect(groupFindings(findings)).toEqual([
      ['error', [
        ['ledger.duplicate-row', [['ledger.csv', [findings[1], findings[5]]], ['monthly-summary.csv', [findings[3]]]]],
        ['ledger.non-school-day', [['ledger.csv', [findings[4]]]]],
      ]],
      ['warning', [['ledger.person-overlap', [['ledger.csv', [findings[0]]]]]]],
      ['info', [['ledger.venue-overlap', [['', [findings[2]]]]]]],
    ]);
  });

  it('leaves out severities with no finding, and loses or duplicates no finding', () => {
    expect(groupFindings([])).toEqual([]);
    const arb = fc.array(
      fc.record({ rule: fc.constantFrom<LedgerRuleId>('ledger.duplicate-row', 'ledger.person-overlap', 'ledger.venue-overlap'), severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<Finding['severity']>, file: fc.constantFrom('x.csv', 'y.csv', null), row: fc.nat(99) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const findings = rows.map((r) => finding(r.rule, r.severity, r.file, r.row));
        const groups = groupFindings(findings);
        const flat = groups.flatMap(([, byRule]) => byRule.flatMap(([, byFile]) => byFile.flatMap(([, list]) => list)));
        expect(flat).toHaveLength(findings.length);
        expect(new Set(flat)).toEqual(new Set(findings));
        for (const [severity, byRule] of groups) {
          expect(byRule.length).toBeGreaterThan(0);
          for (const [rule, byFile] of byRule) for (const [file, list] of byFile) for (const f of list) expect([f.severity, f.rule, f.file ?? '']).toEqual([severity, rule, file]);
        }
      }),
    );
  });
});
