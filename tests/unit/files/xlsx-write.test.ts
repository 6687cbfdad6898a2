import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { displayWidth, sheetName, xlsxBytes } from '../../../src/lib/files/xlsx-write.ts';
import { readWorkbook, type XlsxModule } from '../../../src/lib/files/workbook.ts';
import { headersOf } from '../../../src/lib/ledger/format/kinds.ts';
import { readInput } from '../../../src/lib/ledger/format/read.ts';
import { FINDINGS_HEADER, findingsRows } from '../../../src/lib/ledger/summaries/export.ts';
import { describeRule } from '../../../src/lib/ledger/catalogue.ts';

const xlsx = XLSX as unknown as XlsxModule;

describe('.xlsx exports', () => {
  it('工号 stays text with its zeros, quantities are numbers, nothing is a formula, and the engine reads it back as the same table', async () => {
    const rows = [
      ['2024-2025学年第一学期', '00012', '曹俊杰', '12.5', '1062.50'],
      ['2024-2025学年第一学期', '=1+1', '@SUM(A1)', '3', '255.00'],
    ];
    const bytes = await xlsxBytes([{ name: '报酬统计', header: headersOf('payReport'), rows }]);
    const book = XLSX.read(bytes, { type: 'array', cellStyles: true });
    const sheet = book.Sheets['报酬统计']!;
    expect(sheet['B2']).toMatchObject({ t: 's', v: '00012' });
    expect(sheet['D2']).toMatchObject({ t: 'n', v: 12.5 });
    expect(sheet['E2']).toMatchObject({ t: 'n', v: 1062.5 });
    expect(sheet['B3']).toMatchObject({ t: 's', v: '=1+1' });
    expect(sheet['B3'].f).toBeUndefined();
    expect(sheet['!cols']!.map((c) => c.wch)).toEqual([23, 7, 10, 10, 10]);
    const [table] = readInput({ name: '报酬统计.xlsx', bytes }, { xlsx });
    expect(table).toMatchObject({ kind: 'payReport', sheet: '报酬统计', headerRow: 1 });
    expect(table!.parsed.records.map((r) => r.cells)).toEqual([
      ['2024-2025学年第一学期', '00012', '曹俊杰', '12.5', '1062.5'],
      ['2024-2025学年第一学期', '=1+1', '@SUM(A1)', '3', '255'],
    ]);
  });

  it('the findings export: one sheet, the file and the sheet named together', async () => {
    const rows = findingsRows([{ rule: 'cell.invalid', clause: '1.2.1', severity: 'error', file: '台账.xlsx', sheet: '11月', row: 7, column: '职责', message: '“主持”不是规定的取值。' }], { citation: () => '一(二)1', href: () => 'https://x/', rule: describeRule });
    const bytes = await xlsxBytes([{ name: '检查结果', header: FINDINGS_HEADER, rows }]);
    const [sheet] = readWorkbook(xlsx, bytes).sheets;
    expect(sheet!.rows[1]!.cells).toEqual(['错误', describeRule('cell.invalid').title, 'cell.invalid', '一(二)1', describeRule('cell.invalid').basis, '台账.xlsx 工作表「11月」', '7', '职责', '“主持”不是规定的取值。', 'https://x/']);
  });

  it('widths count Chinese characters twice; sheet names keep to what Excel allows', () => {
    expect(displayWidth('工号00012')).toBe(9);
    expect(sheetName('学期公示[2024/2025]:第一学期*')).toBe('学期公示20242025第一学期');
    expect(sheetName('很'.repeat(40))).toHaveLength(31);
  });
});
