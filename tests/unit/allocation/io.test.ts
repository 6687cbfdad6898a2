import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { describeParts, readLedger, readLedgerWork, readScores, semesterDisclosureCsv, payReportCsv, scoresCsv, readScoresText } from '../../../src/lib/allocation/io.ts';
import { aggregateSessions, allocate } from '../../../src/lib/allocation/model.ts';
import { DEFAULT_COEFFICIENTS, DEFAULT_SHARES } from '../../../src/lib/allocation/defaults.ts';
import { checkLedgerFiles, defaultSettings } from '../../../src/lib/ledger/index.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/allocation/${name}`, import.meta.url)));

function cleanResult(fundFen = 4_500_000) {
  const ledger = readLedger('ledger-clean.csv', fixture('ledger-clean.csv'));
  const scores = readScores('scores-clean.csv', fixture('scores-clean.csv'));
  if (!ledger.ok || !scores.ok) throw new Error('fixtures do not load');
  const outcome = allocate({ fundFen, coefficients: DEFAULT_COEFFICIENTS, shares: DEFAULT_SHARES, people: aggregateSessions(ledger.value.sessions), scores: scores.value });
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('\n'));
  return outcome.result;
}

describe('reading a 台账 and scores', () => {
  it('reads every session of a clean 台账 through the ledger engine', () => {
    const ledger = readLedger('ledger-clean.csv', fixture('ledger-clean.csv'));
    expect(ledger.ok).toBe(true);
    if (!ledger.ok) return;
    expect(ledger.value.rows).toBe(381);
    const people = aggregateSessions(ledger.value.sessions);
    expect(people.map((p) => p.staffId)).toEqual(['00001', '00002', '00003', '00004', '00005', '00006', '00007', '00008', '00009', 'W0001', 'W0002', 'W0003']);
    expect(people.find((p) => p.staffId === '00003')!.hundredths).toBe(5025);
  });

  it('readLedgerWork (what the page worker runs) gives the work of each person and the row count, or the same messages', () => {
    const work = readLedgerWork([{ name: 'ledger-clean.csv', bytes: fixture('ledger-clean.csv') }]);
    const ledger = readLedger('ledger-clean.csv', fixture('ledger-clean.csv'));
    if (!ledger.ok) throw new Error('fixture does not load');
    expect(work).toEqual({ ok: true, rows: 381, work: aggregateSessions(ledger.value.sessions), parts: [{ file: 'ledger-clean.csv', sheet: null, rows: 381, months: ledger.value.parts[0]!.months }] });
    const bad = readLedgerWork([{ name: 'ledger-bad-hours.csv', bytes: fixture('ledger-bad-hours.csv') }]);
    expect(bad).toEqual(readLedger('ledger-bad-hours.csv', fixture('ledger-bad-hours.csv')));
    expect(bad.ok ? [] : bad.problems?.map((p) => p.code)).toEqual(['ledgerHasErrors', 'ledgerCell']);
  });

  it('several 台账 at once (a semester): each listed with its months and rows, the work summed over all of them', () => {
    const text = new TextDecoder().decode(fixture('ledger-clean.csv'));
    const [header, ...rows] = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    // The same month moved to December: a second monthly file.
    const december = [header, ...rows.map((r) => r.replace(/^\d{4}-\d{2}-/, '2024-12-'))].join('\r\n');
    const one = readLedgerWork([{ name: '11月.csv', bytes: fixture('ledger-clean.csv') }]);
    const two = readLedgerWork([{ name: '11月.csv', bytes: fixture('ledger-clean.csv') }, { name: '12月.csv', bytes: new TextEncoder().encode(december) }]);
    if (!one.ok || !two.ok) throw new Error('fixtures do not load');
    expect(two.rows).toBe(2 * one.rows);
    expect(two.parts.map((p) => [p.file, p.months, p.rows])).toEqual([['11月.csv', ['2024-10'], one.rows], ['12月.csv', ['2024-12'], one.rows]]);
    expect(two.work.map((p) => [p.staffId, p.hundredths])).toEqual(one.work.map((p) => [p.staffId, 2 * p.hundredths]));
    expect(describeParts(two.parts)).toEqual([`「11月.csv」:2024-10,${one.rows} 行`, `「12月.csv」:2024-12,${one.rows} 行`]);
  });

  it('refuses a 台账 with an unreadable cell and names its row and column', () => {
    const r = readLedger('ledger-bad-hours.csv', fixture('ledger-bad-hours.csv'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.messages[1]).toBe('「ledger-bad-hours.csv」第 6 行「课时数」列:“一个半”不是大于等于 0 的数字(例如 1 或 1.5)。');
  });

  it('refuses a file that is not a 台账', () => {
    const r = readLedger('scores-clean.csv', fixture('scores-clean.csv'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.messages[0]).toMatch(/不是课后服务工作台账/);
  });

  it('a 台账 with a renamed column: names the missing column and, on the page (no column mapping there), how to fix the header', () => {
    const renamed = new TextEncoder().encode(new TextDecoder().decode(fixture('ledger-clean.csv')).replace('课时数', '计量'));
    const r = readLedger('renamed.csv', renamed);
    expect(r.ok ? [] : r.problems?.map((p) => [p.code, p.params])).toEqual([
      ['missingColumns', { file: 'renamed.csv', label: '课后服务工作台账', missing: ['课时数'], via: 'page' }],
    ]);
    expect(r.ok ? [] : r.messages).toEqual([
      '「renamed.csv」看起来是“课后服务工作台账”,但缺少列:课时数。请按模板补齐这些列,或把文件里对应的列的表头改为模板的列名,再载入。',
    ]);
    // The school's own name mapped (as the CLI's --settings does) reads the same file.
    expect(readLedger('renamed.csv', renamed, { columns: { ledger: { 课时数: '计量' } } }).ok).toBe(true);
  });

  it('names the row and column of a bad score', () => {
    const r = readScores('scores-bad-value.csv', fixture('scores-bad-value.csv'));
    expect(r.ok ? [] : r.messages).toEqual([
      '「scores-bad-value.csv」第 4 行「效果评分」列「优」不是数字。请填写 0–100 的分数,最多 1 位小数。',
      '「scores-bad-value.csv」第 6 行「满意度」列「120」超出 0–100。请填写 0–100 的分数,最多 1 位小数。',
    ]);
    expect(r.ok ? [] : r.problems?.map((p) => [p.code, p.params])).toEqual([
      ['scoresCell', { file: 'scores-bad-value.csv', row: 4, column: '效果评分', value: '优', reason: 'notNumber' }],
      ['scoresCell', { file: 'scores-bad-value.csv', row: 6, column: '满意度', value: '120', reason: 'outOfRange' }],
    ]);
  });

  it('a scores file round-trips through its CSV', () => {
    const r = readScores('scores-clean.csv', fixture('scores-clean.csv'));
    if (!r.ok) throw new Error();
    const again = readScoresText('again.csv', scoresCsv(r.value).replace(/^\uFEFF/, ''));
    expect(again.ok && again.value).toEqual(r.value);
  });

  it('refuses scores of a person not in the 台账, and a 台账 person without scores', () => {
    const ledger = readLedger('ledger-clean.csv', fixture('ledger-clean.csv'));
    if (!ledger.ok) throw new Error();
    const people = aggregateSessions(ledger.value.sessions);
    for (const [file, pattern] of [
      ['scores-unknown-person.csv', '工号 W9999(外来人)不在台账中'],
      ['scores-missing-person.csv', '台账中的工号 00009(白红)没有评分'],
    ] as const) {
      const scores = readScores(file, fixture(file));
      if (!scores.ok) throw new Error();
      const o = allocate({ fundFen: 100, coefficients: DEFAULT_COEFFICIENTS, shares: DEFAULT_SHARES, people, scores: scores.value });
      expect(o.ok).toBe(false);
      if (!o.ok) expect(o.errors.map((e) => e.message).join('\n')).toContain(pattern);
    }
  });
});

describe('学期公示 and 报酬统计', () => {
  it('are in the standard template: UTF-8 BOM, exact headers, 元 with 2 decimals, summing to the fund', () => {
    const result = cleanResult(4_500_001);
    const disclosure = semesterDisclosureCsv('2024-2025学年第一学期', result);
    const report = payReportCsv('2024-2025学年第一学期', result);
    expect(disclosure.startsWith('\uFEFF学期,工号,姓名,总课时数,拟发放报酬\r\n')).toBe(true);
    expect(report.startsWith('\uFEFF学期,工号,姓名,总课时数,报酬金额\r\n')).toBe(true);
    const rows = disclosure.trim().split('\r\n').slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => /^\d+\.\d{2}$/.test(r[4]!))).toBe(true);
    expect(rows.reduce((a, r) => a + Math.round(Number(r[4]) * 100), 0)).toBe(4_500_001);
    expect(rows.find((r) => r[1] === '00003')![3]).toBe('50.25');
    expect(report.split('\r\n').slice(1)).toEqual(disclosure.split('\r\n').slice(1));
  });

  it('the ledger check finds them consistent with each other, with the 台账 and within the fund', async () => {
    const result = cleanResult();
    const SQL = await initSqlJs();
    const enc = (s: string) => new TextEncoder().encode(s);
    const report = await checkLedgerFiles(
      [
        { name: 'ledger-clean.csv', bytes: fixture('ledger-clean.csv') },
        { name: '学期公示.csv', bytes: enc(semesterDisclosureCsv('2024-2025学年第一学期', result)) },
        { name: '报酬统计.csv', bytes: enc(payReportCsv('2024-2025学年第一学期', result)) },
      ],
      { ...defaultSettings(), fundFen: 4_500_000 },
      { SQL },
    );
    expect(report.files.map((f) => f.kind)).toEqual(['ledger', 'semesterDisclosure', 'payReport']);
    const ours = report.findings.filter((f) => f.file === '学期公示.csv' || f.file === '报酬统计.csv' || f.rule.startsWith('pay-report'));
    expect(ours).toEqual([]);
  });

  it('the ledger check does notice a 报酬统计 that differs from the 公示', async () => {
    const result = cleanResult();
    const SQL = await initSqlJs();
    const enc = (s: string) => new TextEncoder().encode(s);
    const tampered = payReportCsv('2024-2025学年第一学期', result).replace(/,00002,戴磊,48,(\d+)\.(\d{2})/, (_, y: string, f: string) => `,00002,戴磊,48,${Number(y) + 1}.${f}`);
    const report = await checkLedgerFiles(
      [
        { name: 'ledger-clean.csv', bytes: fixture('ledger-clean.csv') },
        { name: '学期公示.csv', bytes: enc(semesterDisclosureCsv('2024-2025学年第一学期', result)) },
        { name: '报酬统计.csv', bytes: enc(tampered) },
      ],
      defaultSettings(),
      { SQL },
    );
    expect(report.findings.some((f) => f.rule.startsWith('pay-report') && f.file === '报酬统计.csv')).toBe(true);
  });
});
