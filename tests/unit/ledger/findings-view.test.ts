import { describe, expect, it } from 'vitest';
import { countBySeverity, filterChoices, filterFindings, groupSize, offendingRowKey, rowsRead } from '../../../src/lib/ledger/summaries/findings-view.ts';
import { groupFindings } from '../../../src/lib/ledger/summaries/group-findings.ts';
import { LEDGER_UI } from '../../../src/lib/ledger/ui-text.ts';
import { readNotes } from '../../../src/lib/ledger/summaries/read-report.ts';
import { splitDateList } from '../../../src/lib/ledger/settings.ts';
import { said } from '../../../src/lib/ledger/messages.ts';
import type { Finding } from '../../../src/lib/ledger/types.ts';

const finding = (rule: Finding['rule'], severity: Finding['severity'], file: string | null, row: number | null, header = '日期', sheet?: string): Finding => ({
  rule,
  clause: '1.2.1',
  severity,
  file,
  ...(sheet ? { sheet } : {}),
  row,
  column: header,
  ...said('required', { header }),
});

const findings = [
  finding('cell.invalid', 'error', 'ledger.csv', 3),
  finding('cell.invalid', 'error', '台账.xlsx', 4, '姓名', '九月'),
  finding('ledger.non-school-day', 'warning', 'ledger.csv', 5),
  finding('settings.semester-inferred', 'info', null, null),
];

describe('the findings view, out of the component', () => {
  it('counts by severity, every severity present even at zero', () => {
    expect(countBySeverity(findings)).toEqual({ error: 2, warning: 1, info: 1 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('offers the rules and files found, sorted, a finding about no file as ""', () => {
    expect(filterChoices(findings)).toEqual({ rules: ['cell.invalid', 'ledger.non-school-day', 'settings.semester-inferred'], files: ['', 'ledger.csv', '台账.xlsx'] });
  });

  it('filters by severity, rule, file and text together', () => {
    const all = { shown: { error: true, warning: true, info: true }, rule: '', file: '', text: '' };
    expect(filterFindings(findings, all)).toEqual(findings);
    expect(filterFindings(findings, { ...all, shown: { error: false, warning: true, info: true } })).toEqual(findings.slice(2));
    expect(filterFindings(findings, { ...all, rule: 'cell.invalid', file: 'ledger.csv' })).toEqual([findings[0]]);
    expect(filterFindings(findings, { ...all, file: '' , text: '姓名' })).toEqual([findings[1]]);
    expect(filterFindings(findings, { ...all, text: '不存在的字' })).toEqual([]);
  });

  it('sizes each severity group as the sum of its rules’ findings', () => {
    expect(groupFindings(findings).map((g) => [g[0], groupSize(g)])).toEqual([['error', 2], ['warning', 1], ['info', 1]]);
  });

  it('keys a finding’s row as the worker keys the offending rows (file › sheet#row), none without a row', () => {
    expect(offendingRowKey(findings[0]!)).toBe('ledger.csv#3');
    expect(offendingRowKey(findings[1]!)).toBe('台账.xlsx › 九月#4');
    expect(offendingRowKey(findings[3]!)).toBeNull();
  });

  it('sums the rows read over files and sheets', () => {
    expect(rowsRead([{ name: 'a.csv', kind: 'ledger', encoding: 'utf-8', rows: 20 }, { name: 'b.xlsx', sheet: '名册', kind: 'classRoster', encoding: null, rows: 12 }])).toBe(32);
  });
});

describe('the ledger page’s words (ui-text.ts, read-report.ts)', () => {
  it('says where the header is, what rows were left out and how columns were read', () => {
    expect(
      readNotes({
        name: 'a.csv',
        kind: 'ledger',
        encoding: 'utf-8',
        rows: 3,
        headerRow: 3,
        skipped: [{ reason: 'total', rows: [9, 10] }, { reason: 'note', rows: [11] }],
        columns: [{ header: '工号', from: '教师工号' }],
        ignored: ['备注'],
      }),
    ).toEqual(['表头在第 3 行', '合计行 2 行未计入', '说明行 1 行未计入', '列对应:工号 ← 教师工号', '未检查的列:备注']);
    expect(readNotes({ name: 'a.csv', kind: 'ledger', encoding: 'utf-8', rows: 3, headerRow: 1 })).toEqual([]);
  });

  it('announces a finished check with each severity’s count and the files checked', () => {
    expect(LEDGER_UI.checker.announce(countBySeverity(findings), 7)).toBe('检查完成:错误 2 条,警告 1 条,提示 1 条,共检查 7 个文件。');
  });

  it('splits a typed list of dates on lines, spaces, commas, 、 and semicolons', () => {
    expect(splitDateList('2024-11-15\n2024-11-16、2024-11-17;2024-11-18, 2024-11-19\n\n')).toEqual(['2024-11-15', '2024-11-16', '2024-11-17', '2024-11-18', '2024-11-19']);
  });
});
