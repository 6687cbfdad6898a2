/** One careless row changes nothing for the others: it is reported, and every finding on the other rows stays. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LedgerSettingsSchema } from '../../../src/lib/ledger/index.ts';
import { check, fixtureSet } from './helpers.ts';

const novemberOnly = LedgerSettingsSchema.parse({ semesters: [{ name: '2024-2025学年第一学期', start: '2024-11-01', end: '2024-11-30' }] });
const key = (f: { rule: string; file: string | null; row: number | null; column: string | null; message: string }) => `${f.rule}|${f.file}|${f.row}|${f.column}|${f.message}`;

// Rows a hurried hand might add: a 3-digit year, an impossible date, 课时 with a decimal comma, an unclosed-free garbage row, a NUL.
const BAD_ROWS = [
  '0999-11-01,第一时段,15:30,16:30,一(1)班,作业辅导,,答疑,一(1)班教室,25,00007,谭红,本校教职工,主讲,1.5',
  '2024-11-31,第一时段,15:30,16:30,一(1)班,作业辅导,,答疑,一(1)班教室,25,00007,谭红,本校教职工,主讲,1.5',
  '2024-11-09,第一时段,15:30,16:30,一(1)班,作业辅导,,答疑,一(1)班教室,25,00007,谭红,本校教职工,主讲,"1,5"',
  'x,y,z',
  '2024-11-04,第一时段,15:30,16:30,一(1)班,作业辅导,,答\u0000疑,一(1)班教室,25,00007,谭红,本校教职工,主讲,1.5',
];

describe('an invalid row', () => {
  it('never removes a finding from the other rows (property, over planted defects)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('person-double-booked', 'session-on-non-school-day', 'duplicate-row', 'hours-not-matching-length'), fc.constantFrom(...BAD_ROWS), async (defect, bad) => {
        const files = fixtureSet(defect);
        const before = await check(files, novemberOnly);
        const ledger = files.get('ledger.csv')!.replace(/(\r?\n)?$/, `\r\n${bad}\r\n`);
        const after = await check(new Map([...files, ['ledger.csv', ledger]]), novemberOnly);
        const kept = new Set(after.findings.map(key));
        expect(before.findings.map(key).filter((k) => !kept.has(k))).toEqual([]);
        expect(after.findings.length).toBeGreaterThan(before.findings.length);
      }),
      { numRuns: 8 },
    );
  });
});
