import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { checkLedgerFiles, defaultSettings } from '../../../src/lib/ledger/index.ts';
import { readLedger, readScores } from '../../../src/lib/allocation/io.ts';
import { aggregateSessions } from '../../../src/lib/allocation/model.ts';
import { runScheme } from '../../../src/lib/allocation/steps.ts';
import { ruralTieredScheme, sevenFactorScheme } from '../../../src/lib/allocation/presets.ts';
import { presetPlan } from '../../../src/lib/plan/presets.ts';
import { buildPlan, runsText } from '../../../src/lib/plan/document.ts';
import { buildPacket, monthlyDisclosureRows } from '../../../src/lib/packet/model.ts';
import type { PacketInput } from '../../../src/lib/packet/model.ts';
import { PacketMetaSchema } from '../../../src/lib/packet/schema.ts';
import { packetCsvFiles, packetZip } from '../../../src/lib/packet/files.ts';
import type { Scheme } from '../../../src/lib/allocation/scheme.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/allocation');
const ledgerBytes = readFileSync(path.join(FIXTURES, 'ledger-clean.csv'));
const roster = { name: 'external-roster.csv', bytes: new Uint8Array(readFileSync(path.join(FIXTURES, 'external-roster-clean.csv'))) };
const SEMESTER = '2024-2025学年第一学期';

function input(scheme: Scheme, meta = {}): PacketInput {
  const ledger = readLedger('ledger-clean.csv', ledgerBytes);
  const scores = readScores('scores-clean.csv', readFileSync(path.join(FIXTURES, 'scores-clean.csv')));
  if (!ledger.ok || !scores.ok) throw new Error('fixture unreadable');
  const work = aggregateSessions(ledger.value.sessions);
  const outcome = runScheme({ scheme, fundFen: 4_500_000, people: work, scores: scores.value });
  if (!outcome.ok) throw new Error(outcome.errors[0]!.message);
  const plan = presetPlan('小学');
  plan.school.name = '浦东新区示例小学';
  return { plan, semester: SEMESTER, schemeName: scheme.name, schemeBasis: '本站默认', fundFen: 4_500_000, work, result: outcome.result, meta: PacketMetaSchema.parse(meta) };
}

