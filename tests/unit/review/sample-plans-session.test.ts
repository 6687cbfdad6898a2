import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decide,
  drawSample,
  groupSchools,
  planBatch,
  readPlanForReview,
  readSession,
  sessionSizeProblem,
  SESSION_MAX_BYTES,
  reviewedPlanJson,
  sampleChecklist,
  seedNumber,
  sessionToJson,
  districtTable,
  findingsTable,
  tableToCsv,
  summarizeSchool,
  type SchoolResult,
} from '../../../src/lib/review/index.ts';
import { readPlanJson } from '../../../src/lib/plan/migrate.ts';

const PLAN_FILE = path.resolve(import.meta.dirname, '../../fixtures/review/明珠小学-方案.json');
const planText = readFileSync(PLAN_FILE, 'utf8');
const encoder = new TextEncoder();

const figures = (n: number) => ({
  months: ['2024-09'],
  dates: Array.from({ length: n }, (_, i) => `2024-09-${String(i + 1).padStart(2, '0')}`),
  people: Array.from({ length: n }, (_, i) => ({ staffId: `T${String(i).padStart(3, '0')}`, name: `教师${i}`, external: i % 4 === 0, hours: 100 })),
  semesters: [],
});
const schools = Array.from({ length: 12 }, (_, i) => ({ school: `学校${String(i).padStart(2, '0')}`, figures: figures(10 + i) }));

describe('抽查', () => {
  it('the same seed and schools give the same sample, whatever order the schools come in', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 8 }), (seed, n, k) => {
        const a = drawSample(schools, { seed, schools: n, perSchool: k });
        const b = drawSample([...schools].reverse(), { seed, schools: n, perSchool: k });
        expect(b).toEqual(a);
        expect(a.schools).toHaveLength(n);
        for (const s of a.schools) {
          expect(s.days).toHaveLength(k);
          expect(new Set(s.days).size).toBe(k);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('a school’s days and people depend on the seed and that school only, not on the other schools', () => {
    const all = drawSample(schools, { seed: '2025', schools: 12, perSchool: 3 });
    const one = drawSample(schools.slice(5, 6), { seed: '2025', schools: 1, perSchool: 3 });
    expect(all.schools.find((s) => s.school === '学校05')).toEqual(one.schools[0]);
  });

  it('different seeds draw different samples; a typed number is used as it is, other text hashed', () => {
    const a = drawSample(schools, { seed: '1', schools: 4, perSchool: 2 });
    const b = drawSample(schools, { seed: '2', schools: 4, perSchool: 2 });
    expect(a.schools.map((s) => s.school)).not.toEqual(b.schools.map((s) => s.school));
    expect(seedNumber(' 42 ')).toBe(42);
    expect(seedNumber('浦东2025')).not.toBe(seedNumber('浦东2026'));
  });

  it('the checklist names the seed, every sampled school, day and person with a box to tick', () => {
    const s = drawSample(schools, { seed: '777', schools: 2, perSchool: 2 });
    const text = sampleChecklist(s);
    expect(text).toContain('随机种子 777');
    for (const x of s.schools) {
      expect(text).toContain(`■ ${x.school}`);
      for (const d of x.days) expect(text).toContain(`□ ${d}`);
      for (const p of x.people) expect(text).toContain(`工号 ${p.staffId}`);
    }
  });
});

describe('plans under review', () => {
  it('a plan without a review status is 草稿, with its own checks run', () => {
    const r = readPlanForReview('方案.json', planText);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.review.status).toBe('draft');
    expect(r.plan.schoolName).toBe('上海市浦东新区明珠小学');
    expect(r.plan.counts.error + r.plan.counts.warning + r.plan.counts.info).toBe(r.plan.findings.length);
  });

  it('退回 needs a reason; 已备案 is written into the file, which the plan builder’s reader still opens', () => {
    const r = readPlanForReview('方案.json', planText);
    if (!r.ok) throw new Error('unreadable');
    expect(decide(r.plan, { status: 'returned', reason: '  ', reviewer: '', date: '2025-03-01' })).toBe('退回方案时请写明理由。');
    const filed = decide(r.plan, { status: 'filed', reason: '', reviewer: '张老师', date: '2025-03-01' });
    if (typeof filed === 'string') throw new Error(filed);
    const json = reviewedPlanJson(filed);
    expect(JSON.parse(json).review).toEqual({ status: 'filed', reviewer: '张老师', date: '2025-03-01' });
    expect(readPlanJson('方案.json', json).ok).toBe(true);
    const back = readPlanForReview('方案.json', json);
    expect(back.ok && back.plan.review.status).toBe('filed');
    const returned = decide(r.plan, { status: 'returned', reason: '缺少意愿征询安排', reviewer: '', date: '2025-03-02' });
    if (typeof returned === 'string') throw new Error(returned);
    const again = readPlanForReview('方案.json', reviewedPlanJson(returned));
    expect(again.ok && again.plan.review).toEqual({ status: 'returned', reason: '缺少意愿征询安排', date: '2025-03-02' });
  });

  it('plans attach by folder, else by the school named inside; a plan for no known school stands alone; a foreign JSON is said so', () => {
    const grouped = groupSchools([
      { path: '区/上海市浦东新区明珠小学/台账.csv', bytes: encoder.encode('x') },
      { path: '区/东方小学/台账.csv', bytes: encoder.encode('x') },
      { path: '区/东方小学/方案.json', bytes: encoder.encode(planText.replace('上海市浦东新区明珠小学', '东方小学')) },
      { path: '区/明珠.json', bytes: encoder.encode(planText) },
      { path: '区/孤立方案.json', bytes: encoder.encode(planText.replace('上海市浦东新区明珠小学', '无数据学校')) },
      { path: '区/别的.json', bytes: encoder.encode('{"format":"kehou-allocation"}') },
    ]);
    const batch = planBatch(grouped, (e) => new TextDecoder().decode(e.bytes));
    expect([...batch.plans.keys()].sort()).toEqual(['上海市浦东新区明珠小学', '东方小学', '无数据学校'].sort());
    expect(batch.jobs.map((j) => j.school)).toEqual(['上海市浦东新区明珠小学', '东方小学']);
    expect(batch.notes.map((n) => n.code).sort()).toEqual(['file.notPlan', 'school.noData']);
  });
});

