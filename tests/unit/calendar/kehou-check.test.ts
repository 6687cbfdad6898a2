/**
 * The school calendar through the real CLI (bin/kehou.mjs check --json): Shanghai's 2024 school year as
 * published, with its make-up school days and the make-up days that fall in the winter break, and a month
 * of the current term (2026-2027学年第一学期), for which no calendar is published yet.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LedgerSettingsSchema } from '../../../src/lib/ledger/index.ts';
import { settingsToJson } from '../../../src/lib/ledger/settings-file.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/calendar');

interface Report {
  findings: { rule: string; severity: string; row: number | null; message: string }[];
}

function kehouCheck(...args: string[]): Promise<{ code: number | null; report: Report; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/node'), [path.join(ROOT, 'bin/kehou.mjs'), 'check', '--json', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve({ code, report: JSON.parse(stdout) as Report, stderr });
      } catch {
        reject(new Error(`kehou check gave no JSON (exit ${code}): ${stderr}`));
      }
    });
  });
}

const ledger = (dir: string) => path.join(FIXTURES, dir, 'ledger.csv');

describe('kehou check over the school calendar', () => {
  it('the 2024 school year, every school day recorded (make-up Saturdays and Sundays included): no finding, exit 0', async () => {
    const { code, report, stderr } = await kehouCheck(ledger('2024-school-year'));
    expect(stderr).toBe('');
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('2025-01-26 and 2025-02-08 are make-up workdays in the winter break: not school days', async () => {
    const { code, report } = await kehouCheck(ledger('2024-winter-break-make-up-days'));
    expect(report.findings.map((f) => f.rule)).toEqual(['ledger.non-school-day', 'ledger.non-school-day']);
    expect(report.findings[0]!.message).toContain('2025-01-26 不在任何学期内');
    expect(report.findings[1]!.message).toContain('2025-02-08 不在任何学期内');
    expect(code).toBe(1);
  });

  it('a make-up school day (2024-10-12, a Saturday) left out of the 台账 is a school day without a record', async () => {
    const { report } = await kehouCheck(ledger('2024-make-up-day-missing'));
    expect(report.findings).toMatchObject([{ rule: 'ledger.school-day-without-record', severity: 'warning' }]);
    expect(report.findings[0]!.message).toContain('2024-10-12');
  });

  it('November 2026, in a school year nobody published: one 提示 to check the inferred dates, no error, exit 0', async () => {
    const { code, report } = await kehouCheck(ledger('2026-11'));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: 'settings.semester-inferred', severity: 'info' });
    expect(report.findings[0]!.message).toContain('学期起止按常规推定,请在设置中核对');
    expect(report.findings[0]!.message).toContain('2026-2027学年第一学期');
    expect(code).toBe(0);
  });

  it('the school’s own semester in the settings file replaces the inferred one, and the 提示 goes', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'kehou-calendar-'));
    try {
      const settings = path.join(dir, '台账自查设置.json');
      writeFileSync(settings, settingsToJson(LedgerSettingsSchema.parse({ semesters: [{ name: '2026-2027学年第一学期', start: '2026-09-01', end: '2027-01-22' }, { name: '2026-2027学年第二学期', start: '2027-02-22', end: '2027-06-30' }] })));
      const { code, report } = await kehouCheck(ledger('2026-11'), '--settings', settings);
      expect(report.findings).toEqual([]);
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
