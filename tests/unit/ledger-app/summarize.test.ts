import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import {
  formatHundredths,
  hoursToHundredths,
  ledgerHoursFromRecords,
  normalizeDate,
  summarizeLedger,
  summarizeLedgerCsv,
  type LedgerHoursRow,
} from '../../../src/lib/ledger/summaries/summarize.ts';

const ledgerRow = fc.record({
  date: fc.date({ min: new Date('2024-09-01T00:00:00Z'), max: new Date('2025-01-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  staffId: fc.constantFrom('00001', '00002', '00310', 'W0001'),
  name: fc.constant('某老师'),
  hours: fc.integer({ min: 0, max: 400 }).map(formatHundredths),
});

const total = (values: string[]) => values.reduce((s, h) => s + hoursToHundredths(h)!, 0);

describe('summaries of a ledger', () => {
  it('monthly totals and semester totals both sum to the ledger total 课时', () => {
    fc.assert(
      fc.property(fc.array(ledgerRow, { maxLength: 60 }), (rows: LedgerHoursRow[]) => {
        const acc = summarizeLedger(rows);
        const ledgerTotal = total(rows.map((r) => r.hours));
        expect(total(acc.monthly().map((m) => m.hours))).toBe(ledgerTotal);
        expect(total(acc.disclosure().map((m) => m.hours))).toBe(ledgerTotal);
        expect(total(acc.semester(85).map((m) => m.hours))).toBe(ledgerTotal);
      }),
    );
  });

  it('each person-month lists exactly the distinct dates of its rows, and 参与天数 is their count', () => {
    fc.assert(
      fc.property(fc.array(ledgerRow, { maxLength: 60 }), (rows) => {
        for (const m of summarizeLedger(rows).monthly()) {
          const expected = [...new Set(rows.filter((r) => r.staffId === m.staffId && r.date.startsWith(m.month)).map((r) => r.date))].sort();
          expect(m.dates).toEqual(expected);
          expect(m.days).toBe(expected.length);
        }
      }),
    );
  });

  it('工作量公示 is 月度汇总 without the dates', () => {
    fc.assert(
      fc.property(fc.array(ledgerRow, { maxLength: 40 }), (rows) => {
        const acc = summarizeLedger(rows);
        expect(acc.disclosure()).toEqual(acc.monthly().map(({ month, staffId, name, hours }) => ({ month, staffId, name, hours })));
      }),
    );
  });

  it('pay is 课时 × rate to the 分', () => {
    const acc = summarizeLedger([
      { date: '2024-10-08', staffId: '00001', name: '甲', hours: '1.5' },
      { date: '2024/11/8', staffId: '00001', name: '甲', hours: '1.25' },
      { date: '2024年12月9日', staffId: '00002', name: '乙', hours: '0.1' },
    ]);
    expect(acc.semester(85)).toEqual([
      { staffId: '00001', name: '甲', hours: '2.75', pay: '233.75' },
      { staffId: '00002', name: '乙', hours: '0.1', pay: '8.50' },
    ]);
    expect(acc.monthly().map((m) => m.month)).toEqual(['2024-10', '2024-11', '2024-12']);
  });

  it('skips rows it cannot read and says which', () => {
    const acc = summarizeLedger(ledgerHoursFromRecords([
      { 日期: '2024-10-08', 工号: '00001', 姓名: '甲', 课时数: '1' },
      { 日期: '10月8日', 工号: '00001', 姓名: '甲', 课时数: '1' },
      { 日期: '2024-10-08', 工号: '00001', 姓名: '甲', 课时数: '一' },
      { 日期: '2024-10-08', 工号: ' ', 姓名: '甲', 课时数: '1' },
    ]));
    expect(acc.skipped()).toEqual([{ index: 2, reason: 'date' }, { index: 3, reason: 'hours' }, { index: 4, reason: 'staffId' }]);
    expect(acc.monthly()).toHaveLength(1);
  });

  it('never counts a 课时数 with a comma: "1,5" and "1,500" are skipped as unreadable, not summed as 15 or 1500', () => {
    const acc = summarizeLedger(ledgerHoursFromRecords([
      { 日期: '2024-10-08', 工号: '00001', 姓名: '甲', 课时数: '1.5' },
      { 日期: '2024-10-09', 工号: '00001', 姓名: '甲', 课时数: '1,5' },
      { 日期: '2024-10-10', 工号: '00001', 姓名: '甲', 课时数: '1,500' },
    ]));
    expect(acc.skipped()).toEqual([{ index: 2, reason: 'hours' }, { index: 3, reason: 'hours' }]);
    expect(acc.monthly()).toMatchObject([{ staffId: '00001', dates: ['2024-10-08'], days: 1, hours: '1.5' }]);
  });
});

describe('cell readers', () => {
  it('hundredths survive formatting and reading back', () => {
    fc.assert(fc.property(fc.nat(10_000_000), (n) => {
      expect(hoursToHundredths(formatHundredths(n))).toBe(n);
    }));
  });

  it('accepts the three date spellings of the template and rejects impossible dates', () => {
    expect(normalizeDate('2024-9-2')).toBe('2024-09-02');
    expect(normalizeDate('2024/09/02')).toBe('2024-09-02');
    expect(normalizeDate('2024年9月2日')).toBe('2024-09-02');
    expect(normalizeDate('2024-02-30')).toBeNull();
    expect(normalizeDate('20240902')).toBeNull();
    expect(hoursToHundredths('1.234')).toBeNull();
    expect(hoursToHundredths('-1')).toBeNull();
  });
});

/** A 台账 and its summaries worked out by hand (tests/fixtures/ledger/summary/README.md): not the summariser's own output. */
const HAND = path.resolve(import.meta.dirname, '../../fixtures/ledger/summary');
const hand = (name: string) => readFileSync(path.join(HAND, name), 'utf8');

describe('summaries against a hand-worked example', () => {
  it('月度汇总 and 工作量公示 of the hand-written 台账 are the hand-computed files, and the unreadable row is named', () => {
    const out = summarizeLedgerCsv(hand('ledger.csv'));
    expect(out.monthly).toBe(hand('expected-monthly-summary.csv'));
    expect(out.disclosure).toBe(hand('expected-monthly-disclosure.csv'));
    expect(out.rows).toBe(11);
    expect(out.skippedRows).toEqual([12]);
  });

  it('semester totals and pay are the hand-computed ones, pay rounded half up to the 分', () => {
    const records = Papa.parse<Record<string, string>>(hand('ledger.csv').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data;
    const acc = summarizeLedger(ledgerHoursFromRecords(records));
    expect(acc.semester(85)).toEqual([
      { staffId: '00001', name: '甲老师', hours: '4.05', pay: '344.25' },
      { staffId: '00002', name: '乙老师', hours: '2.33', pay: '198.05' },
      { staffId: '00010', name: '丁老师', hours: '2', pay: '170.00' },
      { staffId: 'W0001', name: '丙', hours: '1.5', pay: '127.50' },
    ]);
    // 4.05 × 85.5 = 346.275 and 2.33 × 85.5 = 199.215: the half 分 goes up.
    expect(acc.semester(85.5).map((r) => r.pay)).toEqual(['346.28', '199.22', '171.00', '128.25']);
  });
});

describe('summarizeLedgerCsv', () => {
  it('turns a generated 台账 back into exactly the generated 月度汇总 and 工作量公示', async () => {
    const { generateSchool } = await import('../../../src/lib/ledger/sample/index.ts');
    const { toCsv } = await import('../../../src/lib/ledger/summaries/export.ts');
    const { SAMPLE_OPTIONS } = await import('../../../src/lib/ledger/sample/downloads.ts');
    const { files } = generateSchool(SAMPLE_OPTIONS);
    const out = summarizeLedgerCsv(toCsv(files.ledger.header, files.ledger.rows));
    expect(out.monthly).toBe(toCsv(files.monthlySummary.header, files.monthlySummary.rows));
    expect(out.disclosure).toBe(toCsv(files.monthlyDisclosure.header, files.monthlyDisclosure.rows));
    expect(out.rows).toBe(files.ledger.rows.length);
    expect(out.skippedRows).toEqual([]);
  });

  it('says in Chinese which columns are missing when the file is not a 台账', () => {
    expect(() => summarizeLedgerCsv('月份,工号,姓名,总课时数\r\n2024-10,00001,甲,3\r\n')).toThrow(/不是课后服务工作台账.*「日期」「课时数」/);
  });
});
