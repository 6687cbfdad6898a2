import { describe, expect, it } from 'vitest';
import { LEDGER_RULES } from '../../../src/lib/ledger/index.ts';
import { LedgerSettingsSchema } from '../../../src/lib/ledger/index.ts';
import { check, fixtureSet, lines } from './helpers.ts';

const novemberOnly = LedgerSettingsSchema.parse({ semesters: [{ name: '2024-2025学年第一学期', start: '2024-11-01', end: '2024-11-30' }] });

describe('a 台账 cut short by a quote never closed', () => {
  const clean = fixtureSet();
  const ledger = lines(clean.get('ledger.csv')!);
  const total = ledger.filter(Boolean).length;
  // Row 52 opens a quote in 活动内容 that never closes: every line from there on is one runaway cell.
  const cut = ledger.map((line, i) => (i === 51 ? line.replace(/,([^,"]+),/, ',"$1,') : line)).join('\r\n');

  it('says exactly which rows were not read: up to the next quote, or to the end of the file', async () => {
    const report = await check(new Map([...clean, ['ledger.csv', cut]]), novemberOnly);
    const quote = report.findings.find((f) => f.rule === 'file.unbalanced-quotes');
    expect(quote).toMatchObject({ file: 'ledger.csv', row: 52 });
    // Row 53's first quoted cell closes the quote: rows 52 and 53 went into one cell.
    expect(quote!.message).toContain('第 52 行起 2 行在未闭合的引号内,未检查');
    const unquoted = cut.split('\r\n').map((line, i) => (i > 51 ? line.replaceAll('"', '').replaceAll('作业,个别', '作业个别') : line)).join('\r\n');
    const toEnd = await check(new Map([['ledger.csv', unquoted]]), novemberOnly);
    expect(toEnd.findings.find((f) => f.rule === 'file.unbalanced-quotes')!.message).toContain(`第 52 行起 ${total - 51} 行在未闭合的引号内,未检查`);
  });

  it('does not run the rules that need the whole 台账, and says which were skipped', async () => {
    const report = await check(new Map([...clean, ['ledger.csv', cut]]), novemberOnly);
    const needLedger: string[] = LEDGER_RULES.filter((r) => r.needs.includes('ledger')).map((r) => r.id);
    expect(report.findings.filter((f) => needLedger.includes(f.rule))).toEqual([]);
    const skipped = report.findings.find((f) => f.rule === 'file.rules-skipped');
    expect(skipped?.message).toContain(`依赖它的 ${needLedger.length} 项检查没有运行`);
    // Rules over the other files still run: the clean month's other files have nothing wrong.
    expect(report.findings.filter((f) => !f.rule.startsWith('file.'))).toEqual([]);
  });
});
