import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { BOM, csvCell, findingsToCsv, toCsv, unneutralize, type ExportableFinding } from '../../../src/lib/ledger/summaries/export.ts';
import { describeRule } from '../../../src/lib/ledger/catalogue.ts';
import { citation, clauseHref } from '../../../src/lib/policy/clauses.ts';

function parse(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), { delimiter: ',', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  // The writer ends every record with CRLF, which papaparse reads as one last empty row.
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

const cell = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('', ' ', '"', '""', ',', '\r\n', '\n', '\r', '=1+1', '-3', '+86', '@SUM(A1)', '00123', '二(3)班', ' 前后空格 '),
);

describe('toCsv', () => {
  it('papaparse reads back exactly the cells the writer wrote, once the neutralising apostrophe is taken off', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(fc.array(cell, { minLength: n, maxLength: n }), fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 8 }))), ([header, rows]) => {
        expect(parse(toCsv(header, rows)).map((r) => r.map(unneutralize))).toEqual([header, ...rows]);
      }),
    );
  });

  it('neutralising prefixes exactly the cells that start with = + - @ (or tab/CR) with an apostrophe, always', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        const back = parse(toCsv(['a', 'b'], rows)).slice(1);
        back.forEach((row, i) =>
          row.forEach((value, k) => {
            const original = rows[i]![k]!;
            expect(value).toBe(/^'*[=+\-@\t\r]/.test(original) ? `'${original}` : original);
          }),
        );
      }),
    );
  });

  it('quotes only what needs quoting and keeps leading zeros', () => {
    expect(csvCell('00123')).toBe('00123');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    // A negative number in a column of figures stays a number; elsewhere (a 工号) it is text.
    expect(csvCell('-12.50', true)).toBe('-12.50');
    expect(csvCell('-00101')).toBe("'-00101");
    expect(csvCell('-1+2', true)).toBe("'-1+2");
    expect(toCsv(['甲'], [['1']], { bom: false })).toBe('甲\r\n1\r\n');
  });
});

describe('findingsToCsv', () => {
  const finding: ExportableFinding = {
    rule: 'ledger.external-without-assistant',
    clause: '1.1.4',
    severity: 'error',
    file: '=cmd|x.csv',
    row: 12,
    column: '工号',
    message: '@第 12 行缺少本校助教',
  };

  it('writes a BOM, a Chinese header, the severity label, the citation and a clause link', () => {
    const csv = findingsToCsv([finding, { ...finding, severity: 'info', row: null, file: null }], { citation, href: clauseHref, rule: describeRule });
    const rows = parse(csv);
    expect(rows[0]).toEqual(['严重程度', '规则', '规则编号', '条款', '依据', '文件', '行', '列', '说明', '条款链接']);
    expect(rows[1]).toEqual([
      '错误',
      '校外人员没有配备本校助教',
      'ledger.external-without-assistant',
      citation('1.1.4'),
      `通知原文 ${citation('1.1.4', 2)}`,
      "'=cmd|x.csv",
      '12',
      '工号',
      "'@第 12 行缺少本校助教",
      '/clauses/1-1-4/',
    ]);
    expect(rows[2]![0]).toBe('提示');
    expect(rows[2]![5]).toBe('');
    expect(rows[2]![6]).toBe('');
  });
});
