import { describe, expect, it } from 'vitest';
import { checkLedgerFiles, defaultSettings } from '../../../src/lib/ledger/index.ts';
import { checkSchool, failureText, districtFigures, groupSchools, planBatch, summarizeSchool, utf8 } from '../../../src/lib/review/index.ts';
import { sql } from '../ledger/helpers.ts';
import { districtEntries, schoolFiles, THREE_SCHOOLS } from './district.ts';
import { parseCsv } from '../../../src/lib/ledger/format/parse.ts';
import { UserError } from '../../../src/lib/errors.ts';
import { noteText } from '../../../src/lib/review/messages.ts';

const encoder = new TextEncoder();

describe('checkSchool', () => {
  it('gives exactly the ledger check’s report on that school’s files alone', async () => {
    const spec = THREE_SCHOOLS[1]!;
    const files = schoolFiles(spec).map((f) => ({ name: f.name, bytes: encoder.encode(f.text) }));
    const SQL = await sql();
    const alone = await checkLedgerFiles(files, defaultSettings(), { SQL });
    const result = await checkSchool({ school: spec.name, files, settings: defaultSettings() }, SQL);
    expect(result.failed).toBeNull();
    expect({ files: result.files, findings: result.findings, rules: result.rules }).toEqual(alone);
    expect(result.findings.some((f) => f.rule === 'cell.invalid')).toBe(true);
  });

  it('its figures are the 台账’s own sums: 课时, 校外 课时, months, days and people; pay from the 报酬统计', async () => {
    const spec = THREE_SCHOOLS[0]!;
    const files = schoolFiles(spec);
    const result = await checkSchool({ school: spec.name, files: files.map((f) => ({ name: f.name, bytes: encoder.encode(f.text) })), settings: defaultSettings() }, await sql());
    const ledger = parseCsv(files.find((f) => f.name === 'ledger.csv')!.text);
    const col = (name: string) => ledger.headers.map((h) => h.trim()).indexOf(name);
    const hours = ledger.records.reduce((n, r) => n + Math.round(Number(r.cells[col('课时数')]) * 100), 0);
    const external = ledger.records.filter((r) => r.cells[col('人员类别')] !== '本校教职工').reduce((n, r) => n + Math.round(Number(r.cells[col('课时数')]) * 100), 0);
    const dates = [...new Set(ledger.records.map((r) => r.cells[col('日期')]))].sort();
    const pay = parseCsv(files.find((f) => f.name === 'pay-report.csv')!.text);
    const payFen = pay.records.reduce((n, r) => n + Math.round(Number(r.cells[pay.headers.map((h) => h.trim()).indexOf('报酬金额')]) * 100), 0);

    const fig = result.figures!;
    expect(fig.dates).toEqual(dates);
    expect(fig.months).toEqual([...new Set(dates.map((d) => d!.slice(0, 7)))]);
    expect(fig.semesters.reduce((n, s) => n + s.hours, 0)).toBe(hours);
    expect(fig.semesters.reduce((n, s) => n + s.externalHours, 0)).toBe(external);
    expect(fig.people.reduce((n, p) => n + p.hours, 0)).toBe(hours);
    const summary = summarizeSchool(result, spec.name, null);
    expect(summary.payFen).toBe(payFen);
    expect(summary.externalShare).toBeCloseTo(external / hours, 10);
    expect(summary.counts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('a file the engine cannot read is a finding of that school, and the others are unaffected', async () => {
    const SQL = await sql();
    const result = await checkSchool({ school: '坏校', files: [{ name: '台账.csv', bytes: new Uint8Array([0, 1, 2, 0, 0]) }], settings: defaultSettings() }, SQL);
    expect(result.failed).toBeNull();
    expect(result.findings.map((f) => f.rule)).toEqual(['file.unreadable']);
    expect(summarizeSchool(result, '坏校', null).counts.error).toBe(1);
  });
});

describe('a district', () => {
  it("a school's settings file with a key no setting takes: the school is checked with its settings and the key is named in the notes", () => {
    const settings = { format: 'kehou-ledger-settings', version: 1, lessonMinutes: 35, externalShareMx: 0.2 };
    const entries = [...districtEntries(), { path: '浦东新区/东方小学/台账自查设置.json', bytes: encoder.encode(JSON.stringify(settings)) }];
    const batch = planBatch(groupSchools(entries), (e) => utf8(e.bytes));
    expect(batch.jobs.find((j) => j.school === '东方小学')!.settings.lessonMinutes).toBe(35);
    const notes = batch.notes.filter((n) => n.code === 'settings.note');
    expect(notes).toHaveLength(1);
    expect(noteText(notes[0]!)).toContain('不认识的项:externalShareMx');
  });

  it('three schools: schools with 错误 are named, counts add up, top rules come from the findings', async () => {
    const grouped = groupSchools(districtEntries());
    const batch = planBatch(grouped, (e) => utf8(e.bytes));
    expect(batch.schools).toEqual(['东方小学', '明珠小学', '浦江中学']);
    const SQL = await sql();
    const summaries = [];
    for (const job of batch.jobs) {
      const r = await checkSchool({ school: job.school, files: job.data.map((d) => ({ name: d.name, bytes: d.item.bytes })), settings: job.settings }, SQL);
      summaries.push(summarizeSchool(r, job.school, null));
    }
    const d = districtFigures(summaries);
    expect(d.withErrors).toEqual(['东方小学', '浦江中学']);
    expect(d.counts.error).toBe(summaries.reduce((n, s) => n + s.counts.error, 0));
    const east = summaries.find((s) => s.school === '东方小学')!;
    expect(east.topRules.length).toBeGreaterThan(0);
    expect(east.topRules.length).toBeLessThanOrEqual(3);
    expect(east.topRules.map((r) => r.count)).toEqual([...east.topRules.map((r) => r.count)].sort((a, b) => b - a));
    expect(d.payPerHour).toBeGreaterThan(0);
  });
});

describe('a school whose check fails', () => {
  it('shows a UserError as written and anything else as unexpected, whatever script its text is in', () => {
    expect(failureText(new UserError('「台账.csv」是空文件。'))).toBe('「台账.csv」是空文件。');
    expect(failureText(new Error('第 3 行'))).toMatch(/^程序意外出错\(Error: 第 3 行\)/);
  });
});