describe('session file and exports', () => {
  const result: SchoolResult = {
    school: '明珠小学',
    files: [{ name: 'ledger.csv', kind: 'ledger', encoding: 'utf-8-bom', rows: 3 }],
    findings: [{ rule: 'cell.invalid', clause: '1.2.1', severity: 'error', file: 'ledger.csv', row: 2, column: '职责', code: 'required', params: { header: '职责' }, message: '=HYPERLINK("x")' }],
    figures: figures(2),
    failed: null,
    ms: 12,
  };

  it('a saved session reads back equal; a foreign or damaged file gives a Chinese message', () => {
    const text = sessionToJson({ savedAt: '2025-03-01T00:00:00Z', sample: { seed: '42', schools: 3, perSchool: 2 }, results: [result], plans: [] });
    const back = readSession('会话.json', text);
    expect(back.ok && back.session.results).toEqual([result]);
    expect(readSession('x.json', '{"format":"kehou-plan"}')).toEqual({ ok: false, message: expect.stringMatching(/不是学段中心审核的会话文件/) });
    expect(readSession('x.json', '{')).toEqual({ ok: false, message: expect.stringMatching(/不是有效的 JSON/) });
    const bad = readSession('x.json', text.replace('"1.2.1"', '"9.9"'));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/会话文件「x.json」中「results.0.findings.0.clause」有误/);
  });

  it('a session file over the size limit is refused, in Chinese, before it is parsed (File.size and the text alike)', () => {
    expect(sessionSizeProblem('会话.json', SESSION_MAX_BYTES)).toBeNull();
    expect(sessionSizeProblem('会话.json', 100 * 1024 * 1024)).toBe('文件「会话.json」有 100 MB,超过学段中心审核的会话文件 50 MB 的上限,没有载入。请确认选择的是本站导出的学段中心审核的会话文件。');
    // Text just over the limit that would otherwise be a valid session: refused by its size, not by JSON.parse.
    const text = sessionToJson({ savedAt: 'x'.repeat(SESSION_MAX_BYTES), sample: { seed: '42', schools: 0, perSchool: 0 }, results: [], plans: [] });
    const read = readSession('大.json', text);
    expect(read).toEqual({ ok: false, message: expect.stringMatching(/^文件「大.json」有 50 MB,超过学段中心审核的会话文件 50 MB 的上限/) });
    const fits = sessionToJson({ savedAt: 'x'.repeat(1000), sample: { seed: '42', schools: 0, perSchool: 0 }, results: [], plans: [] });
    expect(readSession('小.json', fits).ok).toBe(true);
  });

  it('a session saved before findings carried a code still opens: each finding keeps its sentence as written', () => {
    const { code: _code, params: _params, ...old } = result.findings[0]!;
    const text = sessionToJson({ savedAt: '2025-03-01T00:00:00Z', sample: { seed: '42', schools: 3, perSchool: 2 }, results: [{ ...result, findings: [old as SchoolResult['findings'][number]] }], plans: [] });
    const back = readSession('旧会话.json', text);
    expect(back.ok && back.session.results[0]!.findings).toEqual([{ ...old, code: 'savedText', params: { text: old.message } }]);
  });

  it('the exports carry every school and finding, with formulas from schools’ cells neutralised', () => {
    const table = districtTable([summarizeSchool(result, '明珠小学', null)]);
    expect(table.rows[0]![0]).toBe('明珠小学');
    expect(table.header).toContain('元/课时');
    const findings = findingsTable([result]);
    expect(findings.rows).toHaveLength(1);
    expect(tableToCsv(findings)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