describe('the semester packet', () => {
  it.each([['七因素', sevenFactorScheme()], ['农村小学示例', ruralTieredScheme()]] as const)('its tables, re-read by the ledger engine with the 台账, give no findings (%s)', async (_, scheme) => {
    const packet = buildPacket(input(scheme));
    const files = [{ name: 'ledger.csv', bytes: new Uint8Array(ledgerBytes) }, roster, ...packetCsvFiles(packet)];
    const report = await checkLedgerFiles(files, defaultSettings(), { SQL: await initSqlJs() });
    expect(report.files.map((f) => f.kind).sort()).toEqual(['externalRoster', 'ledger', 'monthlyDisclosure', 'payReport', 'semesterDisclosure']);
    expect(report.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('the ledger engine does notice when a packet table is wrong (the check above can fail)', async () => {
    const packet = buildPacket(input(sevenFactorScheme()));
    packet.tables[2]!.rows[0]![4] = '1.00';
    const files = [{ name: 'ledger.csv', bytes: new Uint8Array(ledgerBytes) }, roster, ...packetCsvFiles(packet)];
    const report = await checkLedgerFiles(files, defaultSettings(), { SQL: await initSqlJs() });
    expect(report.findings.map((f) => f.rule)).toContain('pay-report.amount-mismatch');
  });

  it('the cover checklist shows what is missing until the school fills it in', () => {
    const empty = buildPacket(input(sevenFactorScheme()));
    expect(empty.missing).toEqual(['“三重一大”事项记录表', '党组织会议日期(公示前审议)', '公示开始日期', '公示结束日期', '校长签字', '党组织审核(盖章)']);
    const done = buildPacket(input(sevenFactorScheme(), { meetingDate: '2025-01-06', voteResult: '全票通过', disclosureStart: '2025-01-07', disclosureEnd: '2025-01-13', principalSigned: true, partySealed: true }));
    expect(done.missing).toEqual([]);
    expect(done.notes).toEqual([]);
    const late = buildPacket(input(sevenFactorScheme(), { meetingDate: '2025-01-08', disclosureStart: '2025-01-07' }));
    expect(late.notes.join('')).toContain('晚于公示开始日期');
  });

  it('the 三重一大 form carries the item and leaves 会议日期、参会人员、表决结果 to fill', () => {
    const p = buildPacket(input(ruralTieredScheme()));
    const field = (label: string) => p.meetingRecord.find((f) => f.label === label)!.value;
    expect(field('议题')).toBe(`${SEMESTER}课后服务参与人员工作量和拟发放报酬校内公示(分配方案:按次分档计酬(农村小学示例))`);
    expect(field('议题说明')).toContain('留存 管理及公用支出 4500.00 元');
    expect([field('会议日期'), field('参会人员'), field('表决结果')]).toEqual(['(待填写)', '(待填写)', '(待填写)']);
  });

  it('课后服务安排表 comes from the plan’s weekly timetable; without a plan the packet says so', () => {
    const i = input(sevenFactorScheme());
    const p = buildPacket(i);
    expect(p.timetables.map((t) => t.grade)).toEqual(i.plan!.timetable.map((g) => g.grade));
    expect(p.timetables[0]!.header).toEqual(['时段', '周一', '周二', '周三', '周四', '周五']);
    const none = buildPacket({ ...i, plan: null });
    expect(none.timetables).toEqual([]);
    expect(none.notes[0]).toContain('未载入一校一方案文件');
    expect(none.missing).toContain('课后服务安排表(来自一校一方案)');
  });

  it('课后服务安排表 is the plan document’s own timetable: the same cells, the 时段 name and times on one line', () => {
    const i = input(sevenFactorScheme());
    const p = buildPacket(i);
    const annex = buildPlan(i.plan!).blocks.filter((b) => b.kind === 'table' && b.path?.startsWith('timetable.'));
    expect(p.timetables).toHaveLength(annex.length);
    p.timetables.forEach((t, gi) => {
      const table = annex[gi]!;
      if (table.kind !== 'table') throw new Error('a timetable block is a table');
      expect(table.caption).toBe(`${t.grade}课后服务安排表`);
      expect(t.header).toEqual(table.header);
      expect(t.rows.map((r) => r.slice(1))).toEqual(table.rows.map((r) => r.slice(1).map(runsText)));
      expect(t.rows.map((r) => r[0])).toEqual(table.rows.map((r) => runsText(r[0]!).replace('\n', ' ')));
    });
    expect(p.timetables[0]!.rows[0]![0]).toMatch(/^第一时段 \d{1,2}:\d{2}—\d{1,2}:\d{2}$/);
  });

  it('monthly 工作量公示 sums each person’s dated 课时 per month and counts undated sessions', () => {
    const work = aggregateSessions([
      { staffId: '2', name: '乙', period: '第一时段', serviceType: '作业辅导', category: '', role: '主讲', students: 1, hours: 1.5, date: '2024-10-31' },
      { staffId: '1', name: '甲', period: '第一时段', serviceType: '作业辅导', category: '', role: '主讲', students: 1, hours: 1, date: '2024-11-01' },
      { staffId: '2', name: '乙', period: '第二时段', serviceType: '作业辅导', category: '', role: '主讲', students: 1, hours: 0.25, date: '2024-10-02' },
      { staffId: '1', name: '甲', period: '第二时段', serviceType: '作业辅导', category: '', role: '主讲', students: 1, hours: 2 },
    ]);
    expect(monthlyDisclosureRows(work)).toEqual({ rows: [['2024-10', '2', '乙', '1.75'], ['2024-11', '1', '甲', '1']], undated: 1 });
  });

  it('one .zip opens into Word files that name the item and workbooks that read back as the tables', async () => {
    const p = buildPacket(input(sevenFactorScheme()));
    const zip = unzipSync(await packetZip(p));
    const names = Object.keys(zip).sort();
    expect(names).toEqual([
      '0-封面与材料清单.docx',
      '1-课后服务安排表.docx',
      '1-课后服务安排表.xlsx',
      '2-“三重一大”事项记录表.docx',
      `3-工作量公示-${SEMESTER}.xlsx`,
      `4-学期公示-${SEMESTER}.xlsx`,
      `5-报酬统计-${SEMESTER}.xlsx`,
      `CSV/学期公示-${SEMESTER}.csv`,
      `CSV/工作量公示-${SEMESTER}.csv`,
      `CSV/报酬统计-${SEMESTER}.csv`,
    ].sort());
    const record = unzipSync(zip['2-“三重一大”事项记录表.docx']!);
    expect(strFromU8(record['word/document.xml']!)).toContain('课后服务参与人员工作量和拟发放报酬校内公示');
    const cover = strFromU8(unzipSync(zip['0-封面与材料清单.docx']!)['word/document.xml']!);
    expect(cover).toContain('党组织审核(盖章)');
    expect(cover).toContain('未完成');
    const book = XLSX.read(zip[`5-报酬统计-${SEMESTER}.xlsx`]!, { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: false });
    expect(rows).toEqual([p.tables[2]!.header, ...p.tables[2]!.rows]);
  });
});
