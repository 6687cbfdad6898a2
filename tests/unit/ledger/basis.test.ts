import { describe, expect, it } from 'vitest';
import { LEDGER_RULES } from '../../../src/lib/ledger/index.ts';
import { FORMAT_CHECKS } from '../../../src/lib/ledger/format/format-checks.ts';
import { FILE_KINDS } from '../../../src/lib/ledger/format/kinds.ts';
import { check, fixtureSet } from './helpers.ts';
import { BASIS_KIND_LABELS } from '../../../src/lib/policy/basis.ts';
import { readClauseFiles } from '../policy/content.ts';

const clauseText = new Map(readClauseFiles().map((f) => [String(f.data.id), f.paragraphs]));
const rule = (id: string) => LEDGER_RULES.find((r) => r.id === id)!;

describe('every ledger rule names its basis', () => {
  it.each(LEDGER_RULES.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect(r.basis, 'a rule without a basis').toBeDefined();
    expect(Object.keys(BASIS_KIND_LABELS)).toContain(r.basis.kind);
    if (r.basis.kind === 'notice') {
      // A rule that cites the notice cites the clause it is filed under, with words that clause really says.
      expect(r.basis.clause).toBe(r.clause);
      expect(r.basis.terms.length).toBeGreaterThan(0);
      const paragraphs = clauseText.get(r.basis.clause)!;
      const text = r.basis.paragraph ? paragraphs[r.basis.paragraph - 1]! : paragraphs.join('\n');
      for (const term of r.basis.terms) expect(text, `“${term}” in ${r.basis.clause}`).toContain(term);
    } else if (r.basis.kind === 'national' || r.basis.kind === 'shanghai') {
      expect(r.basis.document).toMatch(/〔\d{4}〕\d+号/);
    } else if (r.basis.kind === 'school') {
      expect(r.basis.setting.length).toBeGreaterThan(0);
    }
  });

  it('and so does every check made before the SQL', () => {
    for (const c of FORMAT_CHECKS) expect(c.basis, c.id).toBeDefined();
  });
});

/** Issue 10 §1: what the notice does not say is no longer attributed to it. */
describe('corrected clauses and severities', () => {
  it.each([
    ['ledger.non-school-day', '1.2.1', 'error', 'national'],
    ['ledger.outside-after-school-time', '1.1.1', 'warning', 'school'],
    ['pay-report.total-over-fund', '3.6', 'warning', 'school'],
    ['ledger.duplicate-row', '1.2.1', 'error', 'notice'],
    ['ledger.person-overlap', '1.2.1', 'error', 'notice'],
    ['ledger.students-over-roster', '1.2.1', 'error', 'notice'],
    ['ledger.hours-exceed-duration', '1.2.1', 'error', 'notice'],
    ['ledger.forbidden-content', '1.1.1', 'warning', 'notice'],
    ['ledger.venue-overlap', '1.1.2', 'info', 'notice'],
    ['ledger.ends-before-parents', '1.1.1', 'warning', 'notice'],
    ['ledger.daily-both-service-types', '1.1.1', 'warning', 'notice'],
  ] as const)('%s cites %s as %s (basis %s)', (id, clause, severity, basis) => {
    expect(rule(id)).toMatchObject({ clause, severity, basis: { kind: basis } });
  });

  it('names 教基厅函〔2023〕26号 as the source of “上课日”, not the notice', () => {
    const r = rule('ledger.non-school-day');
    expect(r.basis).toEqual({ kind: 'national', document: '教基厅函〔2023〕26号' });
    expect(r.message).toContain('教基厅函〔2023〕26号');
  });

  it('keeps 三(五)/三(七) only as “see also” for 弄虚作假', () => {
    for (const id of ['ledger.duplicate-row', 'ledger.person-overlap', 'ledger.students-over-roster', 'ledger.hours-exceed-duration']) {
      expect(rule(id).seeAlso, id).toEqual(['3.5', '3.7']);
    }
  });

  it('makes no 晚自习 claim about the school’s 时段, and words the keyword rule as a suspicion', () => {
    const outside = rule('ledger.outside-after-school-time');
    expect(outside.message).not.toMatch(/晚自习|早到校/);
    expect(outside.message).toContain('设置');
    expect(rule('ledger.forbidden-content').message).toMatch(/疑似.*请核实/);
    expect(rule('pay-report.total-over-fund').message).toContain('设置中填写的专项经费');
    expect(rule('ledger.venue-overlap').message).not.toContain('只安排一个场次');
  });

  it('words a repeated row as 重复登记 and a missing day as 停开', () => {
    expect(rule('ledger.duplicate-row').message).toContain('重复登记 {n} 次');
    expect(rule('ledger.school-day-without-record').message).toContain('如当天因故停开(运动会、考试等),请在设置中登记停开日期并说明原因');
  });
});

describe('the file kinds cite the school\'s own duty', () => {
  it('every kind cites a clause of 一 (what the school does), never 二/三 (the bureau\'s work): the 班级名册, which the notice does not name, cites 一(二)1 for the 参与学生人数 it checks', () => {
    for (const [kind, info] of Object.entries(FILE_KINDS)) expect(info.clause, kind).toMatch(/^1\./);
    expect(FILE_KINDS.classRoster.clause).toBe('1.2.1');
    expect(clauseText.get('1.2.1')!.join('\n')).toContain('参与学生人数');
    expect(clauseText.get('3.5')!.join('\n')).not.toContain('名册');
  });

  it('and a malformed 班级名册 is reported under that clause, on the site template\'s basis', async () => {
    const report = await check(new Map([...fixtureSet(), ['class-roster.csv', '\uFEFF班级或活动,学生人数\n一(1)班,很多\n']]));
    const bad = report.findings.find((f) => f.file === 'class-roster.csv' && f.rule === 'cell.invalid')!;
    expect(bad.clause).toBe('1.2.1');
    expect(FORMAT_CHECKS.find((c) => c.id === 'cell.invalid')!.basis.kind).toBe('default');
  });
});
